/**
 * How a graph export is drawn: positions (the stored x/y when every node has them, else a
 * ForceAtlas2 run from a seeded start), communities (Louvain with a seeded random source, so the
 * same atlas always gives the same colours), colours by community and sizes by degree.
 */
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { AbstractGraph } from 'graphology-types';
import { mulberry32 } from '../analysis/rng.ts';
import type { GexfNodeView } from './gexf.ts';

export interface DrawingOptions {
  seed: number;
  /** ForceAtlas2 iterations; fewer for very large graphs keeps an export under a few seconds. */
  iterations: number;
}

export const drawingDefaults: DrawingOptions = { seed: 42, iterations: 300 };

/** The app's community palette (largest community first); the rest are grey. */
export const COMMUNITY_COLOURS = ['#7fb3e6', '#f6a96b', '#8fd19e', '#f28b8b', '#c3a6e6', '#d9b48f', '#f5a8d4', '#a8d8d8', '#e3d26f', '#b5c99a'];
export const OTHER_COLOUR = '#cbd5e1';

/** Louvain and ForceAtlas2 ignore direction and parallel ties: run them on a simple undirected copy. */
function simpleUndirected(graph: AbstractGraph): Graph {
  const simple = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  graph.forEachNode((node) => simple.addNode(node));
  graph.forEachEdge((_edge, _attributes, source, target) => {
    if (source !== target) simple.mergeEdge(source, target);
  });
  return simple;
}

export function drawGraph(graph: AbstractGraph, options: Partial<DrawingOptions> = {}): Map<string, GexfNodeView> {
  const { seed, iterations } = { ...drawingDefaults, ...options };
  const random = mulberry32(seed);
  const simple = simpleUndirected(graph);
  const communities = simple.order > 0 ? louvain(simple, { rng: random }) : {};
  // Rank communities by size so the largest gets the first colour, as in the app.
  const sizes = new Map<number, number>();
  for (const community of Object.values(communities)) sizes.set(community, (sizes.get(community) ?? 0) + 1);
  const rank = new Map([...sizes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([community], index) => [community, index]));

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
    const community = rank.get(communities[node]) ?? 0;
    views.set(node, {
      x: Math.round(attributes.x * 100) / 100,
      y: Math.round(attributes.y * 100) / 100,
      size: Math.round((3 + 2 * Math.sqrt(graph.degree(node))) * 10) / 10,
      color: COMMUNITY_COLOURS[community] ?? OTHER_COLOUR,
      community,
    });
  });
  return views;
}
