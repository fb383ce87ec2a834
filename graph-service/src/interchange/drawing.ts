/**
 * How a graph export is drawn: positions (the stored x/y when every node has them, else a
 * ForceAtlas2 run from a seeded start), communities and colours from the one clustering the app
 * and the report show (analysis/clusters.ts, started from the map's last clusters when the
 * service has them, analysis/nodeClusters.ts for nodes that are not organisations), sizes by degree.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { AbstractGraph } from 'graphology-types';
import { findClusters } from '../analysis/clusters.ts';
import { nodeClusterColours } from '../analysis/nodeClusters.ts';
import { organisationNetwork } from '../analysis/projection.ts';
import { mulberry32 } from '../analysis/rng.ts';
import type { ClusterMemory } from '../analysis/stability.ts';
import type { AtlasGraph } from '../analysis/types.ts';
import type { GexfNodeView } from './gexf.ts';

export interface DrawingOptions {
  seed: number;
  /** ForceAtlas2 iterations; fewer for very large graphs keeps an export under a few seconds. */
  iterations: number;
  /** The map's last clusters, so the file's clusters are the ones the app shows. */
  clusterMemory?: ClusterMemory;
}

export const drawingDefaults: DrawingOptions = { seed: 42, iterations: 300 };

/** Community number of a node in no cluster (an organisation on its own, a theme across clusters). */
export const NO_COMMUNITY = -1;

/** Louvain and ForceAtlas2 ignore direction and parallel ties: run them on a simple undirected copy. */
function simpleUndirected(graph: AbstractGraph): Graph {
  const simple = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  graph.forEachNode((node) => simple.addNode(node));
  graph.forEachEdge((_edge, _attributes, source, target) => {
    if (source !== target) simple.mergeEdge(source, target);
  });
  return simple;
}

export interface NodeClusters {
  /** Community number as the clusters are listed (0 is the largest), NO_COMMUNITY for none. */
  community: Map<string, number>;
  /** The cluster's name, for nodes in one. */
  name: Map<string, string>;
  colour: Record<string, string>;
}

/** Each node's cluster in the one clustering the app shows, for the files that carry it. */
export function clusterNodes(graph: AbstractGraph, options: Partial<DrawingOptions> = {}): NodeClusters {
  const { seed, clusterMemory } = { ...drawingDefaults, ...options };
  const clusters = findClusters(organisationNetwork(graph as AtlasGraph), { seed, memory: clusterMemory });
  const { clusterOf, colourOf } = nodeClusterColours(graph as AtlasGraph, clusters);
  const listed = new Map(clusters.clusters.map((c, index) => [c.id, { index, name: c.name }]));
  const community = new Map<string, number>();
  const name = new Map<string, string>();
  graph.forEachNode((node) => {
    const cluster = clusterOf[node] ? listed.get(clusterOf[node] as string) : undefined;
    community.set(node, cluster ? cluster.index : NO_COMMUNITY);
    if (cluster) name.set(node, cluster.name);
  });
  return { community, name, colour: colourOf };
}

export function drawGraph(graph: AbstractGraph, options: Partial<DrawingOptions> = {}): Map<string, GexfNodeView> {
  const { seed, iterations } = { ...drawingDefaults, ...options };
  const random = mulberry32(seed);
  const simple = simpleUndirected(graph);
  const clusters = clusterNodes(graph, options);

  const stored = graph.everyNode((_n, a) => typeof a.x === 'number' && typeof a.y === 'number');
  simple.forEachNode((node) => {
    const attributes = graph.getNodeAttributes(node);
    simple.mergeNodeAttributes(node, stored ? { x: attributes.x, y: attributes.y } : { x: random() * 100, y: random() * 100 });
  });
  if (!stored && simple.order > 1) {
    forceAtlas2.assign(simple, { iterations: simple.order > 20_000 ? Math.min(iterations, 50) : iterations, settings: forceAtlas2.inferSettings(simple) });
  }
  const views = new Map<string, GexfNodeView>();
  simple.forEachNode((node, attributes) => {
    const name = clusters.name.get(node);
    views.set(node, {
      x: Math.round(attributes.x * 100) / 100,
      y: Math.round(attributes.y * 100) / 100,
      size: Math.round((3 + 2 * Math.sqrt(graph.degree(node))) * 10) / 10,
      color: clusters.colour[node],
      community: clusters.community.get(node) ?? NO_COMMUNITY,
      ...(name ? { atlasCluster: name } : {}),
    });
  });
  return views;
}
