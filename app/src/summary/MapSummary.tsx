/**
 * The map in words, for screen readers (the canvas says nothing to them): what is shown and how
 * many of each kind, what the filters leave, and the gaps the analysis finds. Counts come from the
 * data and filter stores; the gaps from the map's one analysis (app/src/analysis/analysisStore.ts), which the
 * "Clusters & gaps" tab and the gap summary read too, so the two can never disagree. Visually hidden; read politely when it changes.
 */
import { useId } from 'react';
import { GAP_DETECTORS } from '../../../graph-service/src/analysis/index.ts';
import { NODE_TYPE_STYLES } from '../core/appearance';
import { plural } from '../core/graph/utils';
import { useAtlas, useStore } from '../stores';

export function MapSummary() {
  const { data, filters, record, analysis: mapAnalysis } = useAtlas();
  const counts = useStore(data.counts);
  const visibility = useStore(filters.visibility);
  const visible = useStore(filters.visibleCounts);
  const title = useStore(record).title;
  const analysis = useStore(mapAnalysis.state);
  const heading = useId();

  const kinds = Object.entries(counts.byType)
    .filter(([, n]) => n > 0)
    .map(([type, n]) => plural(n, NODE_TYPE_STYLES[type as keyof typeof NODE_TYPE_STYLES].singular.toLowerCase(), NODE_TYPE_STYLES[type as keyof typeof NODE_TYPE_STYLES].plural.toLowerCase()));
  const shown = visibility
    ? `The filters leave ${visible.nodes.toLocaleString('en-GB')} of ${plural(counts.nodes, 'node', 'nodes')} and ${visible.ties.toLocaleString('en-GB')} of ${plural(counts.ties, 'tie', 'ties')} on the map.`
    : `The map shows all ${plural(counts.nodes, 'node', 'nodes')} and ${plural(counts.ties, 'tie', 'ties')}.`;
  let gaps = 'The gaps are being worked out.';
  if (analysis.status === 'error') gaps = `The gaps could not be worked out: ${analysis.message}`;
  if (analysis.status === 'ready') {
    const { health, gaps: lists, scope: analysed } = analysis.analysis;
    const found = GAP_DETECTORS.map((d) => [d, lists.find((l) => l.detector === d.id)?.items.length ?? 0] as const).filter(([, n]) => n > 0);
    gaps = `Of ${plural(analysed.organisations, 'organisation', 'organisations')} analysed, ${health.isolated.toLocaleString('en-GB')} ${health.isolated === 1 ? 'has' : 'have'} no working tie. ${
      found.length ? `Gaps: ${found.map(([d, n]) => `${d.title.toLowerCase()}, ${n}`).join('; ')}.` : 'No gaps found.'
    } The "Clusters & gaps" tab lists them.`;
  }
  return (
    <section className="visually-hidden" aria-labelledby={heading} data-testid="map-summary">
      <h2 id={heading}>{title} in words</h2>
      <p aria-live="polite" aria-atomic="true">
        {title} has {kinds.join(', ')}. {shown} {gaps}
      </p>
    </section>
  );
}
