/**
 * Brings one node of the data graph in line with the service after a structural write (a node
 * added, deleted or merged, a change undone): its record, its ties and their other ends as the
 * service now has them. The data store calls it; views never change the data graph.
 */
import type { DataGraph, SerializedGraph } from '../graph';
import { mergeInto, updateNode } from '../graph/merge';

/** `around` is the node's neighbourhood (depth 1, uncut) as the service answers it, or null when the node is gone. */
export function resyncNode(data: DataGraph, id: string, around: SerializedGraph | null): boolean {
  const own = around?.nodes.find((n) => n.key === id);
  if (!around || !own) {
    if (!data.hasNode(id)) return false;
    data.dropNode(id);
    return true;
  }
  mergeInto(data, around);
  const current = new Set(around.edges.map((e) => e.key).filter((k): k is string => k !== undefined));
  for (const edge of data.edges(id)) if (!current.has(edge)) data.dropEdge(edge);
  const attributes = own.attributes ?? {};
  // Its record is taken as the service answered it, so the change is announced whatever else moved.
  return updateNode(data, { ...attributes, id, name: String(attributes.name ?? attributes.label ?? id) });
}
