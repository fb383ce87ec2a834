/**
 * Several nodes chosen at once (ctrl- or shift-click on the map, "Add to selection" in a node's
 * panel after search or the table), one set per loaded map (made on first use), so the map's
 * clicks, the node panel and the "n selected" panel share it. The chosen nodes are spotlighted on
 * the map through the selection store, so the map's reducers draw them as they draw any spotlight.
 */
import type { Atlas } from '../stores/atlas';
import { derived, store } from '../stores/store';
import { perAtlas } from '../stores/perAtlas';

export function createMultiSelection(atlas: Pick<Atlas, 'selection'>) {
  const ids = store<readonly string[]>([]);
  const count = derived([ids], (list) => list.length);
  const set = (next: readonly string[]) => {
    // A plain click clears an empty selection: leave the spotlight to whoever else set it.
    if (next.length === 0 && ids.get().length === 0) return;
    ids.set(next);
    atlas.selection.spotlightNodes(next.length ? next : null);
  };
  return {
    ids,
    count,
    /** Adds the node (and the one whose panel is open, so a ctrl-click after a click keeps both), or takes it out. */
    toggle(id: string) {
      const open = atlas.selection.node.get();
      let list = ids.get();
      if (open && !list.includes(open)) list = [...list, open];
      if (!list.includes(id)) list = [...list, id];
      else if (id !== open) list = list.filter((x) => x !== id);
      set(list);
      // The "n selected" panel takes the node panel's place.
      atlas.selection.close();
    },
    add(id: string) {
      if (!ids.get().includes(id)) set([...ids.get(), id]);
      atlas.selection.close();
    },
    remove: (id: string) => set(ids.get().filter((x) => x !== id)),
    clear: () => set([]),
  };
}

export type MultiSelection = ReturnType<typeof createMultiSelection>;

export const multiSelectionOf = perAtlas(createMultiSelection);

/** A click that adds to the selection instead of replacing it. */
export function addsToSelection(event: { ctrlKey?: boolean; metaKey?: boolean; shiftKey?: boolean } | undefined): boolean {
  return !!event && (event.ctrlKey === true || event.metaKey === true || event.shiftKey === true);
}
