/**
 * Node-link JSON, the shape networkx's node_link_data writes and d3's force layout reads:
 * `{ directed, multigraph, graph, nodes: [{ id, ... }], edges: [{ source, target, key, ... }] }`.
 * networkx 3.x reads the ties from "edges" and networkx 2.8 (and d3) from "links", so both keys
 * hold the same list. Direction and weights follow exportGraph.ts; each node carries its drawing.
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { hasParallelTies } from './exportGraph.ts';
import type { GexfNodeView } from './gexf.ts';

export interface NodeLinkNode extends Attributes {
  id: string;
}

export interface NodeLinkEdge extends Attributes {
  source: string;
  target: string;
  key: string;
}

export interface NodeLinkGraph {
  directed: boolean;
  multigraph: boolean;
  graph: Attributes;
  nodes: NodeLinkNode[];
  edges: NodeLinkEdge[];
  links: NodeLinkEdge[];
}

export function writeNodeLink(graph: AbstractGraph, views: Map<string, GexfNodeView>, description?: string): string {
  const nodes = graph.mapNodes((key, { id: _id, ...attributes }) => ({ ...attributes, ...views.get(key), id: key }));
  const edges = graph.mapEdges((key, { id: _id, ...attributes }, source, target) => ({ ...attributes, source, target, key }));
  const data: NodeLinkGraph = {
    directed: graph.type !== 'undirected',
    // Parallel ties (two types between one pair) need a multigraph, or networkx keeps only the last.
    multigraph: hasParallelTies(graph),
    graph: { ...graph.getAttributes(), ...(description ? { description } : {}) },
    nodes,
    edges,
    links: edges,
  };
  return JSON.stringify(data);
}
