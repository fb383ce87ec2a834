/**
 * The organisation network: every open organisation is a node, and two organisations are tied
 * when something in the stakeholder graph joins them. Each kind of joint adds a weight (exported
 * defaults below; callers may override any of them, and a weight of 0 leaves that kind out):
 *
 * Which tie does what is its type's `network` role in the model (today's types in brackets), so a
 * new tie type joins in by the role it is given:
 *
 * | kind        | two organisations are joined when…                                       | default |
 * | ----------- | ------------------------------------------------------------------------- | ------- |
 * | connected   | someone reported a tie between them (reported: CONNECTED_WITH)            | 1       |
 * | funding     | one funds the other (funding: FUNDS)                                      | 1       |
 * |             | one funds a partnership the other is in (partnership: PARTNER_IN)         | 0.5     |
 * |             | one funds an alliance the other is a core member of (membership)          | 0.25    |
 * | partnership | both are in the same partnership (per partnership)                        | 1       |
 * | people      | one person works for both (employment: WORKS_FOR; per person)             | 0.75    |
 * | event       | both attended or hosted one event (attendance: ATTENDED, HOSTED; weak)    | 0.1     |
 * | alliance    | both are members of one alliance, any tier (membership: MEMBER_OF; weak)  | 0.05    |
 *
 * Weights add up over everything two organisations share. Connected, funding, partnership and
 * people are working relationships ("structural" ties): isolation, cut-points, brokers, distances
 * to the core group, introductions and the health figures use only those. Events and alliance
 * membership are shared context: they count towards clusters (Louvain runs on all weights) but
 * never make an organisation look connected on their own. People are counted, never named, so a
 * reason never gives away who works where.
 */
import { UndirectedGraph } from 'graphology';
import type { AtlasModel } from '../model/model.ts';
import { networkRole, readFacts, type AtlasFacts } from './facts.ts';
import { endedOn } from './dates.ts';
import { indexGraph, type IndexedGraph } from './indexed.ts';
import type { AtlasGraph, Contribution, ContributionKind, OrgNode, OrgTie } from './types.ts';

export interface ProjectionWeights {
  connected: number;
  funding: number;
  partnershipFunding: number;
  allianceFunding: number;
  partnership: number;
  people: number;
  event: number;
  alliance: number;
}

export const DEFAULT_PROJECTION_WEIGHTS: Readonly<ProjectionWeights> = Object.freeze({
  connected: 1,
  funding: 1,
  partnershipFunding: 0.5,
  allianceFunding: 0.25,
  partnership: 1,
  people: 0.75,
  event: 0.1,
  alliance: 0.05,
});

export const STRUCTURAL_KINDS: ReadonlySet<ContributionKind> = new Set(['connected', 'funding', 'partnership', 'people']);

export interface ProjectionOptions {
  weights?: Partial<ProjectionWeights>;
  /** Date that decides which ties have ended (`until` before it) and which records are stale. Default: now. */
  asOf?: Date | string | number;
  /** Leave out all funding that reaches this organisation (what-if: it loses its funding). */
  withoutFundingTo?: string;
  /** Whose tie types say how each tie counts (`network`); default the real model. */
  model?: AtlasModel;
}

export interface OrganisationNetwork {
  /** Undirected, simple; node keys sorted; edge attributes OrgTie. */
  graph: UndirectedGraph<OrgNode, OrgTie>;
  facts: AtlasFacts;
  weights: ProjectionWeights;
  /** All ties, weighted (what Louvain sees). */
  full: IndexedGraph;
  /** Working relationships only, unweighted (what the structural measures see). */
  structural: IndexedGraph;
}

export function resolveWeights(weights: Partial<ProjectionWeights> = {}): ProjectionWeights {
  const resolved = { ...DEFAULT_PROJECTION_WEIGHTS };
  for (const [key, value] of Object.entries(weights)) {
    if (!(key in resolved)) throw new Error(`Unknown projection weight "${key}". Known: ${Object.keys(resolved).join(', ')}.`);
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw new Error(`Projection weight "${key}" must be a number ≥ 0.`);
    resolved[key as keyof ProjectionWeights] = value;
  }
  return resolved;
}

export function organisationNetwork(data: AtlasGraph, options: ProjectionOptions = {}): OrganisationNetwork {
  const weights = resolveWeights(options.weights);
  const facts = readFacts(data, { asOf: options.asOf, withoutFundingTo: options.withoutFundingTo, model: options.model });
  const pairs = new Map<string, Contribution[]>();
  const join = (a: string, b: string, contribution: Contribution) => {
    if (a === b || contribution.weight <= 0) return;
    if (!facts.isOrganisation.has(a) || !facts.isOrganisation.has(b)) return;
    const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    const list = pairs.get(key) ?? [];
    list.push(contribution);
    pairs.set(key, list);
  };
  const allPairs = (members: string[], contribution: Contribution) => {
    const sorted = [...new Set(members)].filter((m) => facts.isOrganisation.has(m)).sort();
    for (let i = 0; i < sorted.length; i++) for (let j = i + 1; j < sorted.length; j++) join(sorted[i], sorted[j], contribution);
  };

  // Direct ties and who goes where (people, events).
  const peopleAt = new Map<string, string[]>();
  const eventGoers = new Map<string, string[]>();
  const ended = endedOn(facts.asOf);
  data.forEachEdge((_, attrs, source, target) => {
    if (ended(attrs.until)) return;
    const role = networkRole(attrs.tieType, options.model);
    if (role === 'reported') join(source, target, { kind: 'connected', weight: weights.connected });
    else if (role === 'employment') peopleAt.set(source, [...(peopleAt.get(source) ?? []), target]);
    else if (role === 'attendance') eventGoers.set(target, [...(eventGoers.get(target) ?? []), source]);
  });
  for (const l of facts.fundingLinks) {
    const weight = l.route === 'direct' ? weights.funding : l.route === 'partnership' ? weights.partnershipFunding : weights.allianceFunding;
    join(l.funder, l.recipient, { kind: 'funding', weight, funder: l.funder, route: l.route, ...(l.via ? { via: l.via } : {}) });
  }
  for (const [partnership, members] of facts.partnersIn) allPairs([...members], { kind: 'partnership', weight: weights.partnership, via: partnership });
  for (const orgs of peopleAt.values()) allPairs(orgs, { kind: 'people', weight: weights.people });
  for (const [event, goers] of eventGoers) allPairs(goers, { kind: 'event', weight: weights.event, via: event });
  for (const [alliance, members] of facts.allianceMembers) allPairs([...members.keys()], { kind: 'alliance', weight: weights.alliance, via: alliance });

  const graph = new UndirectedGraph<OrgNode, OrgTie>();
  for (const id of facts.organisations) {
    const tier = facts.tierOf.get(id);
    graph.addNode(id, { name: facts.name(id), core: facts.core.has(id), ...(tier ? { tier } : {}) });
  }
  for (const [key, contributions] of [...pairs].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) {
    const [a, b] = key.split('\u0000');
    const weight = contributions.reduce((s, c) => s + c.weight, 0);
    graph.addEdge(a, b, { weight, structural: contributions.some((c) => STRUCTURAL_KINDS.has(c.kind)), contributions });
  }
  const full = indexGraph(graph, { weight: 'weight' });
  const structural = indexGraph(graph, { filter: (_, attrs) => attrs.structural === true });
  return { graph, facts, weights, full, structural };
}

/** One line on what joins two organisations, e.g. "partners in Youth Battersea; 1 shared person". */
export function describeTie(network: OrganisationNetwork, a: string, b: string): string {
  if (!network.graph.hasEdge(a, b)) return 'not tied';
  const { contributions } = network.graph.getEdgeAttributes(a, b);
  const name = network.facts.name;
  const parts: string[] = [];
  // Partnership contributions always name their partnership, funding ones their funder (and route).
  // Sorted, so the line does not depend on the order the store gave the ties in.
  const partnerships = contributions.flatMap((c) => (c.kind === 'partnership' && c.via ? [name(c.via)] : [])).sort();
  if (contributions.some((c) => c.kind === 'connected')) parts.push('a reported tie');
  const funding: string[] = [];
  for (const { kind, funder, route, via } of contributions) {
    if (kind !== 'funding' || !funder) continue;
    const recipient = funder === a ? b : a;
    const how = route === 'direct' || !via ? '' : route === 'partnership' ? ` through ${name(via)}` : ` through the ${name(via)} core group`;
    funding.push(`${name(funder)} funds ${name(recipient)}${how}`);
  }
  parts.push(...funding.sort());
  if (partnerships.length) parts.push(`partners in ${partnerships.join(', ')}`);
  const people = contributions.filter((c) => c.kind === 'people').length;
  if (people) parts.push(`${people} ${people === 1 ? 'person works' : 'people work'} for both`);
  const events = contributions.filter((c) => c.kind === 'event').length;
  if (events) parts.push(`${events} shared event${events === 1 ? '' : 's'}`);
  if (contributions.some((c) => c.kind === 'alliance')) parts.push('same alliance');
  return parts.join('; ');
}
