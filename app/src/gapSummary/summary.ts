/**
 * The gap summary over the map: three of the analysis's gap lists (graph-service/src/analysis/gaps/)
 * in one line each, with the real figures for the map and filters now, e.g. "42 of 85
 * organisations have no working tie", and what each part highlights and lists.
 */
import type { GapList, ScopedAnalysis } from '../../../graph-service/src/analysis/index.ts';

export interface GapSummaryEntry {
  id: string;
  name: string;
  reason: string;
}

export interface GapSummaryPart {
  /** The gap detector it comes from. */
  detector: string;
  words: string;
  /** Nodes to highlight on the map. */
  nodeIds: string[];
  /** What the list under the summary shows: one entry per finding, its node first. */
  entries: GapSummaryEntry[];
}

const count = (n: number) => n.toLocaleString('en-GB');

function entries(list: GapList | undefined, keep: (details: GapList['items'][number]['details']) => boolean = () => true): GapSummaryEntry[] {
  return (list?.items ?? []).filter((item) => keep(item.details)).map((item) => ({ id: item.nodeIds[0] ?? item.id, name: item.title, reason: item.reason }));
}

/** The parts with something to say, in the order a reader meets them; none when the map has no gaps of these kinds. */
export function summariseGaps(analysis: ScopedAnalysis): GapSummaryPart[] {
  const list = (detector: string) => analysis.gaps.find((g) => g.detector === detector);
  const organisations = analysis.health.organisations;
  const isolated = entries(list('isolated'));
  const leaderless = entries(list('themes'), (details) => details?.leads === 0);
  const far = entries(list('delivery-partners-far-from-core'));
  const parts: GapSummaryPart[] = [
    {
      detector: 'isolated',
      words: `${count(isolated.length)} of ${count(organisations)} organisation${organisations === 1 ? '' : 's'} ${isolated.length === 1 ? 'has' : 'have'} no working tie`,
      nodeIds: isolated.map((e) => e.id),
      entries: isolated,
    },
    { detector: 'themes', words: `${count(leaderless.length)} theme${leaderless.length === 1 ? ' has' : 's have'} no lead`, nodeIds: leaderless.map((e) => e.id), entries: leaderless },
    {
      detector: 'delivery-partners-far-from-core',
      words: `${count(far.length)} delivery partner${far.length === 1 ? ' is' : 's are'} far from the core group`,
      nodeIds: far.map((e) => e.id),
      entries: far,
    },
  ];
  return parts.filter((p) => p.entries.length > 0);
}
