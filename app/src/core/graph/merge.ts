import type { DataGraph } from './index';
import { dataGraphFromJSON } from './index';
import type { DataEdgeAttributes, SerializedGraph } from './types';

/**
 * A new data graph holding `data` plus whatever `incoming` adds (an expanded neighbourhood).
 * `data` itself is left as it was; nodes already known keep their attributes.
 */
export function mergeGraph(data: DataGraph, incoming: SerializedGraph): { graph: DataGraph; addedNodes: string[]; addedTies: string[] } {
  const graph = data.copy() as DataGraph;
  const extra = dataGraphFromJSON(incoming);
  const addedNodes: string[] = [];
  const addedTies: string[] = [];
  extra.forEachNode((node, attrs) => {
    if (graph.hasNode(node)) return;
    graph.addNode(node, attrs);
    addedNodes.push(node);
  });
  // Ties are read from the JSON itself: one end may be a node the map already had but the answer left out.
  for (const { key, source, target, attributes = {} } of incoming.edges) {
    if (!graph.hasNode(source) || !graph.hasNode(target) || source === target) continue;
    const attrs = { ...attributes, tieType: attributes.tieType ?? 'CONNECTED_WITH' } as DataEdgeAttributes;
    if (key !== undefined) {
      if (graph.hasEdge(key)) continue;
      graph.addEdgeWithKey(key, source, target, attrs);
      addedTies.push(key);
    } else addedTies.push(graph.addEdge(source, target, attrs));
  }
  return { graph, addedNodes, addedTies };
}

/**
 * A new data graph in which one node carries the attributes the service answered after an edit
 * (its name, description, … and new version); everything else is shared unchanged.
 */
export function withNodeUpdated(data: DataGraph, entity: { id: string; name: string; [key: string]: unknown }): DataGraph {
  if (!data.hasNode(entity.id)) return data;
  const graph = data.copy() as DataGraph;
  const { id: _id, ...attributes } = entity;
  graph.replaceNodeAttributes(entity.id, { ...(attributes as object), name: entity.name, label: entity.name, nodeType: graph.getNodeAttribute(entity.id, 'nodeType') } as never);
  return graph;
}

/** A copy with a newly stored tie added (its ends must be on the map). */
export function withTieAdded(data: DataGraph, tie: { id: string; tieType: string; from: string; to: string; [key: string]: unknown }): DataGraph {
  if (data.hasEdge(tie.id) || !data.hasNode(tie.from) || !data.hasNode(tie.to)) return data;
  const graph = data.copy() as DataGraph;
  const { id, from, to, ...attributes } = tie;
  graph.addEdgeWithKey(id, from, to, attributes as DataEdgeAttributes);
  return graph;
}

/** A copy without one tie. */
export function withTieRemoved(data: DataGraph, tieId: string): DataGraph {
  if (!data.hasEdge(tieId)) return data;
  const graph = data.copy() as DataGraph;
  graph.dropEdge(tieId);
  return graph;
}
