/**
 * The selected node and how far its neighbourhood reaches, what the pointer is over, the group or
 * list spotlighted, and where the camera was asked to go.
 */
import { neighbourhood, type Depth } from '../core/focus';
import type { DataStore } from './data';
import type { FiltersStore } from './filters';
import { derived, store } from './store';

export interface FocusRequest {
  node: string;
  /** Zoom in to it (search, table), or only make sure it is not hidden under the panel (a click). */
  zoom: boolean;
  /** Changes on every request so asking twice for the same node moves the camera again. */
  nonce: number;
}

export function createSelectionStore(data: DataStore, filters: FiltersStore, initial: { selected: string | null; depth: Depth; hasCamera: boolean }) {
  const selected = store(initial.selected);
  const depth = store(initial.depth);
  const hovered = store<string | null>(null);
  const spotlight = store<Set<string> | null>(null);
  /** A shared link with a selection but no camera opens zoomed in on it. */
  const focusRequest = store<FocusRequest | null>(initial.selected && !initial.hasCamera ? { node: initial.selected, zoom: true, nonce: 1 } : null);
  const request = (node: string, zoom: boolean) => focusRequest.update((f) => ({ node, zoom, nonce: (f?.nonce ?? 0) + 1 }));

  /** The selection, if that node is on the map. */
  const node = derived([data.state, selected], (d, id) => (id && d.graph.hasNode(id) ? id : null));
  const focus = derived([data.state, node, depth, filters.visibility], (d, id, steps, v) =>
    id ? new Set(neighbourhood(d.graph, id, steps, v?.nodes ?? null, v?.edges ?? null).keys()) : null,
  );
  const hoverNeighbours = derived([data.state, hovered], (d, id) => (id && d.graph.hasNode(id) ? new Set([id, ...d.graph.neighbors(id)]) : null));

  return {
    selected,
    depth,
    hovered,
    spotlight,
    focusRequest,
    node,
    focus,
    hoverNeighbours,
    /** Selecting from outside the canvas (search, table, legend, a tie) also moves the camera there. */
    goTo(id: string) {
      selected.set(id);
      request(id, true);
    },
    /** A click on the map: select, and only move if the node would sit under the panel. */
    click(id: string | null) {
      selected.set(id);
      if (id) request(id, false);
    },
    close: () => selected.set(null),
    spotlightNodes: (ids: Iterable<string> | null) => spotlight.set(ids ? new Set(ids) : null),
  };
}

export type SelectionStore = ReturnType<typeof createSelectionStore>;
