import type { Positions } from '../appearance';

/** Mean distance moved per node between two snapshots. */
export function meanDisplacement(before: Positions, after: Positions): number {
  let total = 0;
  let count = 0;
  for (const [id, p] of Object.entries(after)) {
    const q = before[id];
    if (!q) continue;
    total += Math.hypot(p.x - q.x, p.y - q.y);
    count += 1;
  }
  return count === 0 ? 0 : total / count;
}

/** Diagonal of the bounding box: displacement is judged relative to the drawing's size. */
export function extent(positions: Positions): number {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const { x, y } of Object.values(positions)) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  return Number.isFinite(minX) ? Math.hypot(maxX - minX, maxY - minY) : 0;
}

export interface ConvergenceSample {
  /** Mean node displacement per iteration, as a fraction of the drawing's extent. */
  relativeStep: number;
  iterations: number;
}

export function sampleConvergence(before: Positions, after: Positions, iterations: number): ConvergenceSample {
  const size = extent(after) || 1;
  const perIteration = iterations > 0 ? meanDisplacement(before, after) / iterations : 0;
  return { relativeStep: perIteration / size, iterations };
}

/**
 * Settled when the mean step stays under the threshold for a few samples in a row:
 * one quiet sample can be a swing reversing.
 */
export class ConvergenceTracker {
  private quiet = 0;

  constructor(
    readonly threshold: number,
    readonly quietSamplesNeeded = 3,
  ) {}

  push(sample: ConvergenceSample): boolean {
    if (sample.iterations === 0) return false;
    this.quiet = sample.relativeStep < this.threshold ? this.quiet + 1 : 0;
    return this.quiet >= this.quietSamplesNeeded;
  }
}
