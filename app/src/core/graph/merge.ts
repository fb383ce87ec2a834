/**
 * Changes to the loaded data graph, made in place: an edit touches one node or tie, never copies
 * the graph. Only the data store calls these (it then bumps its version so derived values follow);
 * views never mutate the data graph.
 */
import { dataGraphFromJSON, tieAttributes, type DataGraph } from './dataGraph';
import type { DataEdgeAttributes, DataNodeAttributes, SerializedGraph } from './types';

export interface Merged {
  addedNodes: string[];
  addedTies: string[];
}

/** Adds whatever `incoming` (an expanded neighbourhood) brings that `data` lacks; known nodes keep their attributes. */
export function mergeInto(data: DataGraph, incoming: SerializedGraph): Merged {
  const extra = dataGraphFromJSON(incoming);
  const addedNodes: string[] = [];
  const addedTies: string[] = [];
  extra.forEachNode((node, attrs) => {
    if (data.hasNode(node)) return;
    data.addNode(node, attrs);
    addedNodes.push(node);
  });
  // Ties are read from the JSON itself: one end may be a node the map already had but the answer left out.
  for (const { key, source, target, attributes = {} } of incoming.edges) {
    if (!data.hasNode(source) || !data.hasNode(target) || source === target) continue;
    const attrs = tieAttributes(attributes);
    if (key !== undefined) {
      if (data.hasEdge(key)) continue;
      data.addEdgeWithKey(key, source, target, attrs);
      addedTies.push(key);
    } else addedTies.push(data.addEdge(source, target, attrs));
  }
  return { addedNodes, addedTies };
}

/**
 * One node takes the attributes the service answered after an edit (its name, description, … and
 * new version). Replaced rather than merged: a property the edit cleared must go. False if unknown.
 */
export function updateNode(data: DataGraph, entity: { id: string; name: string; [key: string]: unknown }): boolean {
  if (!data.hasNode(entity.id)) return false;
  const { id, ...attributes } = entity;
  const nodeType = data.getNodeAttribute(id, 'nodeType');
  data.replaceNodeAttributes(id, { ...attributes, name: entity.name, label: entity.name, nodeType } as DataNodeAttributes);
  return true;
}

/** Adds a newly stored tie; false when it is already there or an end is not on the map. */
export function addTie(data: DataGraph, tie: { id: string; tieType: string; from: string; to: string; [key: string]: unknown }): boolean {
  if (data.hasEdge(tie.id) || !data.hasNode(tie.from) || !data.hasNode(tie.to)) return false;
  const { id, from, to, ...attributes } = tie;
  data.addEdgeWithKey(id, from, to, attributes as DataEdgeAttributes);
  return true;
}

/** Drops one tie; false when it is not on the map. */
export function removeTie(data: DataGraph, tieId: string): boolean {
  if (!data.hasEdge(tieId)) return false;
  data.dropEdge(tieId);
  return true;
}
