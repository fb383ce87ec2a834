import type { CommunityAssignment, Highlight } from '../core/appearance';
import { NODE_TYPE_ORDER, NODE_TYPE_STYLES, OTHER_COMMUNITY_COLOR } from '../core/appearance';
import type { GraphCounts } from '../core/graph/utils';

interface Props {
  counts: GraphCounts;
  communities: CommunityAssignment;
  onHighlight: (legend: Highlight['legend']) => void;
  onSelect: (node: string) => void;
}

/** Explains the encoding: fill = community, ring = kind of thing, size = number of ties. */
export function Legend({ counts, communities, onHighlight, onSelect }: Props) {
  const clear = () => onHighlight(null);
  return (
    <section className="legend" aria-label="Legend">
      <section>
        <h3>Kinds of thing <span className="legend-note">ring colour</span></h3>
        <ul>
          {NODE_TYPE_ORDER.filter((t) => counts.byType[t] > 0).map((type) => {
            const style = NODE_TYPE_STYLES[type];
            return (
              <li key={type} onMouseEnter={() => onHighlight({ kind: 'type', value: type })} onMouseLeave={clear}>
                <span className="type-dot" style={{ borderColor: style.ring }} aria-hidden="true" />
                <span className="type-icon" style={{ color: style.ring }} aria-hidden="true">
                  {style.icon}
                </span>
                <span className="legend-label">{counts.byType[type] === 1 ? style.singular : style.plural}</span>
                <span className="legend-count">{counts.byType[type]}</span>
              </li>
            );
          })}
        </ul>
      </section>
      <section>
        <h3>Communities <span className="legend-note">fill colour</span></h3>
        <ul>
          {communities.communities.map((c) => (
            <li key={c.index} onMouseEnter={() => onHighlight({ kind: 'community', value: c.index })} onMouseLeave={clear}>
              <span className="swatch" style={{ background: c.color }} aria-hidden="true" />
              <button type="button" className="legend-label link" title={`Show ${c.name}`} onClick={() => onSelect(c.hubId)}>
                Around {c.name}
              </button>
              <span className="legend-count">{c.size}</span>
            </li>
          ))}
          {communities.otherCount > 0 && (
            <li>
              <span className="swatch" style={{ background: OTHER_COMMUNITY_COLOR }} aria-hidden="true" />
              <span className="legend-label">Smaller groups</span>
              <span className="legend-count">{communities.otherSize}</span>
            </li>
          )}
        </ul>
      </section>
      <p className="legend-foot">Bigger circles have more ties. Hover to see neighbours; click for details.</p>
    </section>
  );
}
