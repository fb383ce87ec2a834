/**
 * The last change this person made in this browser tab, per map, for "Undo": noted after a save
 * (the newest change of the node they saved) and forgotten once undone. Kept in memory only.
 */
import type { Change } from '../core/api';

const last = new Map<string, Change>();
const listeners = new Set<() => void>();

export function noteOwnChange(map: string, change: Change): void {
  last.set(map, change);
  for (const listener of listeners) listener();
}

export function lastOwnChange(map: string): Change | undefined {
  return last.get(map);
}

export function forgetOwnChange(map: string): void {
  last.delete(map);
  for (const listener of listeners) listener();
}

export function onOwnChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
