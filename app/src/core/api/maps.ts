/** The maps themselves: the list with headline figures, one map's record, its saved layout, and what crosses maps. */
import type { MapRecord } from '../../../../graph-service/src/model/maps';
import { mapPath, requestJSON } from './request';
import type { Entity, SearchResult } from './types';

export type { MapRecord };

/** What GET /api/maps says of each map beside its record. */
export interface MapFigures {
  organisations: number;
  workingTies: number;
  isolated: number;
  clusters: number;
}

export type MapSummary = MapRecord & { figures?: MapFigures };

/** What a map's record may change: PATCH /api/maps/:map `changes`. */
export interface MapChanges {
  title?: string;
  description?: string | null;
  owner?: string | null;
  archived?: boolean;
}

export interface NewMap {
  title: string;
  description?: string;
  owner?: string;
}

/** Node id → [x, y], as the map keeps it for everyone. */
export type SavedPositions = Record<string, [number, number]>;

/** A hit of the search across every map: the node, and the map it is in. */
export type EverywhereResult = SearchResult & { map: string; mapTitle: string };

const mapRecordPath = (map: string) => `/api/maps/${encodeURIComponent(map)}`;

export async function listMaps(options: { archived?: boolean } = {}, signal?: AbortSignal): Promise<MapSummary[]> {
  const answer = await requestJSON<{ maps: MapSummary[] }>(options.archived ? '/api/maps?archived=true' : '/api/maps', { signal });
  return answer.maps;
}

export function fetchMap(map: string, signal?: AbortSignal): Promise<MapRecord> {
  return requestJSON<MapRecord>(mapRecordPath(map), { signal });
}

export function createMap(body: NewMap): Promise<MapRecord> {
  return requestJSON<MapRecord>('/api/maps', { method: 'POST', body: JSON.stringify(body) });
}

export function updateMap(map: string, version: number, changes: MapChanges): Promise<MapRecord> {
  return requestJSON<MapRecord>(mapRecordPath(map), { method: 'PATCH', body: JSON.stringify({ version, changes }) });
}

/** Deletes the map and everything in it, in one transaction. */
export function deleteMap(map: string, version: number): Promise<unknown> {
  return requestJSON<unknown>(`${mapRecordPath(map)}?version=${version}`, { method: 'DELETE' });
}

export function duplicateMap(map: string, title: string): Promise<MapRecord> {
  return requestJSON<MapRecord>(mapPath(map, 'duplicate'), { method: 'POST', body: JSON.stringify({ title }) });
}

export async function fetchLayout(map: string, signal?: AbortSignal): Promise<SavedPositions> {
  const answer = await requestJSON<{ positions?: SavedPositions }>(mapPath(map, 'layout'), { signal });
  return answer.positions ?? {};
}

export function saveLayout(map: string, positions: SavedPositions): Promise<unknown> {
  return requestJSON<unknown>(mapPath(map, 'layout'), { method: 'PUT', body: JSON.stringify({ positions }) });
}

/** Copies an organisation with its description into another map; answers with the copy. */
export function copyNode(map: string, id: string, to: string): Promise<Entity> {
  return requestJSON<Entity>(mapPath(map, `nodes/${encodeURIComponent(id)}/copy`), { method: 'POST', body: JSON.stringify({ to }) });
}

/** GET /api/search: every map the caller may see. */
export async function searchEverywhere(q: string, signal?: AbortSignal, limit = 12): Promise<EverywhereResult[]> {
  const answer = await requestJSON<{ results: EverywhereResult[] }>(`/api/search?${new URLSearchParams({ q, limit: String(limit) })}`, { signal });
  return answer.results;
}
