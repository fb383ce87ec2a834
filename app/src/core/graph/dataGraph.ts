import { MultiDirectedGraph } from 'graphology';
import type { DataEdgeAttributes, DataNodeAttributes, SerializedGraph } from './types';
import { isNodeType } from './types';

/** The fetched graph. Only the data store changes it, in place (see merge.ts); views derive a display graph from it and never mutate it. */
export type DataGraph = MultiDirectedGraph<DataNodeAttributes, DataEdgeAttributes>;

/** A tie's attributes as the data graph holds them: one without a type reads as a plain reported tie. */
export function tieAttributes(attributes: Partial<DataEdgeAttributes>): DataEdgeAttributes {
  return { ...attributes, tieType: attributes.tieType ?? 'CONNECTED_WITH' } as DataEdgeAttributes;
}

/** Builds the data graph from the service's JSON, filling gaps so views can rely on label/nodeType. */
export function dataGraphFromJSON(json: SerializedGraph): DataGraph {
  const graph: DataGraph = new MultiDirectedGraph({ allowSelfLoops: json.options?.allowSelfLoops ?? false });
  for (const { key, attributes = {} } of json.nodes) {
    const name = attributes.name ?? attributes.label ?? key;
    graph.addNode(key, {
      ...attributes,
      name,
      label: attributes.label ?? name,
      nodeType: isNodeType(attributes.nodeType) ? attributes.nodeType : 'Organisation',
    } as DataNodeAttributes);
  }
  for (const { key, source, target, attributes = {} } of json.edges) {
    // A tie to a node outside a filtered view is dropped rather than crashing the map.
    if (!graph.hasNode(source) || !graph.hasNode(target)) continue;
    if (source === target && !graph.allowSelfLoops) continue;
    const attrs = tieAttributes(attributes);
    if (key !== undefined && !graph.hasEdge(key)) graph.addEdgeWithKey(key, source, target, attrs);
    else graph.addEdge(source, target, attrs);
  }
  return graph;
}

/** The data graph with a count of its changes: edits change the graph in place and bump `version`. */
export interface VersionedGraph {
  /** The same graph object for the map's whole life; only its contents change. */
  graph: DataGraph;
  /** Bumped by every change, so derived values know to recompute. */
  version: number;
}
