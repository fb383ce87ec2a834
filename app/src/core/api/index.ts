import type { NodeDetails, SerializedGraph } from '../graph/types';

/** An API failure worded for the person using the map, not for a developer. */
export class AtlasError extends Error {
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
    this.name = 'AtlasError';
  }
}

const UNREACHABLE = new AtlasError(
  'Cannot reach the Atlas service.',
  'Is `npm start` running? Start it in a terminal, then press “Try again”.',
);

async function getJSON<T>(url: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { accept: 'application/json' } });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw UNREACHABLE;
  }
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // A proxy answering with HTML (e.g. the dev server when the service is down) means the same as no answer.
    throw UNREACHABLE;
  }
  if (!response.ok) {
    const message = (body as { message?: string } | undefined)?.message;
    if (response.status === 404) throw new AtlasError(message ?? 'Not found.', 'It may have been removed. Pick another item on the map.');
    if (response.status >= 502 && response.status <= 504) throw UNREACHABLE;
    throw new AtlasError(
      message ?? `The Atlas service answered with an error (${response.status}).`,
      'Check the terminal running `npm start` (is Neo4j up?), then press “Try again”.',
    );
  }
  return body as T;
}

/** Passes the page's ?alliance= and ?area= filters through to the service. */
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

export function fetchGraph(signal?: AbortSignal): Promise<SerializedGraph> {
  return getJSON<SerializedGraph>(graphUrl(), signal);
}

export function fetchNode(id: string, signal?: AbortSignal): Promise<NodeDetails> {
  return getJSON<NodeDetails>(`/api/nodes/${encodeURIComponent(id)}`, signal);
}
