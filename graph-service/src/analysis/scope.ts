/**
 * What the analysis runs on: the part of a map the filters leave, exactly as the app's map shows it.
 * The filters are the app's filter panel (node kinds, tie kinds, themes, areas, alliances, tiers,
 * date); the rule below is the one rule both the app (what it draws) and the analysis (what it
 * counts) use, so "Showing 40 of 220 nodes" and "14 organisations in Hounslow" are about the same
 * nodes. `describeScope` says in words what was analysed.
 */
import type { NodeLabel, TieType } from '../model/model.ts';
import { asOfDay, counts, factStatusOn, nodeStatus, undatedFromQuery, type FactStatus } from '../model/time.ts';
import { endedOn, toTime } from './dates.ts';
import { buildFacetIndex, type FacetIndex, type NodeFacets, type ScopeGraph } from './scopeFacets.ts';
import { scopeWords } from './scopeWords.ts';

export { buildFacetIndex, type FacetIndex, type NodeFacets, type ScopeGraph, type ScopeNodeAttributes, type ScopeTieAttributes } from './scopeFacets.ts';

/**
 * What the user chose to see. Empty lists mean "no restriction"; a null kind list means "all".
 */
export interface ScopeFilters {
  nodeTypes: NodeLabel[] | null;
  tieTypes: TieType[] | null;
  /** Theme ids: keep what works on any of them. */
  themes: string[];
  /** Area ids: keep what is based in any of them (or in their sub-areas). */
  areas: string[];
  /** Alliance ids: keep their members (and staff). */
  alliances: string[];
  /** Membership tiers (core, delivery partner, associate). */
  tiers: string[];
  /**
   * The network on this date (YYYY, YYYY-MM or YYYY-MM-DD, read as its first day): the ties and
   * nodes that held then, by the time rule (model/time.ts). Null: the whole record.
   */
  asOf: string | null;
  /** On a date, count undated ties (and nodes) as holding; they are left out otherwise. */
  undated: boolean;
}

export const NO_SCOPE_FILTERS: ScopeFilters = { nodeTypes: null, tieTypes: null, themes: [], areas: [], alliances: [], tiers: [], asOf: null, undated: false };

export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
  /**
   * On a date, what the other filters keep but time leaves out because it cannot be placed in time
   * (no `since`): drawn apart as undated and counted in the summary, never counted as holding.
   */
  undated: { nodes: Set<string>; edges: Set<string> };
}

export function isScoped(filters: ScopeFilters): boolean {
  return filters.nodeTypes !== null || filters.tieTypes !== null || filters.themes.length > 0 || filters.areas.length > 0 || filters.alliances.length > 0 || filters.tiers.length > 0 || filters.asOf !== null;
}

function overlaps(set: Set<string>, wanted: string[]): boolean {
  return wanted.some((w) => set.has(w));
}

function passesMembership(facets: NodeFacets, filters: ScopeFilters): boolean {
  if (filters.alliances.length === 0 && filters.tiers.length === 0) return true;
  for (const [alliance, tier] of facets.alliances) {
    const allianceOk = filters.alliances.length === 0 || filters.alliances.includes(alliance);
    // The alliance itself stays visible whatever the tier, so its members have their hub.
    const tierOk = filters.tiers.length === 0 || tier === 'alliance' || filters.tiers.includes(tier);
    if (allianceOk && tierOk) return true;
  }
  return false;
}

/** How every tie and node stands on the filters' date (all holding without one). O(nodes + ties). */
export function timeStatuses(data: ScopeGraph, filters: Pick<ScopeFilters, 'asOf' | 'undated'>): { nodes: Map<string, FactStatus>; edges: Map<string, FactStatus> } | null {
  if (asOfDay(filters.asOf) === undefined) return null;
  const status = factStatusOn(filters.asOf);
  const edges = new Map<string, FactStatus>();
  data.forEachEdge((edge, attrs) => edges.set(edge, status(attrs.since, attrs.until)));
  const nodes = new Map<string, FactStatus>();
  data.forEachNode((node, attrs) => {
    const ties: FactStatus[] = [];
    data.forEachEdge(node, (edge) => void ties.push(edges.get(edge) ?? 'holds'));
    nodes.set(node, nodeStatus(status(attrs.since ?? null, attrs.until), ties, filters.undated));
  });
  return { nodes, edges };
}

/** The nodes and ties that pass the filters, and on a date those set aside as undated. O(nodes + ties). */
export function scopeVisibility(data: ScopeGraph, facets: FacetIndex, filters: ScopeFilters): Visibility {
  const time = timeStatuses(data, filters);
  const nodes = new Set<string>();
  const undated = { nodes: new Set<string>(), edges: new Set<string>() };
  const types = filters.nodeTypes ? new Set<string>(filters.nodeTypes) : null;
  const kept = new Set<string>();
  data.forEachNode((node, attrs) => {
    if (types && !types.has(attrs.nodeType)) return;
    const f = facets.get(node);
    if (!f) return;
    if (filters.themes.length > 0 && !overlaps(f.themes, filters.themes)) return;
    if (filters.areas.length > 0 && !overlaps(f.areas, filters.areas)) return;
    if (!passesMembership(f, filters)) return;
    kept.add(node);
    const status = time?.nodes.get(node) ?? 'holds';
    if (counts(status, filters.undated)) nodes.add(node);
    else if (status === 'undated') undated.nodes.add(node);
  });
  const edges = new Set<string>();
  const tieTypes = filters.tieTypes ? new Set<string>(filters.tieTypes) : null;
  data.forEachEdge((edge, attrs, source, target) => {
    if (!kept.has(source) || !kept.has(target)) return;
    if (tieTypes && !tieTypes.has(attrs.tieType)) return;
    const status = time?.edges.get(edge) ?? 'holds';
    if (counts(status, filters.undated) && nodes.has(source) && nodes.has(target)) edges.add(edge);
    else if (status === 'undated') undated.edges.add(edge);
  });
  return { nodes, edges, undated };
}

/** The visible part as a graph of its own (same kind, same keys); the data itself when nothing is filtered. */
export function scopedGraph<G extends ScopeGraph>(data: G, visibility: Visibility | null): G {
  if (!visibility) return data;
  const graph = data.nullCopy() as G;
  data.forEachNode((node, attrs) => {
    if (visibility.nodes.has(node)) graph.addNode(node, { ...attrs });
  });
  data.forEachEdge((edge, attrs, source, target, _s, _t, undirected) => {
    if (!visibility.edges.has(edge)) return;
    if (undirected) graph.addUndirectedEdgeWithKey(edge, source, target, { ...attrs });
    else graph.addDirectedEdgeWithKey(edge, source, target, { ...attrs });
  });
  return graph;
}

/**
 * The "as of" the scope implies: the filter's day, so ended ties and closed organisations are
 * judged on the day the map shows (an organisation shown as open is counted as open).
 */
export function scopeAsOf(filters: ScopeFilters): string | undefined {
  return asOfDay(filters.asOf);
}

/** What was analysed, in words and figures; the service's answers and the app's panel carry it. */
export interface ScopeSummary {
  /** E.g. "14 organisations in Hounslow, ties valid on 31 Mar 2022", or "all 85 organisations". */
  description: string;
  /** Organisations the analysis counts: those shown that were open on the day analysed. */
  organisations: number;
  /** Nodes and ties shown with these filters: the header's "Showing 40 of 220 nodes". */
  nodes: number;
  ties: number;
  /** The whole map's nodes and ties. */
  totalNodes: number;
  totalTies: number;
  /** Organisations shown but closed by the day analysed, so left out of the figures. */
  closed: number;
  /** On a date: ties and nodes the other filters keep that are left out because they are undated. */
  undatedTies: number;
  undatedNodes: number;
  filtered: boolean;
}

export interface Scope {
  /** The analysed subgraph. */
  graph: ScopeGraph;
  visibility: Visibility | null;
  summary: ScopeSummary;
  /** The date the analysis judges by (the filter's day), when the filters name one; it wins over any other "as of". */
  asOf?: string;
}

/** With undated ties counted, how many of the counted ties are undated (the sentence still says so). */
function countUndated(data: ScopeGraph, filters: ScopeFilters, edges: Set<string>): number {
  const status = factStatusOn(filters.asOf);
  let n = 0;
  for (const edge of edges) if (status(data.getEdgeAttribute(edge, 'since'), data.getEdgeAttribute(edge, 'until')) === 'undated') n++;
  return n;
}

/** Says what a scope holds. The filter's day, when there is one, is the analysis's date; else `asOf` (default now). */
export function describeScope(data: ScopeGraph, filters: ScopeFilters, visibility: Visibility | null, asOf?: Date | string | number): ScopeSummary {
  const ended = endedOn(toTime(scopeAsOf(filters) ?? asOf));
  let organisations = 0;
  let closed = 0;
  const count = (node: string) => {
    const attrs = data.getNodeAttributes(node);
    if (attrs.nodeType !== 'Organisation') return;
    if (ended(attrs.until)) closed++;
    else organisations++;
  };
  if (visibility) for (const node of visibility.nodes) count(node);
  else data.forEachNode(count);
  const filtered = visibility !== null;
  return {
    description: scopeWords(data, filters, { organisations, closed, filtered, undatedTies: visibility ? (filters.undated ? countUndated(data, filters, visibility.edges) : visibility.undated.edges.size) : 0 }),
    organisations,
    nodes: visibility ? visibility.nodes.size : data.order,
    ties: visibility ? visibility.edges.size : data.size,
    totalNodes: data.order,
    totalTies: data.size,
    closed,
    undatedTies: visibility ? visibility.undated.edges.size : 0,
    undatedNodes: visibility ? visibility.undated.nodes.size : 0,
    filtered,
  };
}

/** Filters → the analysed subgraph and what it is, in one call (the facet index may be passed in when known). */
export function scopeOf(data: ScopeGraph, filters: ScopeFilters, options: { facets?: FacetIndex; asOf?: Date | string | number } = {}): Scope {
  const visibility = isScoped(filters) ? scopeVisibility(data, options.facets ?? buildFacetIndex(data), filters) : null;
  const asOf = scopeAsOf(filters);
  return { graph: scopedGraph(data, visibility), visibility, summary: describeScope(data, filters, visibility, options.asOf), ...(asOf ? { asOf } : {}) };
}

/** The filters as the query parameters the analysis routes take, named as in the app's address. */
export interface ScopeQuery {
  types?: string[];
  tieTypes?: string[];
  themes?: string[];
  areas?: string[];
  alliances?: string[];
  tiers?: string[];
  asOf?: string;
  /** "include": count undated ties as holding on the date. */
  undated?: string;
}

export function scopeFromQuery(query: ScopeQuery): ScopeFilters {
  return {
    nodeTypes: query.types ? ([...query.types] as NodeLabel[]) : null,
    tieTypes: query.tieTypes ? ([...query.tieTypes] as TieType[]) : null,
    themes: [...(query.themes ?? [])],
    areas: [...(query.areas ?? [])],
    alliances: [...(query.alliances ?? [])],
    tiers: [...(query.tiers ?? [])],
    asOf: query.asOf ?? null,
    undated: undatedFromQuery(query.undated),
  };
}

/** "types=Organisation&areas=area-hounslow&asOf=2022-03-31" (lists comma-separated); "" without filters. */
export function scopeQueryString(filters: ScopeFilters): string {
  const q = new URLSearchParams();
  if (filters.nodeTypes) q.set('types', filters.nodeTypes.join(','));
  if (filters.tieTypes) q.set('tieTypes', filters.tieTypes.join(','));
  for (const key of ['themes', 'areas', 'alliances', 'tiers'] as const) if (filters[key].length) q.set(key, filters[key].join(','));
  if (filters.asOf) q.set('asOf', filters.asOf);
  if (filters.asOf && filters.undated) q.set('undated', 'include');
  return q.toString().replace(/%2C/g, ',');
}
