/**
 * Who is asking, and what they may see and change in the map they ask about. The rules per level
 * are in model/roles.ts; this file turns a request's credentials into a Viewer.
 * Credentials: a session cookie or a personal API token (an account: its membership in the map
 * says its level, site admins are admin everywhere), or ATLAS_EDITOR_KEY (a site-wide admin key for
 * scripts). In open mode (a local install, no accounts) everyone is an admin.
 */
import type { NodeLabel } from './model/model.ts';
import { atLeast, mayConfirm, mayEdit, seesContacts, seesPeople, type AccessLevel, type MapRole, type RouteAccess } from './model/roles.ts';

/** Who made a change, as history records it: an account's id and name, or a named non-person. */
export interface Actor {
  /** The account's id; null for a caller without an account (a local install, the editor key). */
  id: string | null;
  name: string;
}

export interface Viewer {
  /** The caller's level in the map the request is about (or their highest, outside a map). */
  level: AccessLevel;
  actor: Actor;
  /** Organisation ids in this map the caller is a steward of. */
  stewardOf: readonly string[];
  mayWrite: boolean;
  seesContacts: boolean;
  /** Labels whose nodes (and their ties) this caller never sees. */
  hiddenLabels: NodeLabel[];
}

export function viewerAt(level: AccessLevel, actor: Actor, stewardOf: readonly string[] = []): Viewer {
  return {
    level,
    actor,
    stewardOf,
    mayWrite: mayEdit(level),
    seesContacts: seesContacts(level),
    hiddenLabels: seesPeople(level) ? [] : ['Person'],
  };
}

export const LOCAL_ACTOR: Actor = { id: null, name: 'Local user' };
export const KEY_ACTOR: Actor = { id: null, name: 'Editor key' };
export const ANONYMOUS: Actor = { id: null, name: 'Anonymous' };

export const EDITOR: Viewer = viewerAt('admin', LOCAL_ACTOR);
export const PUBLIC: Viewer = viewerAt('public', ANONYMOUS);

/** The account a caller is signed in as, as access needs it. */
export interface SignedIn {
  id: string;
  name: string;
  siteAdmin: boolean;
}

/** Who the caller is, before any map: how they proved it, and their account if they have one. */
export interface Identity {
  via: 'none' | 'session' | 'token' | 'key';
  account: SignedIn | null;
  /** With a session: its id (the sha256 of the cookie's secret) and its CSRF token. */
  session?: { id: string; csrf: string };
}

export const NOBODY: Identity = { via: 'none', account: null };
export const EDITOR_KEY_HOLDER: Identity = { via: 'key', account: null };

/** A map role as a membership gives it: the level and, for a member, the organisations they speak for. */
export interface MapRoleGrant {
  role: MapRole;
  stewardOf: readonly string[];
}

function actorOf(identity: Identity): Actor {
  if (identity.account) return { id: identity.account.id, name: identity.account.name };
  return identity.via === 'key' ? KEY_ACTOR : ANONYMOUS;
}

/** Whether the caller is an admin of every map: a site admin, the editor key's holder, or anyone in open mode. */
export function isSiteAdmin(identity: Identity, open: boolean): boolean {
  return open || identity.via === 'key' || identity.account?.siteAdmin === true;
}

/** The caller's Viewer in one map, from their membership there (none: public in that map). */
export function viewerInMap(identity: Identity, grant: MapRoleGrant | undefined, open: boolean): Viewer {
  if (open && !identity.account) return EDITOR;
  if (isSiteAdmin(identity, open)) return viewerAt('admin', actorOf(identity));
  if (!identity.account || !grant) return viewerAt('public', actorOf(identity));
  return viewerAt(grant.role, actorOf(identity), grant.role === 'viewer' ? [] : grant.stewardOf);
}

/**
 * The caller's Viewer outside any map: public, or viewer-level when signed in (site admins: admin).
 * People stay hidden from a signed-in caller here, since no map's membership says they may see them.
 */
export function generalViewer(identity: Identity, open: boolean): Viewer {
  if (open && !identity.account) return EDITOR;
  if (isSiteAdmin(identity, open)) return viewerAt('admin', actorOf(identity));
  if (!identity.account) return PUBLIC;
  return { ...viewerAt('viewer', actorOf(identity)), hiddenLabels: ['Person'] };
}

/**
 * Whether a caller may use a route that needs `needed`. A steward route lets members through: the
 * service then checks that the node or tie is their organisation's. An account route needs a
 * signed-in person, or an admin without an account (a local install, the editor key).
 */
export function permits(viewer: Viewer, needed: RouteAccess): boolean {
  if (needed === 'account') return viewer.actor.id !== null || viewer.level === 'admin';
  if (needed === 'steward') return viewer.mayWrite || (mayConfirm(viewer.level) && viewer.stewardOf.length > 0);
  return atLeast(viewer.level, needed);
}
