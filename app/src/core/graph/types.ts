/**
 * Shapes of the data the graph service sends, taken from its contract (`import type`: no TypeBox
 * in the bundle). Node and tie types and property values come from the one model.
 */
import type { Static } from 'typebox';
import type { GraphSchema } from '../../../../graph-service/src/contract/common';
import type { NodeDetailsSchema } from '../../../../graph-service/src/contract/graph';
import { NODE_LABELS, TIE_TYPE_NAMES, isNodeLabel, type NodeLabel, type PropertyValue, type TieType } from '../../../../graph-service/src/model/model';

export const NODE_TYPES = NODE_LABELS;
export type NodeType = NodeLabel;
export const TIE_TYPES = TIE_TYPE_NAMES;
export type { TieType };
export const isNodeType = isNodeLabel;

export type { PropertyValue };

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

/** GET /api/graph and /api/nodes/:id/neighbourhood, as the contract describes it. */
export type GraphAnswer = Static<typeof GraphSchema>;

/**
 * What `dataGraphFromJSON` reads: the served graph, with missing attributes tolerated (it fills in
 * names, labels, kinds and tie types), so a partial or older answer still draws.
 */
export interface SerializedGraph {
  attributes?: GraphAnswer['attributes'];
  options?: Partial<GraphAnswer['options']>;
  nodes: { key: string; attributes?: Partial<GraphAnswer['nodes'][number]['attributes']> }[];
  edges: { key?: string; source: string; target: string; attributes?: Partial<GraphAnswer['edges'][number]['attributes']> }[];
}

type NodeDetailsAnswer = Static<typeof NodeDetailsSchema>;

/**
 * One of a node's ties as the panel reads it. The contract leaves a tie's properties open
 * (`unknown`); what the service stores there are the model's property values.
 */
export type Tie = Omit<NodeDetailsAnswer['ties'][number], 'properties'> & { properties: Record<string, PropertyValue | undefined> };

/** GET /api/nodes/:id */
export type NodeDetails = Omit<NodeDetailsAnswer, 'ties'> & { ties: Tie[] };
