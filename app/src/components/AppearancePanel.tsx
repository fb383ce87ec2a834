import { COLOURINGS, NODE_TYPE_ORDER, NODE_TYPE_STYLES, SIZE_MEASURES, TIE_KINDS, colouring, type ColourResult, type ColouringId, type ParameterValues, type SizeMeasureId } from '../core/appearance';
import type { GraphCounts } from '../core/graph/utils';
import { RegistryPicker } from './RegistryPicker';

interface Props {
  colour: ColouringId;
  colourParams: ParameterValues;
  size: SizeMeasureId;
  sizeParams: ParameterValues;
  colours: ColourResult;
  counts: GraphCounts;
  pending: string | null;
  onColour: (id: ColouringId, params: ParameterValues) => void;
  onSize: (id: SizeMeasureId, params: ParameterValues) => void;
  /** Picks out a legend entry's nodes (null: everything again). */
  onSpotlight: (groupKey: string | null) => void;
  onSelect: (node: string) => void;
}

/** The "Map" tab: what colour and size mean, chosen from the registries, with a legend that follows. */
export function AppearancePanel({ colour, colourParams, size, sizeParams, colours, counts, pending, onColour, onSize, onSpotlight, onSelect }: Props) {
  const colourEntry = colouring(colour);
  const clear = () => onSpotlight(null);
  return (
    <div className="appearance">
      <RegistryPicker label="Colour by" entries={COLOURINGS} value={colour} params={colourParams} onChange={onColour} testId="colour-select" />
      <ul className="legend-list" aria-label={`Legend: ${colourEntry.label}`} data-testid="legend">
        {colours.legend.map((entry) => (
          <li key={entry.key} onMouseEnter={() => onSpotlight(entry.key)} onMouseLeave={clear}>
            <span className="swatch" style={{ background: entry.color }} aria-hidden="true" />
            {entry.nodeId ? (
              <button type="button" className="legend-label link" onClick={() => entry.nodeId && onSelect(entry.nodeId)} onFocus={() => onSpotlight(entry.key)} onBlur={clear} title={`Show ${entry.label}`}>
                {entry.label}
              </button>
            ) : (
              <span className="legend-label">{entry.label}</span>
            )}
            <span className="legend-count">{entry.count.toLocaleString('en-GB')}</span>
          </li>
        ))}
      </ul>

      <RegistryPicker label="Size by" entries={SIZE_MEASURES} value={size} params={sizeParams} onChange={onSize} testId="size-select" />
      {pending && (
        <p className="pending" role="status">
          <span className="pulse" aria-hidden="true" /> {pending}
        </p>
      )}

      <h3 className="legend-heading">Ties</h3>
      <ul className="legend-list">
        {TIE_KINDS.map((kind) => (
          <li key={kind.id} title={kind.description}>
            <span className="tie-swatch" style={{ background: kind.color, height: Math.max(2, kind.size * 1.6) }} aria-hidden="true" />
            <span className="legend-label">{kind.label}</span>
          </li>
        ))}
      </ul>
      <h3 className="legend-heading">Ring: kind of thing</h3>
      <ul className="legend-list legend-compact">
        {NODE_TYPE_ORDER.filter((t) => counts.byType[t] > 0).map((type) => (
          <li key={type}>
            <span className="type-dot" style={{ borderColor: NODE_TYPE_STYLES[type].ring }} aria-hidden="true" />
            <span className="legend-label">{NODE_TYPE_STYLES[type].plural}</span>
            <span className="legend-count">{counts.byType[type]}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
