/** Sigma as the map uses it: typed with the display attributes, and the settings it is created with. */
import EdgeCurveProgram from '@sigma/edge-curve';
import { useSigma } from '@react-sigma/core';
import type Sigma from 'sigma';
import { EdgeRectangleProgram, type EdgeProgramType } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import { NODE_PROGRAM, type DisplayEdgeAttributes, type DisplayGraph, type DisplayNodeAttributes } from '../core/appearance';
import { NodeRingProgram } from './nodeRingProgram';

export type AtlasSigma = Sigma<DisplayNodeAttributes, DisplayEdgeAttributes>;
export type AtlasSettings = Partial<Settings<DisplayNodeAttributes, DisplayEdgeAttributes>>;

/** useSigma with the map's attribute types (controllers render inside <GraphView>). */
export const useAtlasSigma = (): AtlasSigma => useSigma<DisplayNodeAttributes, DisplayEdgeAttributes>();

/**
 * Whether sigma is still alive. Sigma has no flag of its own, and a refresh after `kill()` (the
 * container unmounts before its controllers' cleanups and pending frames run) throws.
 */
const killed = new WeakSet<object>();
const watched = new WeakSet<object>();
export function isAlive(sigma: AtlasSigma): boolean {
  return !killed.has(sigma);
}
/** Starts watching a sigma for its "kill" event (once per sigma, however often it is called). */
export function watchKill(sigma: AtlasSigma): void {
  if (watched.has(sigma)) return;
  watched.add(sigma);
  sigma.once('kill', () => killed.add(sigma));
}

/** Reducers go in at creation so the first picture already applies them (no extra full refresh). */
export function sigmaSettings(graph: DisplayGraph, reducers: Pick<AtlasSettings, 'nodeReducer' | 'edgeReducer'>): AtlasSettings {
  const large = graph.order > 1000;
  return {
    ...reducers,
    defaultNodeType: NODE_PROGRAM,
    nodeProgramClasses: { [NODE_PROGRAM]: NodeRingProgram },
    // Parallel ties are fanned out as curves (see rendering/parallelTies.ts).
    defaultEdgeType: 'straight',
    edgeProgramClasses: { straight: EdgeRectangleProgram, curved: EdgeCurveProgram as unknown as EdgeProgramType<DisplayNodeAttributes, DisplayEdgeAttributes> },
    zIndex: true,
    // Labels only for nodes drawn at least this big: hubs first, the rest as you zoom in. The grid
    // offers up to two per 120 px cell at the opening zoom; LabelCollisionController then drops any that would overlap.
    labelRenderedSizeThreshold: 9,
    labelDensity: 2,
    labelGridCellSize: 120,
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
  };
}
