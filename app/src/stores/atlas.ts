/**
 * All the state of one loaded map, domain by domain, like gephi-lite's dataset → filtered graph →
 * sigma graph: each store holds its own values, and what the map shows is derived from them by
 * pure functions. One instance per load; `start` wires the side effects and returns their stop.
 */
import { AtlasError, fetchNeighbourhood, isMissingEndpoint, saveLayout, updateMap, type MapRecord, type SavedPositions } from '../core/api';
import type { Appearance, DisplayGraph, Emphasis, Positions } from '../core/appearance';
import type { DataGraph } from '../core/graph';
import { plural } from '../core/graph/utils';
import { layoutStamp, positionsFromSaved, positionsKey, savedFromPositions, snapshotPositions } from '../core/layout';
import { lookOf, navDefaults, parseNavState, sameLook, type CameraState } from '../core/navState';
import { createAnalysisStore } from '../analysis/analysisStore';
import { createAppearanceStore } from './appearance';
import { createDataStore } from './data';
import { createFiltersStore } from './filters';
import { createLayoutStore } from './layout';
import { navStateOf, syncAddress } from './navigation';
import { createPathStore } from './path';
import { createSelectionStore } from './selection';
import { derived, stopAll, store } from './store';
import { createTableStore } from './table';

/** The graph sigma draws, and how many of its nodes have no saved position (see rendering/display.ts). */
export interface Display {
  graph: DisplayGraph;
  missing: number;
}

/** What a map is opened with: its record, its data, the address's view state and the layout saved for everyone. */
export interface MapOpening {
  map: MapRecord;
  data: DataGraph;
  search: string;
  sharedLayout?: SavedPositions;
}

/** Builds the display graph from the first appearance: passed in, so the stores never load the renderer. */
export type DisplayBuilder = (appearance: Appearance, storageKey: string, shared: Positions) => Display;

export function createAtlas({ map, data: initial, search, sharedLayout = {} }: MapOpening, buildDisplay: DisplayBuilder) {
  const mapId = map.id;
  /** The map's record: renames, archiving and a new default look change it while the map is open. */
  const record = store<MapRecord>(map);
  /** What the map shows when the address says nothing: its own colour and size, if it keeps them. */
  const defaults = derived([record], (r) => navDefaults(r.appearance));
  const nav = parseNavState(search, defaults.get());
  const data = createDataStore(initial);
  const filters = createFiltersStore(data, nav.filters);
  const analysis = createAnalysisStore(mapId, data, filters);
  const appearance = createAppearanceStore(data, { colour: nav.colour, colourParams: nav.colourParams, size: nav.size, sizeParams: nav.sizeParams }, analysis.clusters);
  const selection = createSelectionStore(data, filters, { selected: nav.selected, depth: nav.depth, hasCamera: nav.camera !== null });
  const path = createPathStore(mapId, data, nav.path);
  const table = createTableStore(data, filters, appearance, nav.mode);
  const camera = store<CameraState | null>(nav.camera);
  /** Where this view's positions are saved on this device, under the map's shared layout. */
  const storageKey = positionsKey(mapId, search, layoutStamp(sharedLayout));
  const display = buildDisplay(appearance.appearance.get(), storageKey, positionsFromSaved(sharedLayout));
  const layout = createLayoutStore(display.missing > 0);
  /** The sidebar tab: a shared path opens on the path finder. */
  const tab = store(nav.path ? 'path' : 'map');
  const navState = navStateOf({ filters, appearance, selection, table, path, camera });
  /** Whether the colour and size now are the map's default ones. */
  const lookIsDefault = derived([navState, defaults], (n, d) => sameLook(lookOf(n), d));

  const emphasis = derived(
    [filters.visibility, selection.focus, path.sets, selection.spotlight, selection.hovered, selection.hoverNeighbours, selection.node],
    (visibility, focus, pathSets, spotlight, hovered, hoverNeighbours, selected): Emphasis => ({
      visibleNodes: visibility?.nodes ?? null,
      visibleEdges: visibility?.edges ?? null,
      focus,
      path: pathSets,
      spotlight,
      hovered: hoverNeighbours ? hovered : null,
      hoverNeighbours,
      selected,
    }),
  );

  /** Brings in what the service knows around the selected node; says what happened. */
  async function expandSelected(): Promise<string> {
    const node = selection.node.get();
    if (!node) return '';
    const depth = selection.depth.get();
    const name = data.state.get().graph.getNodeAttribute(node, 'name');
    try {
      const merged = data.expand(await fetchNeighbourhood(mapId, node, depth));
      if (merged.addedNodes.length === 0 && merged.addedTies.length === 0) return `Nothing new: everything within ${plural(depth, 'step', 'steps')} of ${name} is already on the map.`;
      const hiddenNote = filters.filtering.get() ? ' Some may be hidden by your filters.' : '';
      return `Added ${plural(merged.addedNodes.length, 'node', 'nodes')} and ${plural(merged.addedTies.length, 'tie', 'ties')} around ${name}.${hiddenNote}`;
    } catch (e) {
      if (isMissingEndpoint(e)) return 'This Atlas service cannot expand yet. Everything it sent is already on the map.';
      return e instanceof AtlasError ? `${e.message} ${e.hint}` : (e as Error).message;
    }
  }

  /** Stores the drawn positions with the map, so everyone who opens it starts from this picture. */
  async function saveLayoutForEveryone(): Promise<string> {
    layout.stop();
    try {
      await saveLayout(mapId, savedFromPositions(snapshotPositions(display.graph)));
      return `Saved: everyone who opens ${record.get().title} now starts from this layout.`;
    } catch (e) {
      return e instanceof AtlasError ? `${e.message} ${e.hint}` : (e as Error).message;
    }
  }

  /** Keeps the colour and size now as the map's default, for everyone who opens it without a link. */
  async function saveLookForMap(): Promise<string> {
    try {
      const current = record.get();
      record.set(await updateMap(mapId, current.version, { appearance: { ...lookOf(navState.get()) } }));
      return `Everyone who opens ${current.title} now sees it coloured and sized like this.`;
    } catch (e) {
      return e instanceof AtlasError ? `${e.message} ${e.hint}` : (e as Error).message;
    }
  }

  /** Spotlights one legend group (null: none). */
  function spotlightGroup(key: string | null): void {
    const byNode = appearance.colours.get().value.keyByNode;
    selection.spotlightNodes(key === null ? null : Object.keys(byNode).filter((node) => byNode[node] === key));
  }

  return {
    mapId,
    record,
    data,
    filters,
    analysis,
    appearance,
    selection,
    path,
    table,
    camera,
    layout,
    display,
    storageKey,
    tab,
    navState,
    emphasis,
    expandSelected,
    saveLayoutForEveryone,
    lookIsDefault,
    saveLookForMap,
    spotlightGroup,
    /** Wires the side effects (address, worker, path queries, published layout state); returns their stop. */
    start(): () => void {
      return stopAll([syncAddress(navState, defaults), appearance.start(), analysis.start(), path.start(), layout.start()]);
    },
  };
}

export type Atlas = ReturnType<typeof createAtlas>;
