/**
 * Everything the page computes off the main thread, as plain typed functions: heavy size measures
 * and colourings (betweenness, PageRank, Louvain) for big graphs, and the clusters-and-gaps
 * analysis. The worker exposes them through comlink; the client runs them on the main thread
 * where module workers are missing. The graph is sent once per data version and kept here.
 */
import { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { analyse, whatIf, type Analysis, type AtlasEdgeAttributes, type AtlasNodeAttributes, type WhatIfMode, type WhatIfResult } from '../../../graph-service/src/analysis/index.ts';
import { colouring, sizeMeasure, type ColourResult, type ParameterValues } from '../core/appearance';
import type { DataGraph } from '../core/graph';

export interface AnalysisSettings {
  resolution: number;
  seed: number;
  gapParameters: Record<string, number>;
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
  /** The graph a request was made for; a newer one means its answer is no longer wanted. */
  const graphFor = (version: number): DataGraph => {
    if (!graph || graphVersion !== version) throw new Error('compute: the map data changed; the result is no longer needed.');
    return graph;
  };
  return {
    loadGraph(version: number, exported: SerializedGraph): void {
      graph = MultiDirectedGraph.from(exported) as DataGraph;
      graphVersion = version;
    },
    measure(version: number, entry: string, params: ParameterValues): Record<string, number> {
      return sizeMeasure(entry).compute(graphFor(version), params);
    },
    colouring(version: number, entry: string, params: ParameterValues): ColourResult {
      return colouring(entry).colour({ data: graphFor(version), facets: new Map() }, params);
    },
    analyse(version: number, { resolution, seed, gapParameters }: AnalysisSettings): Timed<Analysis> {
      const data = graphFor(version) as unknown as AnalysisGraph;
      return timed(() => analyse(data, { resolution, seed, gapParameters }));
    },
    whatIf(version: number, organisation: string, mode: WhatIfMode, { gapParameters }: AnalysisSettings): Timed<WhatIfResult> {
      const data = graphFor(version) as unknown as AnalysisGraph;
      return timed(() => whatIf(data, organisation, mode, { maxSteps: gapParameters.maxSteps, minActiveOrganisations: gapParameters.minActiveOrganisations }));
    },
  };
}

export type ComputeApi = ReturnType<typeof createComputeApi>;
