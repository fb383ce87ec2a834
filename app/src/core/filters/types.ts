import type { NodeType, TieType } from '../graph/types';

/**
 * What the user chose to see. Empty lists mean "no restriction"; a null type list means "all".
 * Filters only decide visibility: the data graph is never changed.
 */
export interface FilterState {
  nodeTypes: NodeType[] | null;
  tieTypes: TieType[] | null;
  /** Theme ids: keep what works on any of them. */
  themes: string[];
  /** Area ids: keep what is based in any of them (or in their sub-areas). */
  areas: string[];
  /** Alliance ids: keep their members (and staff). */
  alliances: string[];
  /** Membership tiers (core, delivery partner, associate). */
  tiers: string[];
  /** YYYY-MM-DD (or YYYY, YYYY-MM): keep ties (and nodes) valid on that date. */
  date: string | null;
}

export const NO_FILTERS: FilterState = { nodeTypes: null, tieTypes: null, themes: [], areas: [], alliances: [], tiers: [], date: null };

export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
}

/** What the filter panel can offer, read from the data. */
export interface FilterOptions {
  themes: { id: string; name: string; count: number }[];
  areas: { id: string; name: string; count: number }[];
  alliances: { id: string; name: string; count: number }[];
  tiers: { id: string; count: number }[];
}
