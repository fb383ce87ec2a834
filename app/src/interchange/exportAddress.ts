/**
 * Where a data export is fetched from: the map's export of one format, on the map's "as of" date
 * when one is chosen (the network on that day, undated ties counted when the user counts them).
 * The other filters do not apply: a data export is the map's record, not the current view.
 */
import { NO_SCOPE_FILTERS, scopeQueryString, type ScopeFilters } from '../../../graph-service/src/analysis/scope.ts';
import type { JsonStyle } from '../../../graph-service/src/contract/lists.ts';

/** "export/gexf?asOf=2022-03-31", relative to the map's API path. */
export function exportAddress(format: string, filters: Pick<ScopeFilters, 'asOf' | 'undated'>, table?: 'elements' | 'connections', style?: JsonStyle): string {
  const query = new URLSearchParams(scopeQueryString({ ...NO_SCOPE_FILTERS, asOf: filters.asOf, undated: filters.undated }));
  if (table) query.set('table', table);
  if (style) query.set('style', style);
  const text = query.toString();
  return `export/${format}${text ? `?${text}` : ''}`;
}

/** The file the browser saves, named after the map, and the date when there is one. */
export function exportFileName(map: string, format: string, asOf: string | null, table?: 'elements' | 'connections'): string {
  return `${map}${asOf ? `-${asOf}` : ''}${table ? `-${table}` : ''}.${format}`;
}
