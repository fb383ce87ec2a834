/** The kinds of node, each in one entry: its id prefix, its import synonyms and whether it can go stale. */

export const NODE_LABELS = ['Organisation', 'Person', 'Theme', 'Partnership', 'Event', 'Area', 'Alliance'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

/** Whether a record can go out of date ("current") or records what happened ("history"). */
export type Staleness = 'current' | 'history';

export interface NodeLabelEntry {
  /** The start of ids made from a name: `org-providence-house`. */
  idPrefix: string;
  /** Other names spreadsheets use for this kind, matched after `typeKey`. */
  synonyms: readonly string[];
  staleness: Staleness;
}

export const NODE_LABEL_ENTRIES = {
  Organisation: {
    idPrefix: 'org',
    synonyms: ['organisation', 'organization', 'org', 'orgs', 'organisations', 'organizations', 'group', 'charity', 'company', 'agency', 'service', 'funder', 'club'],
    staleness: 'current',
  },
  Person: { idPrefix: 'person', synonyms: ['person', 'people', 'individual', 'persons', 'contact'], staleness: 'current' },
  Theme: { idPrefix: 'theme', synonyms: ['theme', 'themes', 'topic', 'issue', 'focus'], staleness: 'history' },
  Partnership: {
    idPrefix: 'partnership',
    synonyms: ['partnership', 'partnerships', 'project', 'programme', 'program', 'collaboration', 'consortium'],
    staleness: 'current',
  },
  Event: { idPrefix: 'event', synonyms: ['event', 'events', 'meeting', 'workshop', 'conference'], staleness: 'history' },
  Area: { idPrefix: 'area', synonyms: ['area', 'areas', 'place', 'location', 'borough', 'region', 'neighbourhood', 'neighborhood', 'ward'], staleness: 'history' },
  Alliance: { idPrefix: 'alliance', synonyms: ['alliance', 'alliances', 'network', 'coalition'], staleness: 'current' },
} as const satisfies Record<NodeLabel, NodeLabelEntry>;

export function isNodeLabel(value: unknown): value is NodeLabel {
  return typeof value === 'string' && (NODE_LABELS as readonly string[]).includes(value);
}
