/**
 * Everything the page computes off the main thread, as plain typed functions: heavy size measures
 * and colourings (betweenness, PageRank, Louvain) for big graphs, and the clusters-and-gaps
 * analysis of what the filters leave on the map (the analysis's scope rule, as the map hides). The worker exposes them through comlink; the client runs them on the main thread
 * where module workers are missing. The graph is sent once per data version and kept here.
 */
import { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import {
  NO_SCOPE_FILTERS,
  analyseScope,
  buildFacetIndex,
  scopeOf,
  whatIf,
  type AtlasEdgeAttributes,
  type ClusterMemory,
  type AtlasNodeAttributes,
  type FacetIndex,
  type ScopedAnalysis,
  type ScopeFilters,
  type ScopeSummary,
  type WhatIfMode,
  type WhatIfResult,
} from '../../../graph-service/src/analysis/index.ts';
import { colouring, sizeMeasure, type ColourResult, type ParameterValues } from '../core/appearance';
import type { DataGraph } from '../core/graph';

export interface AnalysisSettings {
  resolution: number;
  seed: number;
  gapParameters: Record<string, number>;
  /** The map's last clusters, to start from (analysis/stability.ts). */
  memory?: ClusterMemory;
}

export interface Timed<T> {
  result: T;
  millis: number;
}

type AnalysisGraph = MultiDirectedGraph<AtlasNodeAttributes, AtlasEdgeAttributes>;

function timed<T>(work: () => T): Timed<T> {
  const started = performance.now();
  const result = work();
  return { result, millis: performance.now() - started };
}

export function createComputeApi() {
  let graph: DataGraph | null = null;
  let graphVersion = -1;
  /** The facet index of the graph held, built on the first scoped request (the filters read it). */
  let facets: FacetIndex | null = null;
  const facetsOf = (data: DataGraph): FacetIndex => {
    facets ??= buildFacetIndex(data);
    return facets;
  };
  /** The graph a request was made for; a newer one means its answer is no longer wanted. */
  const graphFor = (version: number): DataGraph => {
    if (!graph || graphVersion !== version) throw new Error('compute: the map data changed; the result is no longer needed.');
    return graph;
  };
  return {
    loadGraph(version: number, exported: SerializedGraph): void {
      graph = MultiDirectedGraph.from(exported) as DataGraph;
      graphVersion = version;
      facets = null;
    },
    measure(version: number, entry: string, params: ParameterValues): Record<string, number> {
      return sizeMeasure(entry).compute(graphFor(version), params);
    },
    colouring(version: number, entry: string, params: ParameterValues): ColourResult {
      return colouring(entry).colour({ data: graphFor(version), facets: new Map() }, params);
    },
    /** Clusters, gaps and health of what the filters leave on the map, and what that is in words. */
    analyse(version: number, { resolution, seed, gapParameters, memory }: AnalysisSettings, filters: ScopeFilters = NO_SCOPE_FILTERS): Timed<ScopedAnalysis> {
      const data = graphFor(version);
      return timed(() => analyseScope(data as unknown as AnalysisGraph, filters, { resolution, seed, gapParameters, memory, facets: facetsOf(data) }));
    },
    whatIf(version: number, organisation: string, mode: WhatIfMode, { gapParameters }: AnalysisSettings, filters: ScopeFilters = NO_SCOPE_FILTERS): Timed<WhatIfResult & { scope: ScopeSummary }> {
      const data = graphFor(version);
      return timed(() => {
        const scope = scopeOf(data, filters, { facets: facetsOf(data) });
        const options = { maxSteps: gapParameters.maxSteps, minActiveOrganisations: gapParameters.minActiveOrganisations, asOf: scope.asOf };
        return { ...whatIf(scope.graph as unknown as AnalysisGraph, organisation, mode, options), scope: scope.summary };
      });
    },
  };
}

export type ComputeApi = ReturnType<typeof createComputeApi>;
