/**
 * The service's routes inside one map: every call names the map first, and its path is built from
 * it (`/api/maps/<map>/...`), as the service's repositories take the map first.
 */
import type { NodeDetails, SerializedGraph } from '../graph/types';
import { mapPath, requestJSON } from './request';
import type { Entity, NodeChanges, Reads, SearchResult, TieEntity, Writes } from './types';

export * from './errors';
export * from './maps';
export * from './history';
export * from './types';
export { mapPath, setCsrfToken, writeHeaders } from './request';

/** The page's ?alliance= and ?area= choose which part of the map's graph the service sends. */
export function graphUrl(map: string, search = ''): string {
  const page = new URLSearchParams(search);
  const query = new URLSearchParams();
  for (const key of ['alliance', 'area']) {
    const value = page.get(key);
    if (value) query.set(key, value);
  }
  const qs = query.toString();
  return mapPath(map, qs ? `graph?${qs}` : 'graph');
}

// The served graph (the contract's type) must fit the app's SerializedGraph: the compiler checks it here.
export function fetchGraph(map: string, search: string, signal?: AbortSignal): Promise<SerializedGraph> {
  return requestJSON<Reads['graph']>(graphUrl(map, search), { signal });
}

export function fetchNode(map: string, id: string, signal?: AbortSignal): Promise<NodeDetails> {
  return requestJSON<Reads['node']>(mapPath(map, `nodes/${encodeURIComponent(id)}`), { signal });
}

/** `on`: the map's "as of" (and whether undated ties count), so the hits are what the map shows on that date. */
export async function searchNodes(map: string, q: string, signal?: AbortSignal, limit = 8, on: { asOf: string | null; undated: boolean } = { asOf: null, undated: false }): Promise<SearchResult[]> {
  const query = new URLSearchParams({ q, limit: String(limit) });
  if (on.asOf) query.set('asOf', on.asOf);
  if (on.asOf && on.undated) query.set('undated', 'include');
  const answer = await requestJSON<Reads['search']>(mapPath(map, `search?${query}`), { signal });
  return answer.results;
}

export function fetchNeighbourhood(map: string, id: string, depth: number, signal?: AbortSignal): Promise<SerializedGraph> {
  return requestJSON<Reads['graph']>(mapPath(map, `nodes/${encodeURIComponent(id)}/neighbourhood?${new URLSearchParams({ depth: String(depth), limit: '200' })}`), { signal });
}

export function fetchPaths(map: string, from: string, to: string, tieTypes: string[], signal?: AbortSignal): Promise<Reads['paths']> {
  const query = new URLSearchParams({ from, to });
  if (tieTypes.length > 0) query.set('tieTypes', tieTypes.join(','));
  return requestJSON<Reads['paths']>(mapPath(map, `paths?${query}`), { signal });
}

export function patchNode(map: string, id: string, version: number, changes: NodeChanges): Promise<Entity> {
  return requestJSON<Entity>(mapPath(map, `nodes/${encodeURIComponent(id)}`), { method: 'PATCH', body: JSON.stringify({ version, changes }) });
}

export function createTie(map: string, body: Writes['tieCreate']): Promise<TieEntity> {
  return requestJSON<TieEntity>(mapPath(map, 'ties'), { method: 'POST', body: JSON.stringify(body) });
}

export function deleteTie(map: string, id: string, version: number): Promise<Writes['tieDeleted']> {
  return requestJSON<Writes['tieDeleted']>(mapPath(map, `ties/${encodeURIComponent(id)}?version=${version}`), { method: 'DELETE' });
}

export function createNode(map: string, body: Writes['nodeCreate']): Promise<Entity> {
  return requestJSON<Entity>(mapPath(map, 'nodes'), { method: 'POST', body: JSON.stringify(body) });
}

/** Deletes the node and its ties (the answer counts them), based on the version read. */
export function deleteNode(map: string, id: string, version: number): Promise<Writes['nodeDeleted']> {
  return requestJSON<Writes['nodeDeleted']>(mapPath(map, `nodes/${encodeURIComponent(id)}?version=${version}`), { method: 'DELETE' });
}

/** Folds `merged` into `survivor`: ties move across, the merged name becomes an alias. */
export function mergeOrganisations(map: string, body: Writes['merge']): Promise<Writes['merged']> {
  return requestJSON<Writes['merged']>(mapPath(map, 'organisations/merge'), { method: 'POST', body: JSON.stringify(body) });
}

/** A node and every tie it has, with the nodes at their other ends (depth 1, up to the route's cap). */
export function fetchWholeNeighbourhood(map: string, id: string, signal?: AbortSignal): Promise<SerializedGraph> {
  return requestJSON<Reads['graph']>(mapPath(map, `nodes/${encodeURIComponent(id)}/neighbourhood?${new URLSearchParams({ depth: '1', limit: '5000' })}`), { signal });
}
