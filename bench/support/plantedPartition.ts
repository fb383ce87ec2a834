/**
 * A seeded planted-partition graph for community-detection benchmarks: n nodes in communities of
 * about `communitySize`, each node drawing about `degree` ties, a share `mixing` of them to random
 * nodes anywhere and the rest inside its own community. With mixing well below 1 − 1/k the planted
 * communities are what Louvain should find; their modularity is the yardstick.
 */
import { UndirectedGraph } from 'graphology';
import { mulberry32 } from '../../graph-service/src/analysis/rng.ts';

export interface PlantedOptions {
  nodes: number;
  communitySize?: number;
  /** Mean ties per node (each node starts about half of them). */
  degree?: number;
  /** Share of ties that leave the community. */
  mixing?: number;
  seed?: number;
}

export interface PlantedGraph {
  graph: UndirectedGraph;
  /** Planted community of each node, by node key. */
  community: Map<string, number>;
  communities: number;
}

export function plantedPartition(options: PlantedOptions): PlantedGraph {
  const { nodes: n, communitySize = 50, degree = 10, mixing = 0.2, seed = 1 } = options;
  const random = mulberry32(seed);
  const communities = Math.max(1, Math.round(n / communitySize));
  const graph = new UndirectedGraph();
  const community = new Map<string, number>();
  const members: number[][] = Array.from({ length: communities }, () => []);
  for (let i = 0; i < n; i++) {
    const c = i % communities;
    members[c].push(i);
    community.set(`n${i}`, c);
    graph.addNode(`n${i}`);
  }
  // Each node starts degree / 2 ties, so the mean degree is about `degree`.
  const starts = Math.max(1, Math.round(degree / 2));
  for (let i = 0; i < n; i++) {
    const own = members[i % communities];
    for (let k = 0; k < starts; k++) {
      const j = random() < mixing ? Math.floor(random() * n) : own[Math.floor(random() * own.length)];
      if (j !== i) graph.mergeEdge(`n${i}`, `n${j}`);
    }
  }
  return { graph, community, communities };
}
