/**
 * Owns sigma and the ForceAtlas2 worker. Renders only its container; the display graph is
 * derived from the data graph, which this component never mutates.
 */
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { useEffect, useRef } from 'react';
import Sigma from 'sigma';
import { buildDisplayGraph, type CommunityAssignment, type DisplayGraph, type Positions } from '../core/appearance';
import type { DataGraph } from '../core/graph';
import { ConvergenceTracker, CONVERGENCE_THRESHOLD, initialPositions, layoutSettings, loadPositions, maxLayoutMs, sampleConvergence, SAMPLE_INTERVAL_MS, savePositions } from '../core/layout';
import { NodeRingProgram } from '../rendering/nodeRingProgram';

declare global {
  interface Window {
    /** Handle for end-to-end tests and curious users: the renderer and what it draws. */
    atlas?: { sigma: Sigma; graph: DisplayGraph; data: DataGraph };
  }
}

interface Props {
  data: DataGraph;
  communities: CommunityAssignment;
  selected?: string;
  onSelect(id: string | undefined): void;
  onLayoutState(running: boolean): void;
}

function currentPositions(graph: DisplayGraph): Positions {
  const positions: Positions = {};
  graph.forEachNode((node, { x, y }) => {
    positions[node] = { x, y };
  });
  return positions;
}

export function SigmaMap({ data, communities, selected, onSelect, onLayoutState }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const sigmaRef = useRef<Sigma | null>(null);
  const hovered = useRef<string | undefined>(undefined);
  const selectedRef = useRef<string | undefined>(selected);
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;

  useEffect(() => {
    const { positions } = initialPositions(data, loadPositions());
    const graph = buildDisplayGraph(data, communities, positions);
    const sigma = new Sigma(graph, container.current!, {
      nodeProgramClasses: { ring: NodeRingProgram },
      defaultEdgeType: 'arrow',
      renderEdgeLabels: false,
      labelRenderedSizeThreshold: 9,
      labelDensity: 0.6,
      labelGridCellSize: 90,
      labelFont: 'system-ui, -apple-system, "Segoe UI", sans-serif',
      zIndex: true,
    });
    sigmaRef.current = sigma;

    // Hover and selection dim everything but the node and its neighbours.
    const focus = () => hovered.current ?? selectedRef.current;
    sigma.setSetting('nodeReducer', (node, attrs) => {
      const f = focus();
      if (!f) return attrs;
      if (node === f) return { ...attrs, highlighted: true, zIndex: 2, forceLabel: true };
      if (graph.hasNode(f) && graph.areNeighbors(node, f)) return { ...attrs, zIndex: 1, forceLabel: true };
      return { ...attrs, color: '#e5e7eb', ringColor: '#d1d5db', label: '', zIndex: 0 };
    });
    sigma.setSetting('edgeReducer', (edge, attrs) => {
      const f = focus();
      if (!f) return attrs;
      return graph.hasExtremity(edge, f) ? { ...attrs, color: '#64748b', size: 1.5, zIndex: 1 } : { ...attrs, hidden: true };
    });
    sigma.on('enterNode', ({ node }) => {
      hovered.current = node;
      container.current!.style.cursor = 'pointer';
      sigma.refresh({ skipIndexation: true });
    });
    sigma.on('leaveNode', () => {
      hovered.current = undefined;
      container.current!.style.cursor = '';
      sigma.refresh({ skipIndexation: true });
    });
    sigma.on('clickNode', ({ node }) => onSelectRef.current(node));
    sigma.on('clickStage', () => onSelectRef.current(undefined));

    // ForceAtlas2 in a worker until the mean step is tiny (or a time cap), then positions are kept.
    const layout = new FA2Layout(graph, { settings: layoutSettings(graph.order) });
    const tracker = new ConvergenceTracker(CONVERGENCE_THRESHOLD);
    let last = currentPositions(graph);
    const started = Date.now();
    const stop = () => {
      if (!layout.isRunning()) return;
      layout.stop();
      savePositions(currentPositions(graph));
      onLayoutState(false);
    };
    const sampler = window.setInterval(() => {
      const now = currentPositions(graph);
      // FA2 in the worker runs about one iteration per frame.
      const settled = tracker.push(sampleConvergence(last, now, Math.round(SAMPLE_INTERVAL_MS / 16)));
      last = now;
      if (settled || Date.now() - started > maxLayoutMs(graph.order)) {
        stop();
        window.clearInterval(sampler);
      }
    }, SAMPLE_INTERVAL_MS);
    layout.start();
    onLayoutState(true);

    window.atlas = { sigma, graph, data };
    document.body.dataset.graphReady = 'true';
    return () => {
      window.clearInterval(sampler);
      stop();
      layout.kill();
      sigma.kill();
      sigmaRef.current = null;
      delete document.body.dataset.graphReady;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data, communities]);

  useEffect(() => {
    selectedRef.current = selected;
    const sigma = sigmaRef.current;
    if (!sigma) return;
    sigma.refresh({ skipIndexation: true });
    if (selected && sigma.getGraph().hasNode(selected)) {
      const display = sigma.getNodeDisplayData(selected);
      if (display) sigma.getCamera().animate({ x: display.x, y: display.y }, { duration: 400 });
    }
  }, [selected]);

  return <div className="map" ref={container} data-testid="graph-canvas" aria-label="Network map. Use the table of organisations in the side panel to browse without a mouse." />;
}
