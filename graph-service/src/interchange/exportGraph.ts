/**
 * The graph every export writer starts from, with the two rules the tools need written once:
 * a tie's direction comes from its type (a symmetric type such as CONNECTED_WITH is undirected,
 * every other type is directed; a tie that says `directed: false|true` itself wins), and every
 * tie has a numeric weight (its own when it is a finite number, else 1), so igraph and networkx
 * never read a missing weight as NaN. A map whose ties are all undirected is an undirected graph;
 * any directed tie makes the graph directed (networkx and igraph read no mixed graphs), and each
 * tie keeps its type, which says how it reads.
 */
import Graph from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import { TIE_TYPES, type TieType } from '../model/tieTypes.ts';
import type { SerializedGraph } from './graphTypes.ts';

export type TieDirection = 'directed' | 'undirected';

/** The weight a tie has in a file when it has none of its own. */
export const DEFAULT_WEIGHT = 1;

export function tieDirection(attributes: Record<string, unknown>): TieDirection {
  if (typeof attributes.directed === 'boolean') return attributes.directed ? 'directed' : 'undirected';
  const entry = TIE_TYPES[attributes.tieType as TieType] as { symmetric: boolean } | undefined;
  return entry?.symmetric ? 'undirected' : 'directed';
}

export function tieWeight(attributes: Record<string, unknown>): number {
  const weight = typeof attributes.weight === 'string' && attributes.weight.trim() !== '' ? Number(attributes.weight) : attributes.weight;
  return typeof weight === 'number' && Number.isFinite(weight) ? weight : DEFAULT_WEIGHT;
}

/** Undirected when the map has ties and every one is undirected; directed otherwise. */
export function graphDirection(serialized: SerializedGraph): TieDirection {
  return serialized.edges.length > 0 && serialized.edges.every((e) => tieDirection(e.attributes) === 'undirected') ? 'undirected' : 'directed';
}

/** Whether two ties join the same pair (either way round in an undirected graph): the file is then a multigraph. */
export function hasParallelTies(graph: AbstractGraph): boolean {
  const seen = new Set<string>();
  return graph.someEdge((_edge, _attributes, source, target) => {
    const pair = graph.type === 'undirected' && source > target ? `${target}\u0000${source}` : `${source}\u0000${target}`;
    if (seen.has(pair)) return true;
    seen.add(pair);
    return false;
  });
}

/** The map as a graphology graph of the export's direction, every tie weighted. */
export function exportGraph(serialized: SerializedGraph): Graph {
  const graph = new Graph({ type: graphDirection(serialized), multi: true, allowSelfLoops: true });
  graph.mergeAttributes(serialized.attributes);
  for (const node of serialized.nodes) graph.addNode(node.key, { ...node.attributes });
  for (const edge of serialized.edges) graph.addEdgeWithKey(edge.key, edge.source, edge.target, { ...edge.attributes, weight: tieWeight(edge.attributes) });
  return graph;
}

/** Whether a file's weight is the one a tie without a weight already has (so nothing changes). */
export function isDefaultWeight(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '' && Number(value) === DEFAULT_WEIGHT;
}
