/**
 * Who may do what in a map. The levels are ordered: each may do everything the ones before it may.
 * - public: no account; sees what the map's owner publishes, never people.
 * - viewer: sees the map with people by name and role, never their contact details.
 * - member: also sees contact details and may confirm facts ("still true").
 * - editor: changes anything in the map.
 * - admin: manages the map and its people.
 * An organisation steward is a member who speaks for one organisation: they edit that
 * organisation's record and its ties, and confirm them (checked where the node is known).
 */
export const ACCESS_LEVELS = ['public', 'viewer', 'member', 'editor', 'admin'] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

/** The roles a person can hold in a map (public is having none). */
export const MAP_ROLES = ['viewer', 'member', 'editor', 'admin'] as const satisfies readonly AccessLevel[];
export type MapRole = (typeof MAP_ROLES)[number];

/**
 * What a route needs: a level in the route's map; `steward` (a member who speaks for the
 * organisation the write is about, or an editor); `account` (any signed-in person, for routes
 * about one's own account and for making a new map).
 */
export const ROUTE_ACCESS = [...ACCESS_LEVELS, 'steward', 'account'] as const;
export type RouteAccess = (typeof ROUTE_ACCESS)[number];

export function isAccessLevel(value: unknown): value is AccessLevel {
  return typeof value === 'string' && (ACCESS_LEVELS as readonly string[]).includes(value);
}

export function atLeast(level: AccessLevel, needed: AccessLevel): boolean {
  return ACCESS_LEVELS.indexOf(level) >= ACCESS_LEVELS.indexOf(needed);
}

/** What each level may do; the service asks these, never compares level names itself. */
export const seesPeople = (level: AccessLevel): boolean => atLeast(level, 'viewer');
export const seesContacts = (level: AccessLevel): boolean => atLeast(level, 'member');
export const mayConfirm = (level: AccessLevel): boolean => atLeast(level, 'member');
export const mayEdit = (level: AccessLevel): boolean => atLeast(level, 'editor');
export const managesMap = (level: AccessLevel): boolean => atLeast(level, 'admin');
