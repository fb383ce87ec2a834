/** GET /api/maps/:map/compare with the map's other filters (its as-of date gives way to the two dates compared). */
import { type ScopeFilters, scopeQueryString } from '../../../graph-service/src/analysis/scope';
import { mapPath, requestJSON } from '../core/api/request';
import type { CompareAnswer, CompareRange } from './types';

export function compareUrl(map: string, range: CompareRange, filters: ScopeFilters): string {
  const query = new URLSearchParams({ from: range.from, to: range.to });
  const scope = new URLSearchParams(scopeQueryString({ ...filters, asOf: null }));
  for (const [key, value] of scope) query.set(key, value);
  if (filters.undated) query.set('undated', 'include');
  return mapPath(map, `compare?${query.toString().replace(/%2C/g, ',')}`);
}

export function fetchCompare(map: string, range: CompareRange, filters: ScopeFilters, signal?: AbortSignal): Promise<CompareAnswer> {
  return requestJSON<CompareAnswer>(compareUrl(map, range, filters), { signal });
}
