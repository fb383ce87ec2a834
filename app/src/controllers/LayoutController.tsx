import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { useEffect, useRef } from 'react';
import {
  CONVERGENCE_THRESHOLD,
  ConvergenceTracker,
  SAMPLE_INTERVAL_MS,
  clearPositions,
  initialPositions,
  layoutSettings,
  maxLayoutMs,
  sampleConvergence,
  savePositions,
  snapshotPositions,
} from '../core/layout';
import { useAtlasSigma } from '../rendering/sigma';
import { useAtlas, useStore } from '../stores';

/**
 * Runs ForceAtlas2 in a web worker on the display graph, stops it once nodes
 * barely move (or after a time cap) and saves positions for the next load.
 * Hovering a node pauses it so the node doesn't slide away from the pointer.
 */
export function LayoutController() {
  const sigma = useAtlasSigma();
  const graph = sigma.getGraph();
  const { layout: layoutStore, selection, storageKey } = useAtlas();
  const run = useStore(layoutStore.run);
  const paused = useStore(selection.hovered) !== null;
  const layoutRef = useRef<FA2Layout | null>(null);
  const elapsedRef = useRef({ runId: -1, ms: 0, tracker: new ConvergenceTracker(CONVERGENCE_THRESHOLD) });
  const report = layoutStore.report;

  useEffect(() => {
    const layout = new FA2Layout(graph, { settings: layoutSettings(graph.order), getEdgeWeight: null });
    layoutRef.current = layout;
    const save = () => savePositions(storageKey, snapshotPositions(graph));
    window.addEventListener('pagehide', save);
    return () => {
      window.removeEventListener('pagehide', save);
      layout.kill();
      layoutRef.current = null;
    };
  }, [graph, storageKey]);

  useEffect(() => {
    const layout = layoutRef.current;
    if (!layout || !run.running) return;

    const budget = elapsedRef.current;
    if (budget.runId !== run.runId) {
      elapsedRef.current = { runId: run.runId, ms: 0, tracker: new ConvergenceTracker(CONVERGENCE_THRESHOLD) };
      if (run.reset) {
        clearPositions(storageKey);
        const { positions } = initialPositions(graph, {});
        graph.updateEachNodeAttributes((node, attrs) => ({ ...attrs, ...positions[node] }), { attributes: ['x', 'y'] });
      }
    }
    if (paused) {
      report('paused');
      return;
    }

    const state = elapsedRef.current;
    const cap = maxLayoutMs(graph.order);
    // Each worker result lands as one updateEachNodeAttributes call: one event per iteration.
    let iterations = 0;
    const countIteration = () => {
      iterations += 1;
    };
    graph.on('eachNodeAttributesUpdated', countIteration);
    let previous = snapshotPositions(graph);
    let lastTick = performance.now();
    let done = false;

    layout.start();
    report('running');

    const timer = window.setInterval(() => {
      const now = performance.now();
      state.ms += now - lastTick;
      lastTick = now;
      const current = snapshotPositions(graph);
      const settled = state.tracker.push(sampleConvergence(previous, current, iterations));
      iterations = 0;
      previous = current;
      if (settled || state.ms > cap) {
        done = true;
        report(settled ? 'settled' : 'timeout');
      }
    }, SAMPLE_INTERVAL_MS);

    return () => {
      window.clearInterval(timer);
      graph.off('eachNodeAttributesUpdated', countIteration);
      layout.stop();
      state.ms += performance.now() - lastTick;
      savePositions(storageKey, snapshotPositions(graph));
      if (!done && !paused) report('stopped');
    };
  }, [graph, run, paused, storageKey, report]);

  return null;
}
