/** The maps themselves: the list with headline figures, one map's record, its saved layout, and what crosses maps. */
import type { Maps } from '../../../../graph-service/src/contract/types';
import { mapPath, requestJSON } from './request';
import type { SearchResult } from './types';

/** A map's own record, with its headline figures where the answer carries them (the list, GET /api/maps/:map). */
export type MapRecord = Maps['map'];
export type MapFigures = Maps['figures'];
export type MapSummary = Maps['withFigures'];
/** One map as GET /api/maps/:map answers it: with the caller's level and stewardships in it. */
export type MapDetails = Maps['details'];
export type MapAccess = Maps['access'];
export type MapChanges = Maps['changes'];
export type NewMap = Maps['create'];
/** Node id → [x, y], as the map keeps it for everyone. */
export type SavedPositions = Maps['layout']['positions'];

/** A hit of the search across every map: the node, and the map it is in. */
export type EverywhereResult = SearchResult & { map: string; mapTitle: string };

const mapRecordPath = (map: string) => `/api/maps/${encodeURIComponent(map)}`;

export async function listMaps(options: { archived?: boolean } = {}, signal?: AbortSignal): Promise<MapSummary[]> {
  const answer = await requestJSON<Maps['list']>(options.archived ? '/api/maps?archived=true' : '/api/maps', { signal });
  return answer.maps;
}

export function fetchMap(map: string, signal?: AbortSignal): Promise<MapDetails> {
  return requestJSON<MapDetails>(mapRecordPath(map), { signal });
}

export function createMap(body: NewMap): Promise<MapRecord> {
  return requestJSON<MapRecord>('/api/maps', { method: 'POST', body: JSON.stringify(body) });
}

export function updateMap(map: string, version: number, changes: MapChanges): Promise<MapRecord> {
  return requestJSON<MapRecord>(mapRecordPath(map), { method: 'PATCH', body: JSON.stringify({ version, changes }) });
}

/** Deletes the map and everything in it, in one transaction. */
export function deleteMap(map: string, version: number): Promise<Maps['deleted']> {
  return requestJSON<Maps['deleted']>(`${mapRecordPath(map)}?version=${version}`, { method: 'DELETE' });
}

/** Copies the map's nodes, ties and layout into a new map; answers with the new map's record. */
export async function duplicateMap(map: string, title: string): Promise<MapRecord> {
  const answer = await requestJSON<Maps['duplicated']>(mapPath(map, 'duplicate'), { method: 'POST', body: JSON.stringify({ title } satisfies Maps['duplicate']) });
  return answer.map;
}

export async function fetchLayout(map: string, signal?: AbortSignal): Promise<SavedPositions> {
  const answer = await requestJSON<Maps['layout']>(mapPath(map, 'layout'), { signal });
  return answer.positions;
}

export function saveLayout(map: string, positions: SavedPositions): Promise<Maps['layout']> {
  return requestJSON<Maps['layout']>(mapPath(map, 'layout'), { method: 'PUT', body: JSON.stringify({ positions } satisfies Maps['layoutBody']) });
}

/** Copies an organisation with its description into another map; answers with the copy and its map. */
export function copyNode(map: string, id: string, to: string): Promise<Maps['copied']> {
  return requestJSON<Maps['copied']>(mapPath(map, `nodes/${encodeURIComponent(id)}/copy`), { method: 'POST', body: JSON.stringify({ to } satisfies Maps['copy']) });
}

/** GET /api/search: every map the caller may see. */
export async function searchEverywhere(q: string, signal?: AbortSignal, limit = 12): Promise<EverywhereResult[]> {
  const answer = await requestJSON<{ results: EverywhereResult[] }>(`/api/search?${new URLSearchParams({ q, limit: String(limit) })}`, { signal });
  return answer.results;
}
