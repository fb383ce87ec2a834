/**
 * The node panel's answers from the service (contract/answers.ts, `import type`: no TypeBox in the
 * bundle), asked with the map's filters and date as the analysis panels ask.
 */
import type { Static } from 'typebox';
import { type ScopeFilters, scopeQueryString } from '../../../graph-service/src/analysis/scope';
import type { NodeAnswersSchema, TiesAmongSchema } from '../../../graph-service/src/contract/answers';
import { mapPath, requestJSON } from '../core/api/request';

export type NodeAnswers = Static<typeof NodeAnswersSchema>;
export type OrganisationAnswers = Extract<NodeAnswers, { kind: 'organisation' }>['organisation'];
export type EventAnswers = Extract<NodeAnswers, { kind: 'event' }>['event'];
export type TiesAmong = Static<typeof TiesAmongSchema>;

function withScope(query: URLSearchParams, filters: ScopeFilters): string {
  for (const [key, value] of new URLSearchParams(scopeQueryString(filters))) query.set(key, value);
  return query.toString().replace(/%2C/g, ',');
}

export function nodeAnswersUrl(map: string, id: string, filters: ScopeFilters): string {
  const query = withScope(new URLSearchParams(), filters);
  return mapPath(map, `nodes/${encodeURIComponent(id)}/answers${query ? `?${query}` : ''}`);
}

export function tiesAmongUrl(map: string, ids: readonly string[], filters: ScopeFilters): string {
  return mapPath(map, `answers/ties-among?${withScope(new URLSearchParams({ ids: ids.join(',') }), filters)}`);
}

export const fetchNodeAnswers = (map: string, id: string, filters: ScopeFilters, signal?: AbortSignal) => requestJSON<NodeAnswers>(nodeAnswersUrl(map, id, filters), { signal });
export const fetchTiesAmong = (map: string, ids: readonly string[], filters: ScopeFilters, signal?: AbortSignal) => requestJSON<TiesAmong>(tiesAmongUrl(map, ids, filters), { signal });
