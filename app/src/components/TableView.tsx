import { useMemo, useState, type KeyboardEvent } from 'react';
import { NODE_TYPE_STYLES } from '../core/appearance';
import { nextSort, searchRows, sortRows, type SortKey, type TableRow, type TableSort } from '../core/table';

interface Props {
  rows: TableRow[];
  measureLabel: string;
  groupLabel: string;
  selected: string | null;
  onSelect: (node: string) => void;
}

/** Above this, only the first rows are drawn: a table of 50,000 rows helps nobody, the search box does. */
const MAX_ROWS = 500;

/**
 * The same filtered data as a table: the accessible alternative to the canvas. Column headers sort,
 * rows are buttons reachable with Tab, Enter or Space selects.
 */
export function TableView({ rows, measureLabel, groupLabel, selected, onSelect }: Props) {
  const [sort, setSort] = useState<TableSort>({ key: 'measure', direction: 'desc' });
  const [query, setQuery] = useState('');
  const shown = useMemo(() => sortRows(searchRows(rows, query), sort), [rows, query, sort]);
  const columns: { key: SortKey; label: string; numeric?: boolean }[] = [
    { key: 'name', label: 'Name' },
    { key: 'nodeType', label: 'Kind' },
    { key: 'ties', label: 'Ties shown', numeric: true },
    { key: 'measure', label: measureLabel, numeric: true },
    { key: 'group', label: groupLabel },
    { key: 'themes', label: 'Themes' },
    { key: 'areas', label: 'Areas' },
  ];
  const onRowKey = (e: KeyboardEvent<HTMLTableRowElement>, id: string) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect(id);
    }
  };
  return (
    <section className="table-view" aria-label="Table of what the map shows" data-testid="table-view">
      <div className="table-tools">
        <input type="search" placeholder="Search the table…" aria-label="Search the table" value={query} onChange={(e) => setQuery(e.target.value)} data-testid="table-search" />
        <span className="muted" role="status">
          {shown.length.toLocaleString('en-GB')} {shown.length === 1 ? 'row' : 'rows'}
          {shown.length > MAX_ROWS && ` (first ${MAX_ROWS} shown: search to narrow down)`}
        </span>
      </div>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.key} scope="col" aria-sort={sort.key === c.key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'} className={c.numeric ? 'numeric' : ''}>
                  <button type="button" onClick={() => setSort(nextSort(sort, c.key))} data-testid={`sort-${c.key}`}>
                    {c.label}
                    <span className="sort-mark" aria-hidden="true">
                      {sort.key === c.key ? (sort.direction === 'asc' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.slice(0, MAX_ROWS).map((row) => {
              const style = NODE_TYPE_STYLES[row.nodeType];
              return (
                <tr key={row.id} tabIndex={0} aria-selected={row.id === selected} className={row.id === selected ? 'selected' : ''} onClick={() => onSelect(row.id)} onKeyDown={(e) => onRowKey(e, row.id)} data-node={row.id}>
                  <td className="name-cell">{row.name}</td>
                  <td>
                    <span style={{ color: style.ring }} aria-hidden="true">
                      {style.icon}
                    </span>{' '}
                    {style.singular}
                  </td>
                  <td className="numeric">{row.ties}</td>
                  <td className="numeric">{formatMeasure(row.measure)}</td>
                  <td>{row.group}</td>
                  <td className="muted">{row.themes}</td>
                  <td className="muted">{row.areas}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {shown.length === 0 && <p className="table-empty">Nothing matches. Clear the search box or the filters.</p>}
      </div>
    </section>
  );
}

function formatMeasure(value: number): string {
  if (Number.isInteger(value)) return value.toLocaleString('en-GB');
  return value < 0.01 ? value.toExponential(1) : value.toFixed(3);
}
