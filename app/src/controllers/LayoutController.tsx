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
import { useSigma } from '../components/sigmaContext';

export type LayoutStatus = 'running' | 'paused' | 'settled' | 'timeout' | 'stopped' | 'restored';

export interface LayoutRun {
  /** Whether the user/app wants the layout running. */
  running: boolean;
  /** A new id starts a fresh run (fresh time budget and convergence count). */
  runId: number;
  /** Set with a new runId to scatter nodes and forget saved positions first. */
  reset: boolean;
}

interface Props {
  run: LayoutRun;
  /** Where this view's positions are saved (see positionsKey). */
  storageKey: string;
  /** Hovering a node pauses the layout so it doesn't slide away from the pointer. */
  paused: boolean;
  onStatus: (status: LayoutStatus) => void;
}

/**
 * Runs ForceAtlas2 in a web worker on the display graph, stops it once nodes
 * barely move (or after a time cap) and saves positions for the next load.
 */
export function LayoutController({ run, storageKey, paused, onStatus }: Props) {
  const sigma = useSigma();
  const graph = sigma.getGraph();
  const layoutRef = useRef<FA2Layout | null>(null);
  const elapsedRef = useRef({ runId: -1, ms: 0, tracker: new ConvergenceTracker(CONVERGENCE_THRESHOLD) });
  const onStatusRef = useRef(onStatus);
  onStatusRef.current = onStatus;

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
      onStatusRef.current('paused');
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
    onStatusRef.current('running');

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
        onStatusRef.current(settled ? 'settled' : 'timeout');
      }
    }, SAMPLE_INTERVAL_MS);

    return () => {
      window.clearInterval(timer);
      graph.off('eachNodeAttributesUpdated', countIteration);
      layout.stop();
      state.ms += performance.now() - lastTick;
      savePositions(storageKey, snapshotPositions(graph));
      if (!done && !paused) onStatusRef.current('stopped');
    };
  }, [graph, run, paused, storageKey]);

  return null;
}
