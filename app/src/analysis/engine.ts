/**
 * Runs the shared analysis on a serialised data graph. The worker calls it; so does the panel
 * when the browser has no module workers (the same answers, on the main thread).
 */
import { MultiDirectedGraph } from 'graphology';
import { analyse, whatIf, type AtlasEdgeAttributes, type AtlasNodeAttributes } from '../../../graph-service/src/analysis/index.ts';
import type { WorkerRequest, WorkerResponse } from './protocol';

type Graph = MultiDirectedGraph<AtlasNodeAttributes, AtlasEdgeAttributes>;

export function createEngine(): (request: WorkerRequest) => WorkerResponse {
  let graph: Graph | null = null;
  return (request) => {
    const started = performance.now();
    try {
      if (request.kind === 'load') {
        graph = MultiDirectedGraph.from(request.graph as never) as unknown as Graph;
        return { id: request.id, ok: true, kind: 'load' };
      }
      if (!graph) throw new Error('No graph loaded yet.');
      const { resolution, seed, gapParameters } = request.settings;
      if (request.kind === 'analyse') {
        const analysis = analyse(graph, { resolution, seed, gapParameters });
        return { id: request.id, ok: true, kind: 'analyse', analysis, millis: performance.now() - started };
      }
      const result = whatIf(graph, request.organisation, request.mode, {
        maxSteps: gapParameters.maxSteps,
        minActiveOrganisations: gapParameters.minActiveOrganisations,
      });
      return { id: request.id, ok: true, kind: 'what-if', whatIf: result, millis: performance.now() - started };
    } catch (error) {
      return { id: request.id, ok: false, error: (error as Error).message };
    }
  };
}
