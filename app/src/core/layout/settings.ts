import { inferSettings, type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';

/** Above this, Barnes-Hut's O(n log n) repulsion beats the exact O(n²) one. */
export const BARNES_HUT_THRESHOLD = 500;

/** Stop when the mean step per iteration is under 0.05% of the drawing's size… */
export const CONVERGENCE_THRESHOLD = 0.0005;
/** …and sample it this often. */
export const SAMPLE_INTERVAL_MS = 400;

/** Hard cap so a layout that keeps jiggling still stops; bigger graphs get longer. */
export function maxLayoutMs(order: number): number {
  return Math.min(60_000, 12_000 + order * 20);
}

export function layoutSettings(order: number): ForceAtlas2Settings {
  return {
    ...inferSettings(order),
    barnesHutOptimize: order > BARNES_HUT_THRESHOLD,
    // Strong-ish gravity keeps small disconnected groups on screen.
    gravity: 1,
    scalingRatio: order > BARNES_HUT_THRESHOLD ? 20 : 10,
    // Slower, steadier steps converge instead of oscillating.
    slowDown: 1 + Math.log10(Math.max(order, 1)) * 2,
    // Size-aware repulsion stops big hubs overlapping.
    adjustSizes: false,
  };
}
