import Graph from 'graphology';
import type { DataGraph, NodeType, TieType } from '../graph';
import { communityColor, type CommunityAssignment } from './communities';
import { NODE_TYPE_STYLES } from './nodeTypes';
import { sizeForDegree } from './size';

export * from './communities';
export * from './nodeTypes';
export * from './size';
export * from './highlight';

export const EDGE_COLOR = '#cbd5e1';
export const NODE_PROGRAM = 'ring';

/** What sigma draws: appearance derived from data, plus positions owned by the layout. */
export interface DisplayNodeAttributes {
  x: number;
  y: number;
  size: number;
  label: string;
  color: string;
  ringColor: string;
  type: typeof NODE_PROGRAM;
  nodeType: NodeType;
  community: number;
}

export interface DisplayEdgeAttributes {
  size: number;
  color: string;
  tieType: TieType;
}

export type DisplayGraph = Graph<DisplayNodeAttributes, DisplayEdgeAttributes>;

export type Positions = Record<string, { x: number; y: number }>;

/** Builds a fresh graph for sigma; the data graph is only read. */
export function buildDisplayGraph(data: DataGraph, communities: CommunityAssignment, positions: Positions): DisplayGraph {
  const display: DisplayGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: data.allowSelfLoops });
  let maxDegree = 0;
  data.forEachNode((node) => {
    maxDegree = Math.max(maxDegree, data.degree(node));
  });
  data.forEachNode((node, attrs) => {
    const position = positions[node] ?? { x: 0, y: 0 };
    display.addNode(node, {
      x: position.x,
      y: position.y,
      size: sizeForDegree(data.degree(node), maxDegree),
      label: attrs.label,
      color: communityColor(communities, node),
      ringColor: NODE_TYPE_STYLES[attrs.nodeType].ring,
      type: NODE_PROGRAM,
      nodeType: attrs.nodeType,
      community: communities.byNode[node] ?? -1,
    });
  });
  data.forEachEdge((edge, attrs, source, target) => {
    display.addEdgeWithKey(edge, source, target, { size: 1, color: EDGE_COLOR, tieType: attrs.tieType });
  });
  return display;
}
