/** Shapes of the data the graph service sends. Mirrors graph-service/src/model/model.ts. */

export const NODE_TYPES = ['Organisation', 'Person', 'Theme', 'Partnership', 'Event', 'Area', 'Alliance'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export const TIE_TYPES = [
  'MEMBER_OF',
  'WORKS_ON',
  'PARTNER_IN',
  'FUNDS',
  'WORKS_FOR',
  'ATTENDED',
  'HOSTED',
  'ABOUT',
  'PART_OF',
  'LOCATED_IN',
  'CONNECTED_WITH',
] as const;
export type TieType = (typeof TIE_TYPES)[number];

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

export interface SerializedGraph {
  attributes?: Record<string, unknown>;
  options?: { type?: 'directed' | 'undirected' | 'mixed'; multi?: boolean; allowSelfLoops?: boolean };
  nodes: { key: string; attributes?: Partial<DataNodeAttributes> }[];
  edges: { key?: string; source: string; target: string; attributes?: Partial<DataEdgeAttributes> }[];
}

/** GET /api/nodes/:id */
export interface NodeDetails {
  node: {
    id: string;
    nodeType: NodeType;
    name: string;
    description?: string;
    aliases?: string[];
    source?: string;
    since?: string;
    until?: string;
    lastConfirmed?: string;
    [property: string]: PropertyValue | undefined;
  };
  ties: Tie[];
}

export interface Tie {
  id: string;
  tieType: TieType;
  direction: 'out' | 'in';
  other: { id: string; name: string; nodeType: NodeType };
  properties: Record<string, PropertyValue | undefined>;
}
