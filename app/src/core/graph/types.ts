/** Shapes of the data the graph service sends. Node and tie types come from the one model. */
import type { Static } from 'typebox';
import type { NodeDetailsSchema } from '../../../../graph-service/src/contract/graph';
import { NODE_LABELS, TIE_TYPE_NAMES, isNodeLabel, type NodeLabel, type TieType } from '../../../../graph-service/src/model/model';

export const NODE_TYPES = NODE_LABELS;
export type NodeType = NodeLabel;
export const TIE_TYPES = TIE_TYPE_NAMES;
export type { TieType };
export const isNodeType = isNodeLabel;

export type PropertyValue = string | number | boolean | string[] | null;

/** Node attributes as fetched. `type` is deliberately absent: sigma reserves it for programs. */
export interface DataNodeAttributes {
  label: string;
  name: string;
  nodeType: NodeType;
  description?: string;
  source?: string;
  since?: string;
  until?: string;
  lastConfirmed?: string;
  [property: string]: PropertyValue | undefined;
}

export interface DataEdgeAttributes {
  tieType: TieType;
  source?: string;
  [property: string]: PropertyValue | undefined;
}

/**
 * A graph as the app reads it: looser than the contract's GraphSchema (fixtures and merges build
 * partial ones); core/api checks that every served graph fits it.
 */
export interface SerializedGraph {
  attributes?: Record<string, unknown>;
  options?: { type?: 'directed' | 'undirected' | 'mixed'; multi?: boolean; allowSelfLoops?: boolean };
  nodes: { key: string; attributes?: Partial<DataNodeAttributes> }[];
  edges: { key?: string; source: string; target: string; attributes?: Partial<DataEdgeAttributes> }[];
}

/** GET /api/nodes/:id, as the contract gives it. */
export type NodeDetails = Static<typeof NodeDetailsSchema>;

/** One tie of a node, from the served details or read off the loaded graph. */
export interface Tie {
  id: string;
  tieType: TieType;
  direction: 'out' | 'in';
  other: { id: string; name: string; nodeType: NodeType };
  properties: Record<string, PropertyValue | undefined>;
}
