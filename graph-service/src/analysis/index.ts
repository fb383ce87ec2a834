/**
 * Alliance Atlas analysis: pure TypeScript over graphology, shared by the graph service (API,
 * report) and the app's web worker. No Node, database or HTTP code here.
 */
import { analysisContext, type AnalysisOptions } from './context.ts';
import { runGaps } from './gaps/registry.ts';
import { networkHealth } from './health.ts';
import { scopeOf, type FacetIndex, type ScopeFilters, type ScopeSummary } from './scope.ts';
import type { AtlasGraph, ClusterResult, GapList, HealthSummary } from './types.ts';

export * from './types.ts';
export { analysisContext, distancesFrom, type AnalysisContext, type AnalysisOptions } from './context.ts';
export { DEFAULT_PROJECTION_WEIGHTS, STRUCTURAL_KINDS, organisationNetwork, resolveWeights, describeTie, type OrganisationNetwork, type ProjectionOptions, type ProjectionWeights } from './projection.ts';
export { readFacts, organisationsOnTheme, type AtlasFacts } from './facts.ts';
export { indexGraph, indexEdges, type IndexedGraph } from './indexed.ts';
export { density, averageDegree } from './density.ts';
export { connectedComponents } from './components.ts';
export { averageClustering, localClustering, transitivity, trianglesPerNode } from './clustering.ts';
export { modularity } from './modularity.ts';
export { betweenness } from './betweenness.ts';
export { cutPointsAndBridges } from './cutPoints.ts';
export { louvainPartition, DEFAULT_SEED } from './louvain.ts';
export { findClusters } from './clusters.ts';
export { featureWords, holdsTogether, nameClusters, sharedFeatures, type SharedFeature } from './clusterWords.ts';
export { ClusterMemories, clusterMemoryKey, matchClusters, memoryOf, refinePartition, type ClusterMemory } from './stability.ts';
export { clusterOfNode, nodeClusterColours, type NodeClusterColours } from './nodeClusters.ts';
export { CLUSTER_PALETTE, UNCLUSTERED_COLOUR, assignColours } from './colours.ts';
export { GAP_DETECTORS, GAP_PARAMETERS, checkGapParameter, gapParameterDefaults, runGaps } from './gaps/registry.ts';
export type { GapDetector } from './gaps/types.ts';
export { rankIntroductions } from './gaps/introductions.ts';
export { networkHealth } from './health.ts';
export { freshnessFigure, type FreshnessFigure } from './freshness.ts';
export { STALE_MONTHS_PARAMETER } from './gaps/stale.ts';
export { whatIf, UnknownOrganisationError, type WhatIfMode, type WhatIfOptions, type WhatIfResult } from './whatIf.ts';
export { mulberry32 } from './rng.ts';
export {
  NO_SCOPE_FILTERS, buildFacetIndex, describeScope, isScoped, scopeAsOf, scopeFromQuery, scopeOf, scopeQueryString, scopeVisibility, scopedGraph,
  type FacetIndex, type NodeFacets, type Scope, type ScopeFilters, type ScopeGraph, type ScopeQuery, type ScopeSummary, type Visibility,
} from './scope.ts';
export { dateWords, listWords } from './scopeWords.ts';

export interface Analysis {
  clusters: ClusterResult;
  gaps: GapList[];
  health: HealthSummary;
}

/** Clusters, every gap list and the health figures in one pass. */
export function analyse(data: AtlasGraph, options: AnalysisOptions & { gapParameters?: Record<string, number> } = {}): Analysis {
  const context = analysisContext(data, options);
  return { clusters: context.clusters(), gaps: runGaps(context, options.gapParameters), health: networkHealth(context) };
}

export interface ScopedAnalysis extends Analysis {
  scope: ScopeSummary;
}

/**
 * The analysis of what the filters leave (scope.ts): the map's data, the filters, and the analysis
 * options; the filter's date, when there is one, is the analysis's "as of".
 */
export function analyseScope(data: AtlasGraph, filters: ScopeFilters, options: AnalysisOptions & { gapParameters?: Record<string, number>; facets?: FacetIndex } = {}): ScopedAnalysis {
  const { facets, ...rest } = options;
  const scope = scopeOf(data, filters, { facets, asOf: rest.asOf });
  return { ...analyse(scope.graph as AtlasGraph, { ...rest, asOf: scope.asOf ?? rest.asOf }), scope: scope.summary };
}
