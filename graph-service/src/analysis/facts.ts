/**
 * What the analysis needs to know about each organisation, read once from the stakeholder graph:
 * alliance tiers, themes (directly or through a partnership), leads, areas, partnerships, funding.
 * Ties whose `until` has passed and organisations that have closed (`until` passed) are left out.
 */
import { MODEL, tieTypeEntry, type AtlasModel, type NetworkRole } from '../model/model.ts';
import { endedOn, toTime } from './dates.ts';
import type { AtlasGraph } from './types.ts';

const TIER_RANK: Record<string, number> = { core: 3, 'delivery partner': 2, associate: 1 };

export interface FundingLink {
  funder: string;
  recipient: string;
  /** How the money reaches the recipient organisation. */
  route: 'direct' | 'partnership' | 'alliance';
  /** The partnership or alliance it goes through. */
  via?: string;
}

export interface AtlasFacts {
  asOf: number;
  /** Open organisations, sorted by id. */
  organisations: string[];
  isOrganisation: Set<string>;
  name: (id: string) => string;
  nodeType: (id: string) => string | undefined;
  /** Strongest alliance tier of each member organisation. */
  tierOf: Map<string, string>;
  /** Alliance → its members and their tiers. */
  allianceMembers: Map<string, Map<string, string>>;
  core: Set<string>;
  /** Themes an organisation works on directly. */
  directThemes: Map<string, Set<string>>;
  /** Themes an organisation works on directly or through a partnership it is in. */
  themesOf: Map<string, Set<string>>;
  /** Theme → organisations that lead it (WORKS_ON lead = true). */
  leadsOf: Map<string, Set<string>>;
  themes: string[];
  areasOf: Map<string, Set<string>>;
  partnershipsOf: Map<string, Set<string>>;
  partnersIn: Map<string, Set<string>>;
  /** Funding each organisation receives, by route. */
  fundingOf: Map<string, FundingLink[]>;
  /** Organisations that fund anything. */
  funders: Set<string>;
  /** Every funding link that reaches an organisation, as listed in fundingOf. */
  fundingLinks: FundingLink[];
}

function add<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

export interface FactsOptions {
  asOf?: Date | string | number;
  withoutFundingTo?: string;
  /** Whose tie types say how each tie counts (`network` in the model). */
  model?: AtlasModel;
}

/** How a tie counts between organisations, from its type's entry in the model; unknown types count for nothing. */
export function networkRole(tieType: string, model: AtlasModel = MODEL): NetworkRole {
  return tieTypeEntry(tieType, model)?.network ?? 'none';
}

export function readFacts(data: AtlasGraph, options: FactsOptions = {}): AtlasFacts {
  const asOf = toTime(options.asOf);
  const ended = endedOn(asOf);
  const open = (until: unknown) => !ended(until);
  const organisations: string[] = [];
  const themes: string[] = [];
  data.forEachNode((id, attrs) => {
    if (attrs.nodeType === 'Organisation' && open(attrs.until)) organisations.push(id);
    if (attrs.nodeType === 'Theme') themes.push(id);
  });
  organisations.sort();
  themes.sort();
  const isOrganisation = new Set(organisations);
  const facts: AtlasFacts = {
    asOf,
    organisations,
    isOrganisation,
    name: (id) => (data.hasNode(id) ? String(data.getNodeAttribute(id, 'name') ?? data.getNodeAttribute(id, 'label') ?? id) : id),
    nodeType: (id) => (data.hasNode(id) ? data.getNodeAttribute(id, 'nodeType') : undefined),
    tierOf: new Map(),
    allianceMembers: new Map(),
    core: new Set(),
    directThemes: new Map(),
    themesOf: new Map(),
    leadsOf: new Map(),
    themes,
    areasOf: new Map(),
    partnershipsOf: new Map(),
    partnersIn: new Map(),
    fundingOf: new Map(),
    funders: new Set(),
    fundingLinks: [],
  };
  const partnershipThemes = new Map<string, Set<string>>();
  const funds: { funder: string; target: string }[] = [];

  data.forEachEdge((_, attrs, source, target) => {
    if (!open(attrs.until)) return;
    const fromOrg = isOrganisation.has(source);
    const role = networkRole(attrs.tieType, options.model);
    switch (role) {
      case 'membership': {
        if (!fromOrg) return;
        const tier = typeof attrs.tier === 'string' ? attrs.tier : 'associate';
        const members = facts.allianceMembers.get(target) ?? new Map<string, string>();
        facts.allianceMembers.set(target, members);
        members.set(source, tier);
        if ((TIER_RANK[tier] ?? 0) > (TIER_RANK[facts.tierOf.get(source) ?? ''] ?? 0)) facts.tierOf.set(source, tier);
        if (tier === 'core') facts.core.add(source);
        return;
      }
      case 'theme':
        if (fromOrg) {
          add(facts.directThemes, source, target);
          add(facts.themesOf, source, target);
          if (attrs.lead === true) add(facts.leadsOf, target, source);
        } else if (data.getNodeAttribute(source, 'nodeType') === 'Partnership') {
          add(partnershipThemes, source, target);
        }
        return;
      case 'partnership':
        if (!fromOrg) return;
        add(facts.partnershipsOf, source, target);
        add(facts.partnersIn, target, source);
        return;
      case 'location':
        if (fromOrg) add(facts.areasOf, source, target);
        return;
      case 'funding':
        if (!fromOrg) return;
        facts.funders.add(source);
        funds.push({ funder: source, target });
        return;
      // People, events and reported ties are counted by the projection itself.
      case 'employment':
      case 'attendance':
      case 'reported':
      case 'containment':
      case 'none':
        return;
      default:
        // A new role must be decided here: the compiler says so.
        return role satisfies never;
    }
  });

  for (const [partnership, members] of facts.partnersIn) {
    for (const theme of partnershipThemes.get(partnership) ?? []) for (const org of members) add(facts.themesOf, org, theme);
  }
  const link = (l: FundingLink) => {
    if (l.funder === l.recipient || l.recipient === options.withoutFundingTo) return;
    facts.fundingLinks.push(l);
    const list = facts.fundingOf.get(l.recipient) ?? [];
    list.push(l);
    facts.fundingOf.set(l.recipient, list);
  };
  for (const { funder, target } of funds) {
    if (isOrganisation.has(target)) link({ funder, recipient: target, route: 'direct' });
    else if (facts.partnersIn.has(target)) for (const org of facts.partnersIn.get(target) ?? []) link({ funder, recipient: org, route: 'partnership', via: target });
    else {
      // Money to an alliance is held by its core group.
      for (const [org, tier] of facts.allianceMembers.get(target) ?? []) if (tier === 'core') link({ funder, recipient: org, route: 'alliance', via: target });
    }
  }
  return facts;
}

/** Organisations active on a theme: those working on it directly or through a partnership. */
export function organisationsOnTheme(facts: AtlasFacts): Map<string, Set<string>> {
  const byTheme = new Map<string, Set<string>>();
  for (const theme of facts.themes) byTheme.set(theme, new Set());
  for (const [org, themes] of facts.themesOf) for (const t of themes) add(byTheme, t, org);
  return byTheme;
}
