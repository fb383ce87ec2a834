/** Which nodes and ties pass the filters: sigma hides the rest through its reducers, never by rebuilding. */
import { NO_FILTERS, computeVisibility, isFiltering, type FilterState } from '../core/filters';
import type { DataStore } from './data';
import { derived, store } from './store';

export function createFiltersStore(data: DataStore, initial: FilterState) {
  const filters = store(initial);
  const filtering = derived([filters], isFiltering);
  /** Null when nothing is filtered: everything shows. */
  const visibility = derived([data.state, data.facets, filters], (d, facets, f) => (isFiltering(f) ? computeVisibility(d.graph, facets, f) : null));
  const visibleCounts = derived([visibility, data.counts], (v, counts) => (v ? { nodes: v.nodes.size, ties: v.edges.size } : { nodes: counts.nodes, ties: counts.ties }));
  return { filters, filtering, visibility, visibleCounts, set: filters.set, clear: () => filters.set(NO_FILTERS) };
}

export type FiltersStore = ReturnType<typeof createFiltersStore>;
