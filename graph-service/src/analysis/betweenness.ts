/**
 * Betweenness centrality (Brandes 2001) on the unweighted graph: for each node, the share of
 * shortest paths between other pairs that pass through it. Normalised as networkx
 * `betweenness_centrality(G, normalized=True)` for undirected graphs: the sum over ordered pairs
 * divided by (n − 1)(n − 2).
 *
 * It costs O(n·m). For large graphs pass `samples`: Brandes–Pich pivots, chosen with a seeded
 * random order, estimate it in O(k·m) (scaled by n / k).
 */
import type { IndexedGraph } from './indexed.ts';
import { mulberry32 } from './rng.ts';

export interface BetweennessOptions {
  normalized?: boolean;
  /** Number of source nodes to sample; all nodes when absent or ≥ n. */
  samples?: number;
  seed?: number;
}

export function betweenness(g: IndexedGraph, options: BetweennessOptions = {}): Float64Array {
  const n = g.ids.length;
  const centrality = new Float64Array(n);
  if (n < 3) return centrality;
  let sources: Int32Array;
  if (options.samples !== undefined && options.samples < n) {
    const all = Int32Array.from({ length: n }, (_, i) => i);
    const rng = mulberry32(options.seed ?? 42);
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [all[i], all[j]] = [all[j], all[i]];
    }
    sources = all.slice(0, Math.max(1, options.samples));
  } else {
    sources = Int32Array.from({ length: n }, (_, i) => i);
  }
  const stack = new Int32Array(n);
  const queue = new Int32Array(n);
  const sigma = new Float64Array(n);
  const dist = new Int32Array(n);
  const delta = new Float64Array(n);
  // Locals, not property reads, in the hot loops.
  const offsets = g.offsets;
  const adjacency = g.adjacency;
  for (let si = 0; si < sources.length; si++) {
    const s = sources[si];
    sigma.fill(0);
    dist.fill(-1);
    delta.fill(0);
    sigma[s] = 1;
    dist[s] = 0;
    let head = 0;
    let tail = 0;
    let top = 0;
    queue[tail++] = s;
    while (head < tail) {
      const v = queue[head++];
      stack[top++] = v;
      const dv = dist[v];
      const end = offsets[v + 1];
      for (let k = offsets[v]; k < end; k++) {
        const w = adjacency[k];
        if (dist[w] < 0) {
          dist[w] = dv + 1;
          queue[tail++] = w;
        }
        if (dist[w] === dv + 1) sigma[w] += sigma[v];
      }
    }
    // Predecessors are the neighbours one step closer: no lists needed.
    while (top > 0) {
      const w = stack[--top];
      const dw = dist[w];
      const coefficient = (1 + delta[w]) / sigma[w];
      const end = offsets[w + 1];
      for (let k = offsets[w]; k < end; k++) {
        const v = adjacency[k];
        if (dist[v] === dw - 1) delta[v] += sigma[v] * coefficient;
      }
      if (w !== s) centrality[w] += delta[w];
    }
  }
  const scale = sources.length < n ? n / sources.length : 1;
  // Undirected: each pair was counted from both ends.
  const norm = options.normalized === false ? 0.5 : 1 / ((n - 1) * (n - 2));
  for (let v = 0; v < n; v++) centrality[v] *= scale * norm;
  return centrality;
}
