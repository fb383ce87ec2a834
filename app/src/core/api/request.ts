/**
 * One JSON request to the service, its failures turned into AtlasErrors the user can act on. Every
 * request sends the session cookie (same origin), and every write the session's CSRF token.
 */
import { errorFromResponse, unreachable } from './errors';

/** The header the service reads a write's CSRF token from (graph-service/src/security/guards.ts). */
export const CSRF_HEADER = 'x-atlas-csrf';
let csrfToken: string | null = null;

/** The signed-in session's CSRF token (from GET /api/session or a sign-in), or null when signed out. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Headers for a write: the CSRF token when signed in. For the few requests that cannot go through requestJSON (uploads). */
export function writeHeaders(): Record<string, string> {
  return csrfToken ? { [CSRF_HEADER]: csrfToken } : {};
}

export async function requestJSON<T>(url: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  const write = (init.method ?? 'GET').toUpperCase() !== 'GET';
  try {
    response = await fetch(url, {
      ...init,
      credentials: 'same-origin',
      headers: { accept: 'application/json', ...(init.body ? { 'content-type': 'application/json' } : {}), ...(write ? writeHeaders() : {}) },
    });
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
