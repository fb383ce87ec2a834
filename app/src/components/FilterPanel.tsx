import { useState } from 'react';
import { NODE_TYPE_ORDER, NODE_TYPE_STYLES, TIE_KINDS } from '../core/appearance';
import { NO_FILTERS, isFiltering, toggleInAll, toggleValue, type FilterOptions, type FilterState } from '../core/filters';
import { NODE_TYPES, TIE_TYPES, type TieType } from '../core/graph/types';
import type { GraphCounts } from '../core/graph/utils';

interface Props {
  filters: FilterState;
  options: FilterOptions;
  counts: GraphCounts;
  visible: { nodes: number; ties: number };
  onChange: (filters: FilterState) => void;
}

const TIER_WORDS: Record<string, string> = { core: 'Core group', 'delivery partner': 'Delivery partners', associate: 'Associates', staff: 'Alliance staff', member: 'Members' };

/** The "Filters" tab. Every change is a pure update of the filter state; the data is never touched. */
export function FilterPanel({ filters, options, counts, visible, onChange }: Props) {
  const set = (patch: Partial<FilterState>) => onChange({ ...filters, ...patch });
  const kindChecked = (types: TieType[]) => types.every((t) => filters.tieTypes?.includes(t) ?? true);
  const toggleKind = (types: TieType[]) => {
    const on = kindChecked(types);
    let next: TieType[] = filters.tieTypes ?? [...TIE_TYPES];
    next = on ? next.filter((t) => !types.includes(t)) : [...new Set([...next, ...types])];
    set({ tieTypes: next.length === TIE_TYPES.length ? null : next });
  };
  return (
    <div className="filters">
      <p className="filter-summary" role="status" data-testid="visible-counts">
        Showing <strong>{visible.nodes.toLocaleString('en-GB')}</strong> of {counts.nodes.toLocaleString('en-GB')} nodes and <strong>{visible.ties.toLocaleString('en-GB')}</strong> of {counts.ties.toLocaleString('en-GB')} ties
      </p>
      {isFiltering(filters) && (
        <button type="button" className="secondary" onClick={() => onChange(NO_FILTERS)}>
          Clear all filters
        </button>
      )}

      <fieldset>
        <legend>Kinds of thing</legend>
        {NODE_TYPE_ORDER.filter((t) => counts.byType[t] > 0).map((type) => (
          <label key={type} className="check">
            <input type="checkbox" checked={filters.nodeTypes === null || filters.nodeTypes.includes(type)} onChange={() => set({ nodeTypes: toggleInAll(filters.nodeTypes, type, NODE_TYPES) })} />
            <span className="type-icon" style={{ color: NODE_TYPE_STYLES[type].ring }} aria-hidden="true">
              {NODE_TYPE_STYLES[type].icon}
            </span>
            {NODE_TYPE_STYLES[type].plural}
            <span className="legend-count">{counts.byType[type]}</span>
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>Ties</legend>
        {TIE_KINDS.map((kind) => (
          <label key={kind.id} className="check" title={kind.description}>
            <input type="checkbox" checked={kindChecked(kind.tieTypes)} onChange={() => toggleKind(kind.tieTypes)} />
            <span className="tie-swatch" style={{ background: kind.color }} aria-hidden="true" />
            {kind.label}
          </label>
        ))}
      </fieldset>


      {options.alliances.length > 0 && (
        <ChoiceList title="Alliances" items={options.alliances} chosen={filters.alliances} onToggle={(id) => set({ alliances: toggleValue(filters.alliances, id) })} />
      )}
      {options.tiers.length > 0 && (
        <ChoiceList title="Alliance tiers" items={options.tiers.map((t) => ({ id: t.id, name: TIER_WORDS[t.id] ?? t.id, count: t.count }))} chosen={filters.tiers} onToggle={(id) => set({ tiers: toggleValue(filters.tiers, id) })} />
      )}
      {options.themes.length > 0 && <ChoiceList title="Themes" items={options.themes} chosen={filters.themes} onToggle={(id) => set({ themes: toggleValue(filters.themes, id) })} searchable />}
      {options.areas.length > 0 && <ChoiceList title="Areas" items={options.areas} chosen={filters.areas} onToggle={(id) => set({ areas: toggleValue(filters.areas, id) })} searchable />}
    </div>
  );
}

interface ChoiceListProps {
  title: string;
  items: { id: string; name: string; count: number }[];
  chosen: string[];
  onToggle: (id: string) => void;
  searchable?: boolean;
}

/** A facet: tick any to keep only what matches one of them. */
function ChoiceList({ title, items, chosen, onToggle, searchable = false }: ChoiceListProps) {
  const [query, setQuery] = useState('');
  const shown = query ? items.filter((i) => i.name.toLowerCase().includes(query.toLowerCase()) || chosen.includes(i.id)) : items;
  return (
    <fieldset>
      <legend>
        {title} {chosen.length > 0 && <span className="chosen-count">{chosen.length} chosen</span>}
      </legend>
      {searchable && items.length > 8 && <input type="search" className="list-filter" placeholder={`Find ${title.toLowerCase()}…`} aria-label={`Find ${title.toLowerCase()}`} value={query} onChange={(e) => setQuery(e.target.value)} />}
      <div className="choice-list">
        {shown.map((item) => (
          <label key={item.id} className="check">
            <input type="checkbox" checked={chosen.includes(item.id)} onChange={() => onToggle(item.id)} />
            <span className="check-name">{item.name}</span>
            <span className="legend-count">{item.count.toLocaleString('en-GB')}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
