/** Cypher for the filtered subgraph: nodes by kind, theme, area, alliance, tier and date, a page at a time. */
import type { Driver } from 'neo4j-driver';
import type { Static } from 'typebox';
import type { GraphSchema } from '../contract/common.ts';
import { visibleNode } from '../db/records.ts';
import { ENTITY_LABEL } from './schemaRepository.ts';
import { int } from '../db/values.ts';
import type { MembershipTier, NodeLabel, TieType } from '../model/model.ts';
import { GRAPH_OPTIONS, tieTypeAllowed, toSerializedEdge, toSerializedNode } from './graphReads.ts';
import { asOfParameters, countsCypher, factStatusCypher, nodeStatusCypher } from './validAt.ts';
import type { AsOf } from '../model/time.ts';
import { TIES } from './tieRoles.ts';

export interface SubgraphFilter {
  types: NodeLabel[] | null;
  tieTypes: TieType[] | null;
  theme: string | null;
  area: string | null;
  alliance: string | null;
  tier: MembershipTier | null;
  /** The network on a date (validAt.ts): nodes in it and the ties counted then. */
  asOf: AsOf;
  /** Also keep the nodes one tie away from those that pass. */
  neighbours: boolean;
  hidden: NodeLabel[];
}

/**
 * The subgraph filter as a Cypher predicate on one node variable. Only the filters in use are
 * written in, so the planner sees a simple query; every value still comes from parameters.
 */
function passes(v: string, filter: SubgraphFilter): string {
  const clauses = [visibleNode(v)];
  if (filter.types) clauses.push(`any(l IN labels(${v}) WHERE l IN $types)`);
  if (filter.theme) clauses.push(`(${v}.id = $theme OR EXISTS { (${v})--(:Theme {map: $map, id: $theme}) })`);
  if (filter.area) {
    clauses.push(`(${v}.id = $area OR EXISTS { (${v})-[:${TIES.containment}*1..4]->(:Area {map: $map, id: $area}) }
      OR EXISTS { (${v})-[:${TIES.location}]->(:Area)-[:${TIES.containment}*0..4]->(:Area {map: $map, id: $area}) })`);
  }
  if (filter.alliance) {
    const tier = filter.tier ? ' WHERE m.tier = $tier' : '';
    clauses.push(`(${v}.id = $alliance OR EXISTS { (${v})-[m:${TIES.membership}]->(:Alliance {map: $map, id: $alliance})${tier} })`);
  } else if (filter.tier) {
    clauses.push(`EXISTS { (${v})-[m:${TIES.membership}]->(:Alliance) WHERE m.tier = $tier }`);
  }
  return `(${clauses.join(' AND ')})`;
}

function keptByFilters(v: string, filter: SubgraphFilter): string {
  if (!filter.neighbours) return passes(v, filter);
  return `(${visibleNode(v)} AND (${passes(v, filter)} OR EXISTS { MATCH (${v})--(near:${ENTITY_LABEL}) WHERE ${passes('near', filter)} }))`;
}

/** Kept by the filters and, on a date, in the network then; the time rule is only written in when a date is asked for. */
function kept(v: string, filter: SubgraphFilter): string {
  const byFilters = keptByFilters(v, filter);
  return filter.asOf.date === null ? byFilters : `(${byFilters} AND ${countsCypher(nodeStatusCypher(v))})`;
}

export class SubgraphRepository {
  constructor(private readonly driver: Driver, private readonly database: string) {}

  /** One page of the map's filtered subgraph, in node-id order. */
  async subgraph(map: string, filter: SubgraphFilter, page: { cursor: string | null; limit: number }): Promise<Static<typeof GraphSchema>> {
    const params = {
      map, types: filter.types, tieTypes: filter.tieTypes, theme: filter.theme, area: filter.area, alliance: filter.alliance,
      tier: filter.tier, hidden: filter.hidden, cursor: page.cursor, limit: int(page.limit + 1), ...asOfParameters(filter.asOf),
    };
    const { records } = await this.driver.executeQuery(
      `MATCH (n:${ENTITY_LABEL} {map: $map}) WHERE ($cursor IS NULL OR n.id > $cursor) AND ${kept('n', filter)}
       RETURN n.id AS id, labels(n) AS labels, properties(n) AS props
       ORDER BY n.id LIMIT $limit`,
      params,
      { database: this.database },
    );
    const more = records.length > page.limit;
    const nodes = records.slice(0, page.limit).map((r) => toSerializedNode(r.get('id'), r.get('labels'), r.get('props')));
    const ids = nodes.map((n) => n.key);
    const { records: tieRecords } = await this.driver.executeQuery(
      `UNWIND $ids AS sourceId
       MATCH (a:${ENTITY_LABEL} {map: $map, id: sourceId})-[r]->(b:${ENTITY_LABEL})
       WITH a, b, r, ${factStatusCypher('r')} AS status WHERE ${tieTypeAllowed('r')} AND status IN ['holds', 'undated'] AND ${keptByFilters('b', filter)}
       RETURN a.id AS source, b.id AS target, type(r) AS tieType, properties(r) AS props, elementId(r) AS elementId, status,
              ${countsCypher('status')} AND ${filter.asOf.date === null ? 'true' : countsCypher(nodeStatusCypher('b'))} AS counted`,
      { ...params, ids },
      { database: this.database },
    );
    const undatedTies = tieRecords.filter((r) => r.get('status') === 'undated').length;
    const edges = tieRecords.filter((r) => r.get('counted')).map((r) => toSerializedEdge(r.get('source'), r.get('target'), r.get('tieType'), r.get('props'), r.get('elementId')));
    let totalNodes: number | null = null;
    if (page.cursor === null) {
      const { records: countRecords } = await this.driver.executeQuery(
        `MATCH (n:${ENTITY_LABEL} {map: $map}) WHERE ${kept('n', filter)} RETURN count(n) AS total`,
        params,
        { database: this.database },
      );
      totalNodes = countRecords[0].get('total').toNumber();
    }
    const { hidden: _hidden, asOf, ...shownFilter } = filter;
    const onDate = asOf.date === null ? {} : { asOf: asOf.date, day: params.day, undated: asOf.undated ? 'include' : 'exclude', undatedTies };
    return {
      attributes: { nextCursor: more ? ids[ids.length - 1] : null, totalNodes, filter: { ...shownFilter, asOf: asOf.date }, ...onDate },
      options: GRAPH_OPTIONS,
      nodes,
      edges,
    };
  }
}
