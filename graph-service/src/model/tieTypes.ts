/**
 * The kinds of tie, each in ONE entry: which nodes it joins, its properties, how it is worded both
 * ways, its legend and filter group, the names an import accepts for it, and whether it goes stale.
 * Adding a tie type is one entry here; every field is required, so the compiler says what to decide.
 */
import type { NodeLabel, Staleness } from './nodes.ts';

export const MEMBERSHIP_TIERS = ['core', 'delivery partner', 'associate'] as const;
export type MembershipTier = (typeof MEMBERSHIP_TIERS)[number];

/** What a property holds; the write rules check values against it. */
export type PropertySpec =
  | { kind: 'text' }
  | { kind: 'boolean' }
  | { kind: 'amount' }
  | { kind: 'choice'; values: readonly string[] }
  /** The id of a node in the same map, of one of these labels; the service checks it exists. */
  | { kind: 'node'; labels: readonly NodeLabel[] };

const TEXT = { kind: 'text' } as const;
/** `madeAt` (model/time.ts): the event or programme a tie was made at or through. */
const MADE_AT = { kind: 'node', labels: ['Event', 'Partnership'] } as const;
const LEAD = { kind: 'boolean' } as const;
const AMOUNT = { kind: 'amount' } as const;
const TIER = { kind: 'choice', values: MEMBERSHIP_TIERS } as const;

/** A legend and filter group: ties as a community worker talks about them, with one colour and weight. */
export interface KindGroup {
  label: string;
  description: string;
  color: string;
  size: number;
}

/** In legend order. */
export const KIND_GROUPS = {
  formal: { label: 'Formal partnership', description: 'Alliance membership and delivery partnerships', color: '#6366f1', size: 1.6 },
  funding: { label: 'Funding', description: 'Money given, with amounts in the details', color: '#059669', size: 2.4 },
  informal: { label: 'Informal tie', description: 'Connections people reported', color: '#ea580c', size: 1.6 },
  people: { label: 'Works for', description: 'People and the organisations they work for', color: '#db2777', size: 1.2 },
  context: { label: 'Theme, place and events', description: 'Works on, about, based in, part of, attended, hosted', color: '#cbd5e1', size: 0.8 },
} as const satisfies Record<string, KindGroup>;
export type KindGroupId = keyof typeof KIND_GROUPS;

export interface TieWording {
  /** Read from the `from` end, before the other end's name: "Member of". */
  out: string;
  /** Read from the `to` end: "Has member". */
  in: string;
  /** Headings of a node's panel groups. */
  outGroup: string;
  inGroup: string;
  /** Between two names in running text: "Org A member of Alliance B". */
  phrase: string;
}

/**
 * What a tie means to the analysis (analysis/facts.ts, projection.ts) and to the app's theme, area
 * and alliance filters (app/src/core/graph/facets.ts): alliance membership and tier, a theme,
 * a partnership, funding, a person working somewhere, taking part in an event, a tie someone
 * reported between two organisations, where something is, one area or event inside another, or nothing.
 */
export const NETWORK_ROLES = ['membership', 'theme', 'partnership', 'funding', 'employment', 'attendance', 'reported', 'location', 'containment', 'none'] as const;
export type NetworkRole = (typeof NETWORK_ROLES)[number];

export interface TieTypeEntry<Kind extends string = string> {
  from: readonly NodeLabel[];
  to: readonly NodeLabel[];
  /** Properties besides provenance, with what each holds. */
  properties: Readonly<Record<string, PropertySpec>>;
  wording: TieWording;
  /** Reads the same both ways: offered once in the editor and shown as one group. */
  symmetric: boolean;
  kind: Kind;
  /** Where its groups come in a node's panel (memberships and money first). */
  panelRank: number;
  /** What the panel adds after a dash: the funding, one property, or nothing. */
  detail: 'funding' | { property: string } | null;
  /** Other names an import accepts, compared after `typeKey` (letters only, lower case). */
  synonyms: readonly string[];
  /** "current" ties are listed when their confirmation is old; "history" ones never are. */
  staleness: Staleness;
  /** How the analysis counts it between organisations. */
  network: NetworkRole;
}

export const TIE_TYPES = {
  MEMBER_OF: {
    from: ['Organisation'], to: ['Alliance'], properties: { tier: TIER, madeAt: MADE_AT },
    wording: { out: 'Member of', in: 'Has member', outGroup: 'Memberships', inGroup: 'Members', phrase: 'member of' },
    symmetric: false, kind: 'formal', panelRank: 0, detail: null,
    synonyms: ['memberof', 'member', 'membership', 'ismemberof', 'belongsto'], staleness: 'current', network: 'membership',
  },
  WORKS_ON: {
    from: ['Organisation', 'Partnership'], to: ['Theme'], properties: { lead: LEAD },
    wording: { out: 'Works on', in: 'Worked on by', outGroup: 'Themes worked on', inGroup: 'Who works on this', phrase: 'works on' },
    symmetric: false, kind: 'context', panelRank: 4, detail: null,
    synonyms: ['workson', 'worksontheme', 'theme', 'focuson', 'focus'], staleness: 'current', network: 'theme',
  },
  PARTNER_IN: {
    from: ['Organisation'], to: ['Partnership'], properties: { role: TEXT, madeAt: MADE_AT },
    wording: { out: 'Partner in', in: 'Has partner', outGroup: 'Partnerships', inGroup: 'Partners', phrase: 'partner in' },
    symmetric: false, kind: 'formal', panelRank: 3, detail: null,
    synonyms: ['partnerin', 'partner', 'partnerof', 'partnership'], staleness: 'current', network: 'partnership',
  },
  FUNDS: {
    from: ['Organisation'], to: ['Organisation', 'Partnership', 'Alliance'], properties: { amount: AMOUNT, currency: TEXT, period: TEXT, purpose: TEXT, madeAt: MADE_AT },
    wording: { out: 'Funds', in: 'Funded by', outGroup: 'Funding given', inGroup: 'Funding received', phrase: 'funds' },
    symmetric: false, kind: 'funding', panelRank: 2, detail: 'funding',
    synonyms: ['funds', 'funding', 'funder', 'funded', 'fundedby', 'grant', 'grants', 'fund'], staleness: 'current', network: 'funding',
  },
  WORKS_FOR: {
    from: ['Person'], to: ['Organisation', 'Alliance'], properties: { role: TEXT },
    wording: { out: 'Works for', in: 'Employs', outGroup: 'Works for', inGroup: 'People', phrase: 'works for' },
    symmetric: false, kind: 'people', panelRank: 1, detail: null,
    synonyms: ['worksfor', 'worksat', 'employee', 'employedby', 'staff', 'staffof'], staleness: 'current', network: 'employment',
  },
  ATTENDED: {
    from: ['Organisation', 'Person'], to: ['Event'], properties: { role: TEXT },
    wording: { out: 'Attended', in: 'Attended by', outGroup: 'Events attended', inGroup: 'Who attended', phrase: 'attended' },
    symmetric: false, kind: 'context', panelRank: 7, detail: null,
    synonyms: ['attended', 'attends', 'attendee', 'participant', 'participatedin'], staleness: 'history', network: 'attendance',
  },
  HOSTED: {
    from: ['Organisation', 'Person'], to: ['Event'], properties: {},
    wording: { out: 'Hosted', in: 'Hosted by', outGroup: 'Events hosted', inGroup: 'Hosts', phrase: 'hosted' },
    symmetric: false, kind: 'context', panelRank: 6, detail: null,
    synonyms: ['hosted', 'hosts', 'host', 'hostedby'], staleness: 'history', network: 'attendance',
  },
  ABOUT: {
    from: ['Event'], to: ['Theme'], properties: {},
    wording: { out: 'About', in: 'Discussed at', outGroup: 'Themes', inGroup: 'Events about this', phrase: 'about' },
    symmetric: false, kind: 'context', panelRank: 8, detail: null,
    synonyms: ['about', 'topic', 'subject'], staleness: 'history', network: 'theme',
  },
  /** Follow-up meetings and sub-areas. */
  PART_OF: {
    from: ['Event', 'Area'], to: ['Event', 'Area'], properties: {},
    wording: { out: 'Part of', in: 'Includes', outGroup: 'Part of', inGroup: 'Includes', phrase: 'part of' },
    symmetric: false, kind: 'context', panelRank: 9, detail: null,
    synonyms: ['partof', 'within', 'subareaof', 'followupof'], staleness: 'history', network: 'containment',
  },
  LOCATED_IN: {
    from: ['Organisation', 'Partnership', 'Event', 'Alliance'], to: ['Area'], properties: { address: TEXT },
    wording: { out: 'Based in', in: 'Home to', outGroup: 'Location', inGroup: 'Based here', phrase: 'located in' },
    symmetric: false, kind: 'context', panelRank: 10, detail: { property: 'address' },
    synonyms: ['locatedin', 'located', 'location', 'basedin', 'in'], staleness: 'current', network: 'location',
  },
  /** A plain tie between two organisations that someone reported. */
  CONNECTED_WITH: {
    from: ['Organisation'], to: ['Organisation'], properties: { description: TEXT, madeAt: MADE_AT },
    wording: { out: 'Connected with', in: 'Connected with', outGroup: 'Connections', inGroup: 'Connections', phrase: 'tied to' },
    symmetric: true, kind: 'informal', panelRank: 5, detail: { property: 'description' },
    synonyms: ['connectedwith', 'connected', 'connection', 'link', 'linked', 'knows', 'workswith', 'referral', 'refersto'], staleness: 'current', network: 'reported',
  },
} as const satisfies Record<string, TieTypeEntry<KindGroupId>>;
export type TieType = keyof typeof TIE_TYPES;
