import forceAtlas2 from 'graphology-layout-forceatlas2';
import type Graph from 'graphology';
import { BARNES_HUT_THRESHOLD, layoutSettings } from './settings';

/**
 * Iterations to run synchronously before the first picture: enough to untangle
 * a random scatter, bounded to roughly 50 ms of main-thread work.
 */
export function warmStartIterations(order: number): number {
  if (order < 2) return 0;
  const cost = order > BARNES_HUT_THRESHOLD ? order * Math.log2(order) * 4 : order * order;
  return Math.max(5, Math.min(300, Math.round(8e6 / cost)));
}

/**
 * Runs a first burst of ForceAtlas2 in place on a freshly built display graph, so
 * the map appears near its final shape and nodes don't fly about while the worker
 * finishes (which also keeps them clickable).
 */
export function warmStart(graph: Graph, iterations = warmStartIterations(graph.order)): void {
  if (iterations <= 0) return;
  forceAtlas2.assign(graph, { iterations, settings: layoutSettings(graph.order), getEdgeWeight: null });
}
