/**
 * Newman–Girvan modularity of a partition of a weighted undirected graph, with resolution γ:
 *   Q = Σ_c [ L_c / m − γ (d_c / 2m)² ]
 * where L_c is the weight inside community c, d_c the total weighted degree of its nodes, m the
 * total edge weight (networkx `community.modularity`, igraph `modularity`).
 */
import type { IndexedGraph } from './indexed.ts';

export function modularity(g: IndexedGraph, communityOf: ArrayLike<number>, options: { resolution?: number; weighted?: boolean } = {}): number {
  const resolution = options.resolution ?? 1;
  const weighted = options.weighted ?? true;
  const inside = new Map<number, number>();
  const degree = new Map<number, number>();
  let total = 0;
  for (let v = 0; v < g.ids.length; v++) {
    const cv = communityOf[v];
    for (let k = g.offsets[v]; k < g.offsets[v + 1]; k++) {
      const w = weighted ? g.weights[k] : 1;
      const u = g.adjacency[k];
      degree.set(cv, (degree.get(cv) ?? 0) + w);
      total += w;
      if (communityOf[u] === cv) inside.set(cv, (inside.get(cv) ?? 0) + w);
    }
  }
  // total is 2m; inside counts each internal edge from both ends (2 L_c).
  if (total === 0) return 0;
  let q = 0;
  for (const [c, d] of degree) q += (inside.get(c) ?? 0) / total - resolution * (d / total) ** 2;
  return q;
}
