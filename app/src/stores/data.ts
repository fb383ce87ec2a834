/**
 * The loaded data graph. Edits and expansions change it in place and bump `version`; every value
 * derived from the data (facets, counts, filter options, appearance, visibility) keys on the new
 * state object, so it recomputes once per change.
 */
import type { Entity, TieEntity } from '../core/api';
import { filterOptions } from '../core/filters';
import { addTie, buildFacetIndex, mergeInto, removeTie, updateNode, type DataGraph, type Merged, type SerializedGraph, type VersionedGraph } from '../core/graph';
import { countGraph } from '../core/graph/utils';
import { resyncNode } from '../core/edit/resync';
import { derived, store } from './store';

export type DataState = VersionedGraph;

export function createDataStore(graph: DataGraph) {
  const state = store<DataState>({ graph, version: 0 });
  /** Runs an in-place change and announces it if anything changed. */
  const change = (edit: (graph: DataGraph) => boolean) => {
    if (edit(graph)) state.update((s) => ({ graph: s.graph, version: s.version + 1 }));
  };
  const facets = derived([state], (s) => buildFacetIndex(s.graph));
  return {
    state,
    facets,
    counts: derived([state], (s) => countGraph(s.graph)),
    options: derived([state, facets], (s, f) => filterOptions(s.graph, f)),
    updateNode: (entity: Entity) => change((g) => updateNode(g, entity)),
    addTie: (tie: TieEntity) => change((g) => addTie(g, tie)),
    removeTie: (tieId: string) => change((g) => removeTie(g, tieId)),
    /** After an add, delete, merge or undo: one node as the service has it now (null: gone). */
    resync: (id: string, around: SerializedGraph | null) => change((g) => resyncNode(g, id, around)),
    /** Takes in an expanded neighbourhood; says what it added. */
    expand(incoming: SerializedGraph): Merged {
      let merged: Merged = { addedNodes: [], addedTies: [] };
      change((g) => {
        merged = mergeInto(g, incoming);
        return merged.addedNodes.length + merged.addedTies.length > 0;
      });
      return merged;
    },
  };
}

export type DataStore = ReturnType<typeof createDataStore>;
