/**
 * The Clusters panel's colours for the map, for whoever draws it: organisation → its cluster's
 * colour (stable between runs; see graph-service/src/analysis/colours.ts), so the map and the
 * panel agree. Runs the clustering synchronously (fast at alliance sizes; the panel itself uses
 * the worker).
 */
import { DEFAULT_SEED, findClusters, organisationNetwork, UNCLUSTERED_COLOUR } from '../../../graph-service/src/analysis/index.ts';
import type { DataGraph } from '../core/graph';

export interface ClusterColours {
  /** Organisation id → colour; organisations on their own get UNCLUSTERED_COLOUR. */
  byNode: Record<string, string>;
  clusters: { id: string; name: string; colour: string; size: number }[];
  unclustered: string;
}

export function clusterColours(data: DataGraph, options: { resolution?: number; seed?: number } = {}): ClusterColours {
  const result = findClusters(organisationNetwork(data), { resolution: options.resolution ?? 1, seed: options.seed ?? DEFAULT_SEED });
  const colourOf = new Map(result.clusters.map((c) => [c.id, c.colour]));
  const byNode: Record<string, string> = {};
  for (const [node, cluster] of Object.entries(result.byNode)) byNode[node] = (cluster && colourOf.get(cluster)) || UNCLUSTERED_COLOUR;
  return { byNode, clusters: result.clusters.map(({ id, name, colour, size }) => ({ id, name, colour, size })), unclustered: UNCLUSTERED_COLOUR };
}
