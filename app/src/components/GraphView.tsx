import { useEffect, useRef, useState, type ReactNode } from 'react';
import EdgeCurveProgram from '@sigma/edge-curve';
import Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import { EdgeRectangleProgram, type EdgeProgramType } from 'sigma/rendering';
import type { DisplayEdgeAttributes, DisplayGraph, DisplayNodeAttributes } from '../core/appearance';
import { NODE_PROGRAM } from '../core/appearance';
import { NodeRingProgram } from '../rendering/nodeRingProgram';
import { SigmaContext, type AtlasSigma } from './sigmaContext';

interface Props {
  graph: DisplayGraph;
  /** Installed at creation so the first picture already applies them (no extra full refresh). */
  nodeReducer?: Settings<DisplayNodeAttributes, DisplayEdgeAttributes>['nodeReducer'];
  edgeReducer?: Settings<DisplayNodeAttributes, DisplayEdgeAttributes>['edgeReducer'];
  /** Controllers: they use the sigma instance and render nothing. */
  children?: ReactNode;
}

/** Owns the sigma instance for one display graph. */
export function GraphView({ graph, nodeReducer = null, edgeReducer = null, children }: Props) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [sigma, setSigma] = useState<AtlasSigma | null>(null);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const large = graph.order > 1000;
    const instance: AtlasSigma = new Sigma<DisplayNodeAttributes, DisplayEdgeAttributes>(graph, container, {
      defaultNodeType: NODE_PROGRAM,
      nodeReducer,
      edgeReducer,
      nodeProgramClasses: { [NODE_PROGRAM]: NodeRingProgram },
      // Parallel ties are fanned out as curves (see rendering/parallelTies.ts).
      defaultEdgeType: 'straight',
      edgeProgramClasses: { straight: EdgeRectangleProgram, curved: EdgeCurveProgram as unknown as EdgeProgramType<DisplayNodeAttributes, DisplayEdgeAttributes> },
      zIndex: true,
      // Labels only for nodes drawn at least this big: hubs first, the rest as you zoom in.
      labelRenderedSizeThreshold: 9,
      labelDensity: 0.5,
      labelGridCellSize: 160,
      labelFont: 'Inter, "Segoe UI", system-ui, sans-serif',
      labelSize: 13,
      labelWeight: '500',
      labelColor: { color: '#1f2937' },
      defaultEdgeColor: '#cbd5e1',
      minCameraRatio: 0.05,
      maxCameraRatio: 5,
      stagePadding: 40,
      hideEdgesOnMove: large,
      hideLabelsOnMove: large,
      allowInvalidContainer: true,
    });
    performance.mark('atlas:sigma-created');
    setSigma(instance);
    // Sigma only watches the window; the map also changes size when the header wraps or a panel opens.
    const observer = new ResizeObserver(() => instance.resize() && instance.refresh());
    observer.observe(container);
    return () => {
      observer.disconnect();
      setSigma(null);
      instance.kill();
    };
    // The reducers are stable functions reading a ref; only a new graph makes a new renderer.
  }, [graph]); // eslint-disable-line react-hooks/exhaustive-deps

  return (
    <div className="graph-canvas" ref={containerRef} data-testid="graph-canvas">
      {sigma && <SigmaContext.Provider value={sigma}>{children}</SigmaContext.Provider>}
    </div>
  );
}
