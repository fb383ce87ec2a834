/**
 * Louvain community detection (graphology-communities-louvain) on the weighted organisation
 * network, deterministic for a seed: the network's nodes are in id order and the random walk
 * draws from a seeded generator. Modularity is reported at resolution 1 (the usual Q) whatever
 * resolution the search used.
 */
import louvain from 'graphology-communities-louvain';
import type { AbstractGraph } from 'graphology-types';
import type { IndexedGraph } from './indexed.ts';
import { modularity } from './modularity.ts';
import { mulberry32 } from './rng.ts';

export interface LouvainOptions {
  resolution?: number;
  seed?: number;
  /** Edge attribute holding the weight; null for unweighted. */
  weight?: string | null;
}

export interface Partition {
  /** Community number per node index of `indexed`. */
  communityOf: Int32Array;
  count: number;
  modularity: number;
}

export const DEFAULT_SEED = 42;

export function louvainPartition(graph: AbstractGraph, indexed: IndexedGraph, options: LouvainOptions = {}): Partition {
  const resolution = options.resolution ?? 1;
  const seed = options.seed ?? DEFAULT_SEED;
  const communityOf = new Int32Array(indexed.ids.length);
  if (graph.size === 0) {
    for (let i = 0; i < communityOf.length; i++) communityOf[i] = i;
    return { communityOf, count: communityOf.length, modularity: 0 };
  }
  const mapping = louvain(graph, { resolution, rng: mulberry32(seed), getEdgeWeight: options.weight === undefined ? 'weight' : options.weight });
  const renumber = new Map<number, number>();
  indexed.ids.forEach((id, i) => {
    const raw = mapping[id];
    let community = renumber.get(raw);
    if (community === undefined) {
      community = renumber.size;
      renumber.set(raw, community);
    }
    communityOf[i] = community;
  });
  return { communityOf, count: renumber.size, modularity: modularity(indexed, communityOf, { weighted: options.weight !== null }) };
}
