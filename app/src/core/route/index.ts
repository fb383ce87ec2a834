/**
 * The page's address: `/` is the opening page (the list of maps), `/maps/<map id>?<view state>` one
 * map. Pure, so the address rules are tested without a browser.
 */
import { MAP_ID } from '../../../../graph-service/src/model/maps';

export type Route = { page: 'home' } | { page: 'map'; map: string } | { page: 'unknown'; path: string };

/** Reads `location.pathname`; a trailing slash is forgiven, anything else unknown is said so. */
export function parseRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/' || path === '/maps') return { page: 'home' };
  const match = /^\/maps\/([^/]+)$/.exec(path);
  if (match) {
    const map = safeDecode(match[1]);
    if (map !== null && MAP_ID.test(map)) return { page: 'map', map };
  }
  return { page: 'unknown', path: pathname };
}

function safeDecode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

/** The address of a map, with a view state (`?sel=…`) or none. */
export function mapHref(map: string, search = ''): string {
  const query = search && !search.startsWith('?') ? `?${search}` : search;
  return `/maps/${encodeURIComponent(map)}${query === '?' ? '' : query}`;
}

/** The address of a node on a map: opens that map with the node selected. */
export function nodeHref(map: string, node: string): string {
  return mapHref(map, `?${new URLSearchParams({ sel: node })}`);
}

export const HOME_HREF = '/';
