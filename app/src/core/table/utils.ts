import type { DataGraph, FacetIndex } from '../graph';
import type { TableRow, TableSort, SortKey } from './types';

const names = (data: DataGraph, ids: Iterable<string>, limit = 3): string => {
  const all = [...ids].filter((id) => data.hasNode(id)).map((id) => data.getNodeAttribute(id, 'name'));
  all.sort((a, b) => a.localeCompare(b));
  return all.length > limit ? `${all.slice(0, limit).join(', ')} +${all.length - limit}` : all.join(', ');
};

/** One row per visible node, from the same data and filters the map uses. */
export function buildRows(
  data: DataGraph,
  facets: FacetIndex,
  visibleNodes: Set<string> | null,
  visibleEdges: Set<string> | null,
  measure: Record<string, number>,
  groupLabel: (node: string) => string,
): TableRow[] {
  const rows: TableRow[] = [];
  data.forEachNode((id, attrs) => {
    if (visibleNodes && !visibleNodes.has(id)) return;
    let ties = 0;
    data.forEachEdge(id, (edge) => {
      if (!visibleEdges || visibleEdges.has(edge)) ties += 1;
    });
    const f = facets.get(id);
    // An area's own facet set holds the areas it is part of; show the wider ones only.
    const areas = f ? [...f.areas].filter((a) => a !== id) : [];
    const themes = f ? [...f.themes].filter((t) => t !== id) : [];
    rows.push({ id, name: attrs.name, nodeType: attrs.nodeType, ties, measure: measure[id] ?? 0, group: groupLabel(id), themes: names(data, themes), areas: names(data, areas, 2) });
  });
  return rows;
}

/** Rows whose name, kind, group, themes or areas contain every word of the query. */
export function searchRows(rows: TableRow[], query: string): TableRow[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return rows;
  return rows.filter((row) => {
    const text = `${row.name} ${row.nodeType} ${row.group} ${row.themes} ${row.areas}`.toLowerCase();
    return words.every((w) => text.includes(w));
  });
}

const NUMERIC: SortKey[] = ['ties', 'measure'];

/** A sorted copy; ties between equal values fall back to the name so the order is stable. */
export function sortRows(rows: TableRow[], sort: TableSort): TableRow[] {
  const factor = sort.direction === 'asc' ? 1 : -1;
  const numeric = NUMERIC.includes(sort.key);
  return [...rows].sort((a, b) => {
    const primary = numeric ? (a[sort.key] as number) - (b[sort.key] as number) : String(a[sort.key]).localeCompare(String(b[sort.key]));
    return primary * factor || a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
  });
}

/** Clicking a column header: a new column sorts by its natural order (numbers biggest first), the same column flips. */
export function nextSort(current: TableSort, key: SortKey): TableSort {
  if (current.key === key) return { key, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  return { key, direction: NUMERIC.includes(key) ? 'desc' : 'asc' };
}
