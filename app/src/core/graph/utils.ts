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

/** Small deterministic PRNG so communities and first positions are the same on every load. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a hash of a string, used to seed per-node positions. */
export function hashString(value: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

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
