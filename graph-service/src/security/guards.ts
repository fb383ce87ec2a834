/**
 * The checks every request passes before its body is read (pure, so they are tested alone): the
 * Host is one this service answers to, a write's body is JSON, a write comes from this service's own
 * pages (or an allowed origin), and a write with a session carries the session's CSRF token.
 */
import { sameText } from './secrets.ts';

export const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** The header a write with a session cookie carries its CSRF token in. */
export const CSRF_HEADER = 'x-atlas-csrf';

/** Names a loopback install is reached by. */
export const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '::1'] as const;

/** The host name of a Host header, without the port, lower case ("[::1]:4173" → "::1"). */
export function hostName(host: string): string {
  const text = host.trim().toLowerCase();
  if (text.startsWith('[')) return text.slice(1, text.indexOf(']'));
  return text.replace(/:\d+$/, '');
}

export function isLoopback(host: string): boolean {
  const name = hostName(host);
  return (LOOPBACK_HOSTS as readonly string[]).includes(name) || /^127\.\d+\.\d+\.\d+$/.test(name);
}

/** `allowed` 'any' answers every Host (a service on 0.0.0.0 without ATLAS_ALLOWED_HOSTS). */
export function hostAllowed(host: string | undefined, allowed: readonly string[] | 'any'): boolean {
  if (allowed === 'any') return true;
  if (!host) return false;
  const name = hostName(host);
  return allowed.some((a) => hostName(a) === name);
}

/**
 * Whether a write may come from where the browser says it comes from. With an Origin header: it is
 * this service's own origin (same host and port as the Host header) or one of `allowedOrigins`.
 * Without one (scripts, curl): allowed unless the browser's Sec-Fetch-Site says it is cross-site.
 */
export function originAllowed(origin: string | undefined, host: string | undefined, fetchSite: string | undefined, allowedOrigins: readonly string[]): boolean {
  if (origin === undefined) return fetchSite !== 'cross-site';
  if (origin === 'null') return false;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  if (allowedOrigins.some((a) => a.replace(/\/+$/, '').toLowerCase() === parsed.origin.toLowerCase())) return true;
  return host !== undefined && parsed.host.toLowerCase() === host.trim().toLowerCase();
}

/** Whether a body's content type is JSON (application/json, with or without parameters, or a +json type). */
export function isJsonContentType(contentType: string | undefined): boolean {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  return type === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(type);
}

/** Whether a request carries a body at all (a DELETE or a bodiless POST does not). */
export function hasBody(headers: Record<string, string | string[] | undefined>): boolean {
  const length = headers['content-length'];
  if (headers['transfer-encoding'] !== undefined) return true;
  return length !== undefined && length !== '0';
}

/** The CSRF check of a write with a session: the header equals the session's token (constant time). */
export function csrfMatches(given: string | string[] | undefined, expected: string): boolean {
  return typeof given === 'string' && given.length > 0 && sameText(given, expected);
}
