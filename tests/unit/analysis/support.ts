/** Builds indexed graphs for the measure tests from plain edge lists. */
import { UndirectedGraph } from 'graphology';
import { indexGraph, type IndexedGraph } from '../../../graph-service/src/analysis/index.ts';

export function undirected(edges: readonly (readonly [string | number, string | number])[], nodes: (string | number)[] = []): UndirectedGraph {
  const g = new UndirectedGraph();
  for (const n of nodes) g.mergeNode(String(n));
  for (const [a, b] of edges) g.mergeEdge(String(a), String(b));
  return g;
}

export function indexed(edges: readonly (readonly [string | number, string | number])[], nodes: (string | number)[] = []): IndexedGraph {
  return indexGraph(undirected(edges, nodes));
}

/** Node values by id. */
export function byId(g: IndexedGraph, values: ArrayLike<number>): Record<string, number> {
  return Object.fromEntries(g.ids.map((id, i) => [id, values[i]]));
}
