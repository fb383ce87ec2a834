import type { NodeDetails, SerializedGraph } from '../graph/types';
import { errorFromResponse, unreachable } from './errors';
import type { Entity, NodeChanges, Reads, SearchResult, TieEntity, Writes } from './types';

export * from './errors';
export * from './types';

async function requestJSON<T>(url: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, headers: { accept: 'application/json', ...(init.body ? { 'content-type': 'application/json' } : {}) } });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw unreachable();
  }
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // A proxy answering with HTML (e.g. the dev server when the service is down) means the same as no answer.
    throw unreachable();
  }
  if (!response.ok) throw errorFromResponse(response.status, body as Parameters<typeof errorFromResponse>[1]);
  return body as T;
}

/** The page's ?alliance= and ?area= choose which part of the graph the service sends. */
export function graphUrl(search: string = window.location.search): string {
  const page = new URLSearchParams(search);
  const query = new URLSearchParams();
  for (const key of ['alliance', 'area']) {
    const value = page.get(key);
    if (value) query.set(key, value);
  }
  const qs = query.toString();
  return qs ? `/api/graph?${qs}` : '/api/graph';
}

// The served graph (the contract's type) must fit the app's SerializedGraph: the compiler checks it here.
export function fetchGraph(signal?: AbortSignal): Promise<SerializedGraph> {
  return requestJSON<Reads['graph']>(graphUrl(), { signal });
}

export function fetchNode(id: string, signal?: AbortSignal): Promise<NodeDetails> {
  return requestJSON<Reads['node']>(`/api/nodes/${encodeURIComponent(id)}`, { signal });
}

export async function searchNodes(q: string, signal?: AbortSignal, limit = 8): Promise<SearchResult[]> {
  const answer = await requestJSON<Reads['search']>(`/api/search?${new URLSearchParams({ q, limit: String(limit) })}`, { signal });
  return answer.results;
}

export function fetchNeighbourhood(id: string, depth: number, signal?: AbortSignal): Promise<SerializedGraph> {
  return requestJSON<Reads['graph']>(`/api/nodes/${encodeURIComponent(id)}/neighbourhood?${new URLSearchParams({ depth: String(depth), limit: '200' })}`, { signal });
}

export function fetchPaths(from: string, to: string, tieTypes: string[], signal?: AbortSignal): Promise<Reads['paths']> {
  const query = new URLSearchParams({ from, to });
  if (tieTypes.length > 0) query.set('tieTypes', tieTypes.join(','));
  return requestJSON<Reads['paths']>(`/api/paths?${query}`, { signal });
}

export function patchNode(id: string, version: number, changes: NodeChanges): Promise<Entity> {
  return requestJSON<Entity>(`/api/nodes/${encodeURIComponent(id)}`, { method: 'PATCH', body: JSON.stringify({ version, changes }) });
}

export function createTie(body: Writes['tieCreate']): Promise<TieEntity> {
  return requestJSON<TieEntity>('/api/ties', { method: 'POST', body: JSON.stringify(body) });
}

export function deleteTie(id: string, version: number): Promise<Writes['tieDeleted']> {
  return requestJSON<Writes['tieDeleted']>(`/api/ties/${encodeURIComponent(id)}?version=${version}`, { method: 'DELETE' });
}
