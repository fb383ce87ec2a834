/**
 * Cluster colours that stay put between runs: a cluster's colour comes from a hash of its key
 * member's id (its most central organisation), not from Louvain's arbitrary community numbers.
 * Clusters claim slots in order of key id; a taken slot passes to the next free one.
 */
import { hashString } from './rng.ts';

/** Soft, distinguishable fills that read on white and print in greyscale as different tones. */
export const CLUSTER_PALETTE = [
  '#4e79a7',
  '#f28e2b',
  '#59a14f',
  '#e15759',
  '#b07aa1',
  '#76b7b2',
  '#edc948',
  '#9c755f',
  '#ff9da7',
  '#86bcb6',
  '#d37295',
  '#a0cbe8',
] as const;

export const UNCLUSTERED_COLOUR = '#bab0ac';

export function assignColours(keys: string[], palette: readonly string[] = CLUSTER_PALETTE): Map<string, string> {
  const colours = new Map<string, string>();
  const taken = new Set<number>();
  for (const key of [...keys].sort()) {
    let slot = hashString(key) % palette.length;
    if (taken.size < palette.length) {
      while (taken.has(slot)) slot = (slot + 1) % palette.length;
      taken.add(slot);
    }
    colours.set(key, palette[slot]);
  }
  return colours;
}
