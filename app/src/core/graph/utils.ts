import type { DataGraph } from './index';
import type { DataEdgeAttributes, NodeType, Tie } from './types';
import { NODE_TYPES } from './types';

export interface GraphCounts {
  nodes: number;
  ties: number;
  byType: Record<NodeType, number>;
}

export function countGraph(graph: DataGraph): GraphCounts {
  const byType = Object.fromEntries(NODE_TYPES.map((t) => [t, 0])) as Record<NodeType, number>;
  graph.forEachNode((_, attrs) => {
    byType[attrs.nodeType] += 1;
  });
  return { nodes: graph.order, ties: graph.size, byType };
}

/** Plural-aware "3 organisations" / "1 person". */
export function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}

/** The seeded PRNG and string hash are shared with the analysis, which the app also runs. */
export { hashString, mulberry32 } from '../../../../graph-service/src/analysis/rng';

/**
 * Ties of a node read from the fetched graph, in the API's shape: the panel can
 * show them at once and when the details call fails.
 */
export function tiesFromGraph(graph: DataGraph, id: string): Tie[] {
  if (!graph.hasNode(id)) return [];
  const ties: Tie[] = [];
  const push = (edge: string, attrs: DataEdgeAttributes, otherId: string, direction: 'out' | 'in') => {
    const other = graph.getNodeAttributes(otherId);
    const { tieType, ...properties } = attrs;
    ties.push({ id: edge, tieType, direction, other: { id: otherId, name: other.name, nodeType: other.nodeType }, properties });
  };
  graph.forEachOutEdge(id, (edge, attrs, _source, target) => push(edge, attrs, target, 'out'));
  graph.forEachInEdge(id, (edge, attrs, source) => push(edge, attrs, source, 'in'));
  return ties;
}
