/// <reference lib="webworker" />
/**
 * Heavy registry entries (betweenness, PageRank, Louvain) for big graphs, off the main thread so the
 * map stays responsive. The graph is sent once per data version and kept here.
 */
import { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph as GraphologyExport } from 'graphology-types';
import { colouring, sizeMeasure, type ParameterValues } from '../core/appearance';
import type { DataGraph } from '../core/graph';

export type ComputeRequest =
  | { type: 'graph'; version: number; graph: GraphologyExport }
  | { type: 'measure' | 'colouring'; requestId: number; version: number; entry: string; params: ParameterValues };

export type ComputeResponse = { requestId: number; result: unknown } | { requestId: number; error: string };

let graph: DataGraph | null = null;
let graphVersion = -1;

self.onmessage = (event: MessageEvent<ComputeRequest>) => {
  const message = event.data;
  if (message.type === 'graph') {
    graph = MultiDirectedGraph.from(message.graph) as DataGraph;
    graphVersion = message.version;
    return;
  }
  try {
    if (!graph || graphVersion !== message.version) throw new Error('The map data changed; the result is no longer needed.');
    const result = message.type === 'measure' ? sizeMeasure(message.entry).compute(graph, message.params) : colouring(message.entry).colour({ data: graph, facets: new Map() }, message.params);
    (self as unknown as Worker).postMessage({ requestId: message.requestId, result } satisfies ComputeResponse);
  } catch (error) {
    (self as unknown as Worker).postMessage({ requestId: message.requestId, error: (error as Error).message } satisfies ComputeResponse);
  }
};
