/**
 * The Alliance Atlas graph model, written down once. The schema, the seed loader,
 * the API and the app's types all derive from these constants.
 */

export const NODE_LABELS = [
  'Organisation',
  'Person',
  'Theme',
  'Partnership',
  'Event',
  'Area',
  'Alliance',
] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

/** Each tie type with the labels it may join and the properties it carries besides provenance. */
export const TIE_TYPES = {
  MEMBER_OF: { from: ['Organisation'], to: ['Alliance'], properties: ['tier'] },
  WORKS_ON: { from: ['Organisation', 'Partnership'], to: ['Theme'], properties: ['lead'] },
  PARTNER_IN: { from: ['Organisation'], to: ['Partnership'], properties: ['role'] },
  FUNDS: {
    from: ['Organisation'],
    to: ['Organisation', 'Partnership', 'Alliance'],
    properties: ['amount', 'currency', 'period', 'purpose'],
  },
  WORKS_FOR: { from: ['Person'], to: ['Organisation', 'Alliance'], properties: ['role'] },
  ATTENDED: { from: ['Organisation', 'Person'], to: ['Event'], properties: ['role'] },
  HOSTED: { from: ['Organisation', 'Person'], to: ['Event'], properties: [] },
  ABOUT: { from: ['Event'], to: ['Theme'], properties: [] },
  PART_OF: { from: ['Event', 'Area'], to: ['Event', 'Area'], properties: [] },
  LOCATED_IN: {
    from: ['Organisation', 'Partnership', 'Event', 'Alliance'],
    to: ['Area'],
    properties: ['address'],
  },
  /** A plain tie between two organisations that someone reported. */
  CONNECTED_WITH: { from: ['Organisation'], to: ['Organisation'], properties: ['description'] },
} as const satisfies Record<string, { from: readonly NodeLabel[]; to: readonly NodeLabel[]; properties: readonly string[] }>;
export type TieType = keyof typeof TIE_TYPES;
export const TIE_TYPE_NAMES = Object.keys(TIE_TYPES) as TieType[];

export const MEMBERSHIP_TIERS = ['core', 'delivery partner', 'associate'] as const;
export type MembershipTier = (typeof MEMBERSHIP_TIERS)[number];

/** Where a fact comes from and when it held. Every node and tie carries it. */
export interface Provenance {
  /** The document and section, meeting or person that reported it, e.g. "001_b1873602fe825769.txt §3.1". */
  source: string;
  since?: string;
  until?: string;
  /** ISO date the fact was last confirmed. */
  lastConfirmed?: string;
}

export type PropertyValue = string | number | boolean | string[] | null;

export interface NodeRecord extends Provenance {
  id: string;
  label: NodeLabel;
  name: string;
  description?: string;
  aliases?: string[];
  createdAt?: string;
  updatedAt?: string;
  [property: string]: PropertyValue | undefined;
}

export interface TieRecord extends Provenance {
  /** Stable id of the tie, derived from its type and ends unless given. */
  id: string;
  type: TieType;
  from: string;
  to: string;
  [property: string]: PropertyValue | undefined;
}

export function isNodeLabel(value: unknown): value is NodeLabel {
  return typeof value === 'string' && (NODE_LABELS as readonly string[]).includes(value);
}

export function isTieType(value: unknown): value is TieType {
  return typeof value === 'string' && value in TIE_TYPES;
}
