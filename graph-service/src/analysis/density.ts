/** Density and average degree of an undirected simple graph. */
import type { IndexedGraph } from './indexed.ts';

/** Edges present over edges possible: 2m / (n (n − 1)); 0 below two nodes (networkx `density`). */
export function density(g: IndexedGraph): number {
  const n = g.ids.length;
  return n < 2 ? 0 : (2 * g.edges) / (n * (n - 1));
}

/** Mean number of ties per node: 2m / n. */
export function averageDegree(g: IndexedGraph): number {
  return g.ids.length === 0 ? 0 : (2 * g.edges) / g.ids.length;
}
