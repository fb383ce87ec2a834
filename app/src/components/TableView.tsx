import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
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

/** Keys that move the grid's one focused cell, as [rows, columns] (Home/End go to the row's ends). */
const MOVES: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1], PageUp: [-10, 0], PageDown: [10, 0] };

/**
 * The same filtered data as a table: the accessible alternative to the canvas. It is one ARIA grid
 * and one Tab stop: arrow keys (and Home, End, Page Up/Down, Ctrl+Home/End) move between cells, the
 * header row's cells sort, Enter or Space on a row selects its node.
 */
export function TableView({ rows, measureLabel, groupLabel, selected, onSelect }: Props) {
  const [sort, setSort] = useState<TableSort>({ key: 'measure', direction: 'desc' });
  const [query, setQuery] = useState('');
  const shown = useMemo(() => sortRows(searchRows(rows, query), sort), [rows, query, sort]);
  // The cell that holds the grid's Tab stop: row 0 is the header row, data rows follow.
  const [cell, setCell] = useState({ row: 0, col: 0 });
  const grid = useRef<HTMLTableElement>(null);
  const columns: { key: SortKey; label: string; numeric?: boolean }[] = [
    { key: 'name', label: 'Name' },
    { key: 'nodeType', label: 'Kind' },
    { key: 'ties', label: 'Ties shown', numeric: true },
    { key: 'measure', label: measureLabel, numeric: true },
    { key: 'group', label: groupLabel },
    { key: 'themes', label: 'Themes' },
    { key: 'areas', label: 'Areas' },
  ];
  const drawn = shown.slice(0, MAX_ROWS);
  // After a search or sort the stop stays within what is drawn.
  const at = { row: Math.min(cell.row, drawn.length), col: Math.min(cell.col, columns.length - 1) };
  const moveTo = (row: number, col: number) => {
    const next = { row: Math.max(0, Math.min(drawn.length, row)), col: Math.max(0, Math.min(columns.length - 1, col)) };
    setCell(next);
    grid.current?.querySelector<HTMLElement>(`[data-cell="${next.row}:${next.col}"]`)?.focus();
  };
  const onGridKey = (e: KeyboardEvent<HTMLTableElement>) => {
    const move = MOVES[e.key];
    if (move) moveTo(at.row + move[0], at.col + move[1]);
    else if (e.key === 'Home') moveTo(e.ctrlKey ? 0 : at.row, 0);
    else if (e.key === 'End') moveTo(e.ctrlKey ? drawn.length : at.row, columns.length - 1);
    else if ((e.key === 'Enter' || e.key === ' ') && at.row > 0) onSelect(drawn[at.row - 1].id);
    else if ((e.key === 'Enter' || e.key === ' ') && at.row === 0) setSort(nextSort(sort, columns[at.col].key));
    else return;
    e.preventDefault();
  };
  /** A cell's place in the roving Tab stop: one cell is 0, every other is -1. */
  const stop = (row: number, col: number) => ({ tabIndex: row === at.row && col === at.col ? 0 : -1, 'data-cell': `${row}:${col}`, onFocus: () => setCell({ row, col }) });
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
        {/* biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: a table as an ARIA grid is the data grid pattern (WAI-ARIA APG) */}
        <table ref={grid} role="grid" aria-label="What the map shows" aria-rowcount={drawn.length + 1} onKeyDown={onGridKey} data-testid="table-grid">
          <thead>
            <tr>
              {columns.map((c, col) => (
                <th key={c.key} scope="col" aria-sort={sort.key === c.key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'} className={c.numeric ? 'numeric' : ''}>
                  <button type="button" onClick={() => setSort(nextSort(sort, c.key))} data-testid={`sort-${c.key}`} {...stop(0, col)}>
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
            {drawn.map((row, index) => {
              const style = NODE_TYPE_STYLES[row.nodeType];
              const r = index + 1;
              return (
                <tr key={row.id} aria-selected={row.id === selected} className={row.id === selected ? 'selected' : ''} onClick={() => onSelect(row.id)} data-node={row.id}>
                  <td className="name-cell" {...stop(r, 0)}>
                    {row.name}
                  </td>
                  <td {...stop(r, 1)}>
                    <span style={{ color: style.ring }} aria-hidden="true">
                      {style.icon}
                    </span>{' '}
                    {style.singular}
                  </td>
                  <td className="numeric" {...stop(r, 2)}>
                    {row.ties}
                  </td>
                  <td className="numeric" {...stop(r, 3)}>
                    {formatMeasure(row.measure)}
                  </td>
                  <td {...stop(r, 4)}>{row.group}</td>
                  <td className="muted" {...stop(r, 5)}>
                    {row.themes}
                  </td>
                  <td className="muted" {...stop(r, 6)}>
                    {row.areas}
                  </td>
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
