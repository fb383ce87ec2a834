import { NO_SCOPE_FILTERS, type ScopeFilters, type Visibility } from '../../../../graph-service/src/analysis/scope';

/**
 * What the user chose to see: the analysis's scope filters (one definition for the map and the
 * analysis). Filters only decide visibility: the data graph is never changed.
 */
export type FilterState = ScopeFilters;

export const NO_FILTERS: FilterState = NO_SCOPE_FILTERS;

export type { Visibility };

/** What the filter panel can offer, read from the data. */
export interface FilterOptions {
  themes: { id: string; name: string; count: number }[];
  areas: { id: string; name: string; count: number }[];
  alliances: { id: string; name: string; count: number }[];
  tiers: { id: string; count: number }[];
}
