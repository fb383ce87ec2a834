/** One JSON request to the service, its failures turned into AtlasErrors the user can act on. */
import { errorFromResponse, unreachable } from './errors';

export async function requestJSON<T>(url: string, init: RequestInit = {}): Promise<T> {
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

/** Every path inside a map starts here: `/api/maps/<map>/<rest>`. */
export function mapPath(map: string, rest: string): string {
  return `/api/maps/${encodeURIComponent(map)}/${rest.replace(/^\/+/, '')}`;
}
