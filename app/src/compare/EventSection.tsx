/**
 * An event's or programme's part of the node panel: "Before and after this event" in one click
 * (the compare tab opens on the day before it and the day after its last follow-up), and what it
 * led to (the ties whose `madeAt` names it).
 */
import { useMemo, useState } from 'react';
import { useAtlas, useStore } from '../stores';
import { ledTo } from './ledTo';
import { eventPreset } from './presets';
import { compareOf } from './store';
import { TieLine } from './TieLine';
import { dateWords } from './words';
import './compare.css';

/** Where the node panel's other sections link to it. */
export const BEFORE_AND_AFTER_ID = 'event-before-after';

/** A busy event's list starts short. */
const SHOWN_AT_FIRST = 8;

export function EventSection({ nodeId, onSelect }: { nodeId: string; onSelect: (id: string) => void }) {
  const atlas = useAtlas();
  const data = useStore(atlas.data.state);
  const nodeType = data.graph.hasNode(nodeId) ? data.graph.getNodeAttribute(nodeId, 'nodeType') : null;
  const preset = useMemo(() => eventPreset(data.graph, nodeId), [data, nodeId]);
  const ties = useMemo(() => ledTo(data.graph, nodeId), [data, nodeId]);
  const [all, setAll] = useState(false);
  if (nodeType !== 'Event' && nodeType !== 'Partnership') return null;
  const what = nodeType === 'Event' ? 'event' : 'programme';
  const compare = () => {
    if (!preset) return;
    compareOf(atlas).range.set({ from: preset.from, to: preset.to });
    atlas.tab.set('compare');
  };
  const why = preset?.reason === 'follow-ups' ? 'the day before it and the day after its last follow-up' : preset?.reason === 'ended' ? 'the day before it began and the day after it ended' : 'the day before it and three months on';
  return (
    <section className="compare-led-to" data-testid="event-section" id={BEFORE_AND_AFTER_ID}>
      {preset ? (
        <p>
          <button type="button" className="secondary small" onClick={compare} data-testid="event-compare">
            Before and after this {what}
          </button>{' '}
          <span className="compare-meta">
            {dateWords(preset.from)} → {dateWords(preset.to)}: {why}
          </span>
        </p>
      ) : (
        <p className="muted">This {what} has no date, so it cannot be compared before and after.</p>
      )}
      <h3 className="ties-title">
        What it led to <span className="legend-count">{ties.length}</span>
      </h3>
      {ties.length === 0 ? (
        <p className="muted">No tie records this {what} as where it was made.</p>
      ) : (
        <ul className="compare-list" data-testid="led-to">
          {(all ? ties : ties.slice(0, SHOWN_AT_FIRST)).map((t) => (
            <TieLine key={t.id} tie={t} onSelect={onSelect} />
          ))}
        </ul>
      )}
      {!all && ties.length > SHOWN_AT_FIRST && (
        <button type="button" className="compare-link" onClick={() => setAll(true)} data-testid="led-to-all">
          Show all {ties.length}
        </button>
      )}
    </section>
  );
}
