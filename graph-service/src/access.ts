/**
 * Who is asking, and what they may see and change in the map they ask about. The rules per level
 * are in model/roles.ts; this file turns a request's credentials into a Viewer.
 * Today the credential is ATLAS_EDITOR_KEY: with it set, callers without the key are public and
 * the key's holder is an admin; without it (a local install) everyone is an admin.
 */
import { timingSafeEqual } from 'node:crypto';
import type { NodeLabel } from './model/model.ts';
import { atLeast, mayConfirm, mayEdit, seesContacts, seesPeople, type AccessLevel, type RouteAccess } from './model/roles.ts';

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

function sameKey(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function viewerFor(authorization: string | undefined, editorKey: string | undefined): Viewer {
  if (!editorKey) return EDITOR;
  const match = /^Bearer\s+(.+)$/i.exec(authorization ?? '');
  return match && sameKey(match[1].trim(), editorKey) ? viewerAt('admin', KEY_ACTOR) : PUBLIC;
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
