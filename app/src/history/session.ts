/**
 * The changes this person made in this browser tab, per map, newest last, for "Undo": noted after
 * each save, add, delete, merge or new tie (the change the service recorded for it) and forgotten
 * once undone, so Undo steps back through them one at a time. Kept in memory only.
 */
import type { Change } from '../core/api';

const made = new Map<string, Change[]>();
const listeners = new Set<() => void>();
const announce = () => {
  for (const listener of listeners) listener();
};

export function noteOwnChange(map: string, change: Change): void {
  const list = (made.get(map) ?? []).filter((c) => c.id !== change.id);
  made.set(map, [...list, change]);
  announce();
}

/** The newest change not yet undone (the same object until the list changes, as useSyncExternalStore needs). */
export function lastOwnChange(map: string): Change | undefined {
  return made.get(map)?.at(-1);
}

/** How many changes Undo can still step back through. */
export function ownChangeCount(map: string): number {
  return made.get(map)?.length ?? 0;
}

/** Forgets one change (the one undone), or the newest when none is named. */
export function forgetOwnChange(map: string, id?: string): void {
  const list = made.get(map) ?? [];
  made.set(map, id === undefined ? list.slice(0, -1) : list.filter((c) => c.id !== id));
  announce();
}

export function onOwnChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
