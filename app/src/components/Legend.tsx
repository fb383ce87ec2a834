import { NODE_TYPE_ORDER, NODE_TYPE_STYLES, type CommunityAssignment } from '../core/appearance';
import type { GraphCounts } from '../core/graph/utils';

interface Props {
  communities: CommunityAssignment;
  counts: GraphCounts;
  onSelect(id: string): void;
}

/** Colour = cluster (Louvain community); ring = kind of node. */
export function Legend({ communities, counts, onSelect }: Props) {
  return (
    <aside className="legend" aria-label="Legend">
      <h3>Clusters</h3>
      <p className="hint">Fill colour: groups that are closely tied to each other.</p>
      <ul>
        {communities.communities.map((c) => (
          <li key={c.index}>
            <button type="button" className="link" onClick={() => onSelect(c.hubId)} title={`Show ${c.name}`}>
              <span className="swatch" style={{ background: c.color }} /> {c.name} <span className="muted">({c.size})</span>
            </button>
          </li>
        ))}
        {communities.otherCount > 0 && (
          <li><span className="swatch" style={{ background: '#cbd5e1' }} /> {communities.otherCount} smaller groups <span className="muted">({communities.otherSize})</span></li>
        )}
      </ul>
      <h3>Kinds</h3>
      <p className="hint">Ring colour: what a node is. Size: how many ties it has.</p>
      <ul>
        {NODE_TYPE_ORDER.filter((t) => counts.byType[t] > 0).map((t) => (
          <li key={t}>
            <span className="ring" style={{ borderColor: NODE_TYPE_STYLES[t].ring }} /> {NODE_TYPE_STYLES[t].plural} <span className="muted">({counts.byType[t]})</span>
          </li>
        ))}
      </ul>
    </aside>
  );
}
