/** One seed map as the analysis reads it (nodes carry nodeType, ties tieType), without a database. */
import { MultiDirectedGraph } from 'graphology';
import type { AtlasGraph } from '../../../graph-service/src/analysis/index.ts';
import { readSeed, seedMap } from '../../../seed/dataset.ts';

export function seedGraph(map = 'battersea-alliance'): AtlasGraph {
  const { nodes, ties } = seedMap(readSeed(), map);
  const graph = new MultiDirectedGraph();
  for (const { id, label, ...rest } of nodes) graph.addNode(id, { ...rest, nodeType: label });
  for (const { id, type, from, to, ...rest } of ties) graph.addEdgeWithKey(id, from, to, { ...rest, tieType: type });
  return graph as unknown as AtlasGraph;
}
