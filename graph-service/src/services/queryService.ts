/**
 * The stakeholder questions, each inside one map: search, counts, neighbourhoods, paths, theme
 * overviews and filtered subgraphs; and the one question across maps, search everywhere. Checks what was asked for (unknown ids, two ends that are one) and shapes the answers;
 * the Cypher is in the repositories.
 */
import type { Static } from 'typebox';
import type { GraphSchema } from '../contract/common.ts';
import type { PathAnswer, SearchAnswer, SearchEverywhereAnswer, StatsAnswer, SubgraphQuery, ThemeOverview } from '../contract/queries.ts';
import type { Database } from '../db/connection.ts';
import { BadRequestError, NotFoundError } from '../errors.ts';
import type { NodeLabel } from '../model/model.ts';
import { asOfDay, WHOLE_RECORD, type AsOf, type FactStatus } from '../model/time.ts';
import type { OnDate } from '../contract/graph.ts';
import { GraphRepository } from '../repositories/graphRepository.ts';
import { SearchRepository, type SearchHit, type SearchOptions } from '../repositories/searchRepository.ts';
import { SubgraphRepository } from '../repositories/subgraphRepository.ts';
import { ThemeRepository, type ThemeRecords } from '../repositories/themeRepository.ts';
import { WalkRepository, type NeighbourhoodOptions, type PathOptions } from '../repositories/walkRepository.ts';
import { buildSearchQuery, inMapQuery, matchedAlias, type SearchTerms } from './searchQuery.ts';

type Graph = Static<typeof GraphSchema>;

/** A hit as answered: the alias it was found by, when its name alone does not explain it. */
function withMatchedAlias<T extends SearchHit>({ aliases, ...hit }: T, terms: SearchTerms): Omit<T, 'aliases'> & { matchedAlias?: string } {
  const alias = matchedAlias(hit.name, aliases, terms.words);
  return alias ? { ...hit, matchedAlias: alias } : hit;
}
type Overview = Static<typeof ThemeOverview>;

/** What an answer on a date says it left out; nothing over the whole record. */
function onDate(asOf: AsOf | undefined, left: { undatedTies?: number; undatedNodes?: number; status?: FactStatus }): { onDate?: Static<typeof OnDate> } {
  const day = asOfDay(asOf?.date);
  if (!asOf?.date || day === undefined) return {};
  const { undatedTies = 0, undatedNodes = 0, status } = left;
  return { onDate: { asOf: asOf.date, day, undated: asOf.undated ? 'include' : 'exclude', undatedTies, undatedNodes, ...(status ? { status } : {}) } };
}

/** Who leads a theme and who else works on it, directly or as a partner in a partnership on it. */
export function themeOverview(records: ThemeRecords): Overview {
  const { theme, direct, partnerships, events, people, funding } = records;
  const leads: Overview['leads'] = [
    ...direct.filter((o) => o.lead).map((o) => ({ id: o.id, name: o.name, nodeType: 'Organisation' as NodeLabel, via: 'leads the theme' })),
    ...partnerships.filter((p) => p.leadsTheme).map((p) => ({ id: p.id, name: p.name, nodeType: 'Partnership' as NodeLabel, via: 'leads the theme' })),
  ];
  const seen = new Set(direct.map((o) => o.id));
  const organisations: Overview['organisations'] = direct.filter((o) => !o.lead).map((o) => ({ id: o.id, name: o.name, nodeType: 'Organisation', via: 'works on the theme' }));
  for (const p of partnerships) {
    for (const m of p.members) {
      if (seen.has(m.id)) continue;
      seen.add(m.id);
      organisations.push({ id: m.id, name: m.name, nodeType: 'Organisation', via: `partner in ${p.name}` });
    }
  }
  organisations.sort((a, b) => a.name.localeCompare(b.name));
  return {
    theme,
    leads,
    organisations,
    partnerships: partnerships.map(({ id, name, members }) => {
      const leadMember = members.find((m) => m.role === 'lead');
      return { id, name, lead: leadMember ? { id: leadMember.id, name: leadMember.name } : null, members };
    }),
    events,
    people,
    funding,
  };
}

export class QueryService {
  private readonly graphs: GraphRepository;
  private readonly search: SearchRepository;
  private readonly walks: WalkRepository;
  private readonly themes: ThemeRepository;
  private readonly subgraphs: SubgraphRepository;

  constructor({ driver, database }: Database) {
    this.graphs = new GraphRepository(driver, database);
    this.search = new SearchRepository(driver, database);
    this.walks = new WalkRepository(driver, database);
    this.themes = new ThemeRepository(driver, database);
    this.subgraphs = new SubgraphRepository(driver, database);
  }

  async find(map: string, q: string, options: SearchOptions): Promise<Static<typeof SearchAnswer>> {
    const terms = buildSearchQuery(q);
    if (!terms) return { query: q, results: [], ...onDate(options.asOf, {}) };
    const { hits, undatedNodes } = await this.search.search(map, inMapQuery(map, terms.lucene), options);
    return { query: q, results: hits.map((hit) => withMatchedAlias(hit, terms)), ...onDate(options.asOf, { undatedNodes }) };
  }

  /** "Is this organisation already in another map?": the same search over every map. */
  async findEverywhere(q: string, options: SearchOptions & { archived: boolean }): Promise<Static<typeof SearchEverywhereAnswer>> {
    const terms = buildSearchQuery(q);
    if (!terms) return { query: q, results: [], ...onDate(options.asOf, {}) };
    const { hits, undatedNodes } = await this.search.searchEveryMap(terms.lucene, options);
    return { query: q, results: hits.map((hit) => withMatchedAlias(hit, terms)), ...onDate(options.asOf, { undatedNodes }) };
  }

  stats(map: string, hidden: NodeLabel[], asOf: AsOf = WHOLE_RECORD): Promise<Static<typeof StatsAnswer>> {
    return this.graphs.stats(map, hidden, asOf);
  }

  async neighbourhood(map: string, id: string, options: NeighbourhoodOptions): Promise<Graph> {
    const graph = await this.walks.neighbourhood(map, id, options);
    if (!graph) throw new NotFoundError(`No node in this map has the id "${id}".`);
    return graph;
  }

  async paths(map: string, from: string, to: string, options: PathOptions): Promise<Static<typeof PathAnswer>> {
    if (from === to) {
      throw new BadRequestError('Choose two different nodes to find a path between.', [{ field: '/to', code: 'not_allowed', message: '"to" must differ from "from".' }]);
    }
    const [fromNode, toNode] = await Promise.all([this.walks.visibleNode(map, from, options.hidden), this.walks.visibleNode(map, to, options.hidden)]);
    if (!fromNode) throw new NotFoundError(`No node in this map has the id "${from}".`);
    if (!toNode) throw new NotFoundError(`No node in this map has the id "${to}".`);
    const asOf = options.asOf ?? WHOLE_RECORD;
    for (const id of [from, to]) {
      if (!(await this.walks.inNetwork(map, id, options.hidden, asOf))) {
        throw new NotFoundError(`"${id}" was not in the network on ${asOf.date}: none of its ties held then. Choose a later date, or count undated ties with undated=include.`);
      }
    }
    const paths = await this.walks.paths(map, from, to, options);
    return { from, to, length: paths.length ? paths[0].ties.length : null, paths };
  }

  async theme(map: string, id: string, hidden: NodeLabel[], asOf: AsOf = WHOLE_RECORD): Promise<Overview> {
    const records = await this.themes.theme(map, id, hidden, asOf);
    if (!records) throw new NotFoundError(`No theme in this map has the id "${id}".`);
    const overview = themeOverview(records);
    return records.onDate ? { ...overview, ...onDate(asOf, records.onDate) } : overview;
  }

  async subgraph(map: string, q: Static<typeof SubgraphQuery>, hidden: NodeLabel[], asOf: AsOf = WHOLE_RECORD): Promise<Graph> {
    for (const [field, label] of [['theme', 'Theme'], ['area', 'Area'], ['alliance', 'Alliance']] as const) {
      const id = q[field];
      if (id && !(await this.walks.visibleNode(map, id, [], label))) throw new NotFoundError(`No ${label.toLowerCase()} in this map has the id "${id}".`);
    }
    return this.subgraphs.subgraph(
      map,
      { types: q.types ?? null, tieTypes: q.tieTypes ?? null, theme: q.theme ?? null, area: q.area ?? null, alliance: q.alliance ?? null, tier: q.tier ?? null, asOf, neighbours: q.neighbours, hidden },
      { cursor: q.cursor ?? null, limit: q.limit },
    );
  }
}
