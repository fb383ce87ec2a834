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

/**
 * The library's inferred settings (as in sigma's demo): strong but light gravity
 * keeps loose groups on screen without squashing clusters into a disc.
 */
export function layoutSettings(order: number): ForceAtlas2Settings {
  return {
    ...inferSettings(order),
    barnesHutOptimize: order > BARNES_HUT_THRESHOLD,
  };
}
