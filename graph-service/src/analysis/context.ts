/**
 * Everything the gap detectors share, computed once and lazily: the organisation network, its
 * clusters, betweenness, cut-points, distances to the core group.
 */
import { betweenness } from './betweenness.ts';
import { findClusters, type ClusterOptions } from './clusters.ts';
import { cutPointsAndBridges } from './cutPoints.ts';
import type { IndexedGraph } from './indexed.ts';
import { organisationNetwork, type OrganisationNetwork, type ProjectionOptions } from './projection.ts';
import type { AtlasGraph, ClusterResult } from './types.ts';

export interface AnalysisOptions extends ProjectionOptions, ClusterOptions {
  /** Above this many organisations betweenness is estimated from a seeded sample of sources. */
  exactBetweennessLimit?: number;
}

export interface AnalysisContext {
  data: AtlasGraph;
  network: OrganisationNetwork;
  options: AnalysisOptions;
  clusters(): ClusterResult;
  betweenness(): Float64Array;
  cuts(): ReturnType<typeof cutPointsAndBridges>;
}

function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  let done = false;
  return () => {
    if (!done) {
      value = make();
      done = true;
    }
    return value as T;
  };
}

export function analysisContext(data: AtlasGraph, options: AnalysisOptions = {}, network = organisationNetwork(data, options)): AnalysisContext {
  const limit = options.exactBetweennessLimit ?? 5000;
  return {
    data,
    network,
    options,
    clusters: lazy(() => findClusters(network, options)),
    betweenness: lazy(() =>
      betweenness(network.structural, network.structural.ids.length > limit ? { samples: Math.min(network.structural.ids.length, 500), seed: options.seed ?? 42 } : {}),
    ),
    cuts: lazy(() => cutPointsAndBridges(network.structural)),
  };
}

/** Breadth-first distances (in ties) from a set of sources, -1 where unreachable; stops at maxDepth. */
export function distancesFrom(g: IndexedGraph, sources: Iterable<number>, maxDepth = Infinity): Int32Array {
  const dist = new Int32Array(g.ids.length).fill(-1);
  const queue: number[] = [];
  for (const s of sources) {
    if (dist[s] === 0) continue;
    dist[s] = 0;
    queue.push(s);
  }
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head];
    if (dist[v] >= maxDepth) continue;
    for (let k = g.offsets[v]; k < g.offsets[v + 1]; k++) {
      const w = g.adjacency[k];
      if (dist[w] === -1) {
        dist[w] = dist[v] + 1;
        queue.push(w);
      }
    }
  }
  return dist;
}

/** "A, B and 3 more" */
export function listNames(names: string[], max = 3): string {
  if (names.length === 0) return '';
  if (names.length <= max) return names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} ${n === 1 ? one : many}`;
}
