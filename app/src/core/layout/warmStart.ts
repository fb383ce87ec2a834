import forceAtlas2 from 'graphology-layout-forceatlas2';
import type Graph from 'graphology';
import { BARNES_HUT_THRESHOLD, layoutSettings } from './settings';

/** Main-thread time the head start may take before the first picture; the worker does the rest. */
export const WARM_START_BUDGET_MS = 120;

/** Upper bound on iterations: enough to untangle a random scatter of a small graph. */
export function warmStartIterations(order: number): number {
  if (order < 2) return 0;
  const cost = order > BARNES_HUT_THRESHOLD ? order * Math.log2(order) * 4 : order * order;
  return Math.max(5, Math.min(300, Math.round(8e6 / cost)));
}

/**
 * Runs a first burst of ForceAtlas2 in place on a freshly built display graph, so the map appears
 * near its final shape and nodes don't fly about while the worker finishes. Bounded by time as well
 * as iterations: on a busy machine or a big graph, an iteration count alone overran by seconds.
 */
export function warmStart(graph: Graph, iterations = warmStartIterations(graph.order), budgetMs = WARM_START_BUDGET_MS, now: () => number = () => performance.now()): number {
  if (iterations <= 0) return 0;
  const settings = layoutSettings(graph.order);
  const started = now();
  // Small steps so the time check comes often; each step re-reads the graph, cheap next to an iteration.
  const step = Math.max(1, Math.min(Math.ceil(iterations / 10), Math.round(2e5 / Math.max(1, graph.order))));
  let done = 0;
  while (done < iterations && now() - started < budgetMs) {
    const n = Math.min(step, iterations - done);
    forceAtlas2.assign(graph, { iterations: n, settings, getEdgeWeight: null });
    done += n;
  }
  return done;
}
