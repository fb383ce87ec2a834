/**
 * Forgiving type names: spreadsheets say "Organization", "org" or "funding" where the model says
 * Organisation and FUNDS. Anything not recognised is refused with the list of accepted names.
 */
import { NODE_LABELS, TIE_TYPE_NAMES, type NodeLabel, type TieType } from '../model/model.ts';

/** Lower case, letters only: "Member of", "member_of" and "MEMBER-OF" all become "memberof". */
export function typeKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z]/g, '');
}

const NODE_SYNONYMS: Record<NodeLabel, string[]> = {
  Organisation: ['organisation', 'organization', 'org', 'orgs', 'organisations', 'organizations', 'group', 'charity', 'company', 'agency', 'service', 'funder', 'club'],
  Person: ['person', 'people', 'individual', 'persons', 'contact'],
  Theme: ['theme', 'themes', 'topic', 'issue', 'focus'],
  Partnership: ['partnership', 'partnerships', 'project', 'programme', 'program', 'collaboration', 'consortium'],
  Event: ['event', 'events', 'meeting', 'workshop', 'conference'],
  Area: ['area', 'areas', 'place', 'location', 'borough', 'region', 'neighbourhood', 'neighborhood', 'ward'],
  Alliance: ['alliance', 'alliances', 'network', 'coalition'],
};

const TIE_SYNONYMS: Record<TieType, string[]> = {
  MEMBER_OF: ['memberof', 'member', 'membership', 'ismemberof', 'belongsto'],
  WORKS_ON: ['workson', 'worksontheme', 'theme', 'focuson', 'focus'],
  PARTNER_IN: ['partnerin', 'partner', 'partnerof', 'partnership'],
  FUNDS: ['funds', 'funding', 'funder', 'funded', 'fundedby', 'grant', 'grants', 'fund'],
  WORKS_FOR: ['worksfor', 'worksat', 'employee', 'employedby', 'staff', 'staffof'],
  ATTENDED: ['attended', 'attends', 'attendee', 'participant', 'participatedin'],
  HOSTED: ['hosted', 'hosts', 'host', 'hostedby'],
  ABOUT: ['about', 'topic', 'subject'],
  PART_OF: ['partof', 'within', 'subareaof', 'followupof'],
  LOCATED_IN: ['locatedin', 'located', 'location', 'basedin', 'in'],
  CONNECTED_WITH: ['connectedwith', 'connected', 'connection', 'link', 'linked', 'knows', 'workswith', 'referral', 'refersto'],
};

const NODE_LOOKUP = new Map<string, NodeLabel>();
for (const label of NODE_LABELS) for (const name of [label, ...NODE_SYNONYMS[label]]) NODE_LOOKUP.set(typeKey(name), label);
const TIE_LOOKUP = new Map<string, TieType>();
for (const type of TIE_TYPE_NAMES) for (const name of [type, ...TIE_SYNONYMS[type]]) TIE_LOOKUP.set(typeKey(name), type);

export type TypeMatch<T> = { ok: true; value: T } | { ok: false; reason: string };

export function matchNodeLabel(text: string): TypeMatch<NodeLabel> {
  const found = NODE_LOOKUP.get(typeKey(text));
  if (found) return { ok: true, value: found };
  return { ok: false, reason: `type "${text}" is not an element type; use one of ${NODE_LABELS.join(', ')}` };
}

export function matchTieType(text: string): TypeMatch<TieType> {
  const found = TIE_LOOKUP.get(typeKey(text));
  if (found) return { ok: true, value: found };
  return { ok: false, reason: `type "${text}" is not a connection type; use one of ${TIE_TYPE_NAMES.join(', ')}` };
}
