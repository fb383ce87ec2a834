/**
 * Growth figures of the network on one date: the scope's organisation network (scope.ts with
 * `asOf`), measured by the analysis's own functions (components, clustering, Louvain, distances to
 * the core group), so a compare or a trend counts exactly what the health figures count.
 */
import { analysisContext, distancesFrom, type AnalysisContext, type AnalysisOptions } from '../context.ts';
import { averageClustering } from '../clustering.ts';
import { connectedComponents } from '../components.ts';
import { averageDegree } from '../density.ts';
import { asOfDay, factStatusOn } from '../../model/time.ts';
import { buildFacetIndex, scopeOf, type FacetIndex, type Scope, type ScopeFilters, type ScopeGraph } from '../scope.ts';
import type { AtlasGraph } from '../types.ts';

/** How far from a core-group member an organisation may be and still count as near the core. */
export const NEAR_CORE_STEPS = 2;

export interface GrowthFigures {
  /** The day measured (YYYY-MM-DD). */
  date: string;
  organisations: number;
  /** Working ties between organisations (pairs in the organisation network). */
  workingTies: number;
  /** Organisations with no working tie. */
  isolated: number;
  components: number;
  averageDegree: number;
  /** Average local clustering of the working ties (networkx average_clustering). */
  clustering: number;
  /** Working ties whose two organisations are in different clusters (Louvain). */
  bridgingTies: number;
  /** Share (0..1) of organisations within two working ties of a core-group member (themselves included). */
  nearCore: number;
  nearCoreCount: number;
  coreMembers: number;
  /** Ties the other filters keep that have no known start: left out of the count, or counted with `undated`. */
  undatedTies: number;
}

export interface GrowthOptions extends AnalysisOptions {
  /** The data's facet index, when the caller has it (a trend measures many dates of one graph). */
  facets?: FacetIndex;
}

/** The network on one date, scoped and measured: what the compare and the trend build on. */
export interface Snapshot {
  scope: Scope;
  context: AnalysisContext;
  figures: GrowthFigures;
}

/** Working ties that join organisations of two different clusters (the analysis's one clustering, alone counting as its own). */
function bridgingTies(context: AnalysisContext): number {
  const { structural } = context.network;
  const { byNode } = context.clusters();
  const clusterOf = (v: number) => byNode[structural.ids[v]] ?? structural.ids[v];
  let bridging = 0;
  for (let v = 0; v < structural.ids.length; v++) {
    for (let k = structural.offsets[v]; k < structural.offsets[v + 1]; k++) {
      const w = structural.adjacency[k];
      if (v < w && clusterOf(v) !== clusterOf(w)) bridging++;
    }
  }
  return bridging;
}

function measure(context: AnalysisContext, date: string, undatedTies: number): GrowthFigures {
  const g = context.network.structural;
  let isolated = 0;
  for (let i = 0; i < g.ids.length; i++) if (g.offsets[i + 1] === g.offsets[i]) isolated++;
  const core = [...context.network.facts.core].map((id) => g.index.get(id)).filter((i): i is number => i !== undefined);
  const near = distancesFrom(g, core, NEAR_CORE_STEPS);
  let nearCoreCount = 0;
  for (const d of near) if (d >= 0) nearCoreCount++;
  const organisations = g.ids.length;
  return {
    date,
    organisations,
    workingTies: g.edges,
    isolated,
    components: connectedComponents(g).members.length,
    averageDegree: averageDegree(g),
    clustering: averageClustering(g),
    bridgingTies: bridgingTies(context),
    nearCore: organisations === 0 ? 0 : nearCoreCount / organisations,
    nearCoreCount,
    coreMembers: core.length,
    undatedTies,
  };
}

/** Undated ties the filters keep: those left out, or, when they are counted, those counted. */
function undatedTies(data: ScopeGraph, filters: ScopeFilters, scope: Scope, date: string): number {
  if (!filters.undated || !scope.visibility) return scope.summary.undatedTies;
  const status = factStatusOn(date);
  let n = 0;
  for (const edge of scope.visibility.edges) if (status(data.getEdgeAttribute(edge, 'since'), data.getEdgeAttribute(edge, 'until')) === 'undated') n++;
  return n;
}

/** The network on `date` (YYYY, YYYY-MM or YYYY-MM-DD, read as its first day) under the other filters. */
export function snapshotOn(data: ScopeGraph, filters: ScopeFilters, date: string, options: GrowthOptions = {}): Snapshot {
  const day = asOfDay(date);
  if (day === undefined) throw new Error(`"${date}" is not a date: write it as YYYY, YYYY-MM or YYYY-MM-DD.`);
  const { facets, ...analysis } = options;
  const scope = scopeOf(data, { ...filters, asOf: date }, { facets: facets ?? buildFacetIndex(data) });
  const context = analysisContext(scope.graph as AtlasGraph, { ...analysis, asOf: day });
  return { scope, context, figures: measure(context, day, undatedTies(data, filters, scope, date)) };
}

/** The growth figures of the network on one date: the filters' `asOf`. */
export function figuresOn(data: ScopeGraph, filters: ScopeFilters, options: GrowthOptions = {}): GrowthFigures {
  if (filters.asOf === null) throw new Error('figuresOn needs a date: set filters.asOf.');
  return snapshotOn(data, filters, filters.asOf, options).figures;
}
