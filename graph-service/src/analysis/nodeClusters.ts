/**
 * The clusters on a drawing of the whole stakeholder graph (the app's map, the exports). Clusters
 * are of organisations; every other node (a person, theme, event, area, partnership, alliance)
 * takes the cluster of the organisations it is tied to when they are all in one cluster, and stays
 * grey ("across clusters or none") when they are in several or in none, so a colour never claims
 * more than the ties say. The node's kind is drawn by its ring, not its fill.
 */
import { UNCLUSTERED_COLOUR } from './colours.ts';
import type { AtlasGraph, ClusterResult } from './types.ts';

export interface NodeClusterColours {
  /** Node → its cluster id, null when it is in none. */
  clusterOf: Record<string, string | null>;
  /** Node → fill colour: its cluster's, else UNCLUSTERED_COLOUR. */
  colourOf: Record<string, string>;
}

/** The one cluster of a node: an organisation's own, else the one cluster of the organisations tied to it. */
export function clusterOfNode(data: AtlasGraph, clusters: ClusterResult, node: string): string | null {
  if (node in clusters.byNode) return clusters.byNode[node];
  let found: string | null = null;
  let several = false;
  data.forEachNeighbor(node, (other) => {
    if (several) return;
    const cluster = clusters.byNode[other];
    if (!cluster) return;
    if (found === null) found = cluster;
    else if (found !== cluster) several = true;
  });
  return several ? null : found;
}

export function nodeClusterColours(data: AtlasGraph, clusters: ClusterResult): NodeClusterColours {
  const colourOfCluster = new Map(clusters.clusters.map((c) => [c.id, c.colour]));
  const clusterOf: Record<string, string | null> = {};
  const colourOf: Record<string, string> = {};
  data.forEachNode((node) => {
    const cluster = clusterOfNode(data, clusters, node);
    clusterOf[node] = cluster;
    colourOf[node] = (cluster && colourOfCluster.get(cluster)) || UNCLUSTERED_COLOUR;
  });
  return { clusterOf, colourOf };
}
