/**
 * Over the map from the first second: what the map's one analysis finds missing, in one line of
 * buttons ("25 of 34 organisations have no working tie · …"). A button highlights those nodes on
 * the map (the selection's spotlight, through the emphasis reducers: nothing is rebuilt) and lists
 * them under the line; a name in the list opens its panel.
 */
import { useEffect, useMemo, useState } from 'react';
import { useAtlas, useStore } from '../stores';
import { summariseGaps } from './summary';
import './gapSummary.css';

export function GapSummary() {
  const { analysis, selection, table } = useAtlas();
  const latest = useStore(analysis.latest);
  const mode = useStore(table.mode);
  const [open, setOpen] = useState<string | null>(null);
  const parts = useMemo(() => (latest ? summariseGaps(latest) : []), [latest]);
  const shown = parts.find((p) => p.detector === open) ?? null;

  // A new analysis (an edit, a filter) brings the open part's new nodes; a part that is gone closes.
  useEffect(() => {
    if (open === null) return;
    selection.spotlightNodes(shown ? shown.nodeIds : null);
    if (!shown) setOpen(null);
  }, [open, shown, selection]);

  if (mode !== 'map') return null;
  const toggle = (detector: string) => {
    if (open === detector) selection.spotlightNodes(null);
    setOpen(open === detector ? null : detector);
  };
  return (
    <section className="gap-summary" aria-label="Gaps on this map" data-testid="gap-summary" data-ties={latest?.scope.ties}>
      {!latest && (
        <p className="gap-summary-note" role="status">
          Looking for gaps…
        </p>
      )}
      {latest && parts.length === 0 && <p className="gap-summary-note">No isolated organisations, leaderless themes or far-off delivery partners on this map.</p>}
      {parts.length > 0 && (
        <ul className="gap-summary-parts">
          {parts.map((p) => (
            <li key={p.detector}>
              <button type="button" aria-pressed={open === p.detector} aria-controls={shown ? 'gap-summary-list' : undefined} onClick={() => toggle(p.detector)} data-testid={`gap-summary-${p.detector}`}>
                {p.words}
              </button>
            </li>
          ))}
        </ul>
      )}
      {shown && (
        <div id="gap-summary-list" className="gap-summary-list" data-testid="gap-summary-list">
          <ul aria-label={shown.words}>
            {shown.entries.map((e) => (
              <li key={e.id}>
                <button type="button" className="gap-summary-name" onClick={() => selection.goTo(e.id)} title={e.reason}>
                  {e.name}
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="secondary small" onClick={() => toggle(shown.detector)}>
            Hide the list
          </button>
        </div>
      )}
    </section>
  );
}
