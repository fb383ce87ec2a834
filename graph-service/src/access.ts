/**
 * Who may see and change what. With ATLAS_EDITOR_KEY set, callers without the key see no people
 * (Person nodes and their ties) and may not write; without it (a local install) everyone is an editor.
 */
import { timingSafeEqual } from 'node:crypto';
import type { NodeLabel } from './model/model.ts';

export interface Viewer {
  mayWrite: boolean;
  /** Labels whose nodes (and their ties) this caller never sees. */
  hiddenLabels: NodeLabel[];
}

export const EDITOR: Viewer = { mayWrite: true, hiddenLabels: [] };
export const PUBLIC: Viewer = { mayWrite: false, hiddenLabels: ['Person'] };

function sameKey(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function viewerFor(authorization: string | undefined, editorKey: string | undefined): Viewer {
  if (!editorKey) return EDITOR;
  const match = /^Bearer\s+(.+)$/i.exec(authorization ?? '');
  return match && sameKey(match[1].trim(), editorKey) ? EDITOR : PUBLIC;
}
