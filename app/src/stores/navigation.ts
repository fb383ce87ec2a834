/**
 * The address holds the view (filters, selection, depth, colour, size, camera, mode, path), so a
 * copied link reproduces it. The domain stores own those values; this composes them into the
 * NavState the address format reads and writes.
 */
import type { CameraState, NavState } from '../core/navState';
import { serialiseNavState } from '../core/navState';
import type { AppearanceStore } from './appearance';
import type { FiltersStore } from './filters';
import type { PathStore } from './path';
import type { SelectionStore } from './selection';
import { derived, stopAll, type Readable, type Store } from './store';
import type { TableStore } from './table';

interface Domains {
  filters: FiltersStore;
  appearance: AppearanceStore;
  selection: SelectionStore;
  table: TableStore;
  path: PathStore;
  camera: Store<CameraState | null>;
}

export function navStateOf({ filters, appearance, selection, table, path, camera }: Domains): Readable<NavState> {
  return derived(
    [filters.filters, appearance.choice, selection.selected, selection.depth, table.mode, path.query, camera],
    (f, choice, selected, depth, mode, query, cam): NavState => ({ filters: f, ...choice, selected, depth, mode, path: query, camera: cam }),
  );
}

/**
 * Writes every change of the view into the address (replacing, not adding, history), leaving out
 * what the map shows by default (`defaults`); returns a stop function.
 */
export function syncAddress(nav: Readable<NavState>, defaults: Readable<NavState>): () => void {
  const write = () => {
    const next = serialiseNavState(nav.get(), window.location.search, defaults.get());
    if (next === window.location.search) return;
    const url = new URL(window.location.href);
    url.search = next;
    window.history.replaceState(window.history.state, '', url.href);
  };
  write();
  return stopAll([nav.subscribe(write), defaults.subscribe(write)]);
}
