/** Cypher for the stakeholder questions: neighbourhoods, paths, themes, filtered subgraphs, counts. */
import type { Driver } from 'neo4j-driver';
import { nodeTypeOf, toEntity, visibleNode, type Entity } from '../db/records.ts';
import { ENTITY_LABEL } from '../db/schema.ts';
import { int, toPlain } from '../db/values.ts';
import { NODE_LABELS, TIE_TYPE_NAMES, type MembershipTier, type NodeLabel, type TieType } from '../model/model.ts';
import {
  GRAPH_OPTIONS, readNodes, readTiesBetween, tieTypeAllowed, tieValidAt, toSerializedEdge, toSerializedNode,
  type SerializedGraph, type SerializedNode,
} from './graphReads.ts';

/** A neighbourhood walk stops collecting ids past this many, whatever the cap asked for. */
const WALK_CEILING = 50_000;

export interface NeighbourhoodOptions {
  depth: number;
  limit: number;
  types: NodeLabel[] | null;
  tieTypes: TieType[] | null;
  hidden: NodeLabel[];
}

export interface PathStep {
  id: string;
  name: string;
  nodeType: NodeLabel;
}
export interface PathTie {
  id: string;
  tieType: string;
  source: string;
  target: string;
}
export interface Path {
  nodes: PathStep[];
  ties: PathTie[];
}

export interface SubgraphFilter {
  types: NodeLabel[] | null;
  tieTypes: TieType[] | null;
  theme: string | null;
  area: string | null;
  alliance: string | null;
  tier: MembershipTier | null;
  at: string | null;
  /** Also keep the nodes one tie away from those that pass. */
  neighbours: boolean;
  hidden: NodeLabel[];
}

interface Summary {
  id: string;
  name: string;
}

export interface ThemeOverview {
  theme: Entity;
  leads: (Summary & { nodeType: NodeLabel; via: string })[];
  organisations: (Summary & { nodeType: NodeLabel; via: string })[];
  partnerships: (Summary & { lead: Summary | null; members: (Summary & { role: string | null })[] })[];
  events: (Summary & { date: string | null })[];
  people: (Summary & { role: string | null; organisation: Summary })[] | null;
  funding: { id: string; funder: Summary; recipient: Summary & { nodeType: NodeLabel }; amount?: number; currency?: string; period?: string; purpose?: string }[];
}

/**
 * The subgraph filter as a Cypher predicate on one node variable. Only the filters in use are
 * written in, so the planner sees a simple query; every value still comes from parameters.
 */
function passes(v: string, filter: SubgraphFilter): string {
  const clauses = [visibleNode(v)];
  if (filter.types) clauses.push(`any(l IN labels(${v}) WHERE l IN $types)`);
  if (filter.theme) clauses.push(`(${v}.id = $theme OR EXISTS { (${v})--(:Theme {id: $theme}) })`);
  if (filter.area) {
    clauses.push(`(${v}.id = $area OR EXISTS { (${v})-[:PART_OF*1..4]->(:Area {id: $area}) }
      OR EXISTS { (${v})-[:LOCATED_IN]->(:Area)-[:PART_OF*0..4]->(:Area {id: $area}) })`);
  }
  if (filter.alliance) {
    const tier = filter.tier ? ' WHERE m.tier = $tier' : '';
    clauses.push(`(${v}.id = $alliance OR EXISTS { (${v})-[m:MEMBER_OF]->(:Alliance {id: $alliance})${tier} })`);
  } else if (filter.tier) {
    clauses.push(`EXISTS { (${v})-[m:MEMBER_OF]->(:Alliance) WHERE m.tier = $tier }`);
  }
  return `(${clauses.join(' AND ')})`;
}

function kept(v: string, filter: SubgraphFilter): string {
  if (!filter.neighbours) return passes(v, filter);
  return `(${visibleNode(v)} AND (${passes(v, filter)} OR EXISTS { MATCH (${v})--(near:${ENTITY_LABEL}) WHERE ${passes('near', filter)} }))`;
}

export class QueryRepository {
  constructor(private readonly driver: Driver, private readonly database: string) {}

  /** Whether a node with this id (and label, if given) exists and the caller may see it. */
  async visibleNode(id: string, hidden: NodeLabel[], label?: NodeLabel): Promise<boolean> {
    const { records } = await this.driver.executeQuery(
      `MATCH (n:${ENTITY_LABEL} {id: $id}) WHERE ${visibleNode('n')} AND ($label IS NULL OR $label IN labels(n)) RETURN count(n) AS c`,
      { id, hidden, label: label ?? null },
      { database: this.database },
    );
    return records[0].get('c').toNumber() > 0;
  }

  async neighbourhood(center: string, options: NeighbourhoodOptions): Promise<SerializedGraph | undefined> {
    const distance = new Map<string, number>([[center, 0]]);
    const { records: found } = await this.driver.executeQuery(
      `MATCH (n:${ENTITY_LABEL} {id: $center}) WHERE ${visibleNode('n')} RETURN n.id AS id`,
      { center, hidden: options.hidden },
      { database: this.database },
    );
    if (found.length === 0) return undefined;
    let frontier = [center];
    let walkCut = false;
    for (let depth = 1; depth <= options.depth && frontier.length > 0 && !walkCut; depth++) {
      const { records } = await this.driver.executeQuery(
        `UNWIND $frontier AS fromId
         MATCH (a:${ENTITY_LABEL} {id: fromId})-[r]-(b:${ENTITY_LABEL})
         WHERE ${tieTypeAllowed('r')} AND ${visibleNode('b')} AND ($types IS NULL OR any(l IN labels(b) WHERE l IN $types))
         RETURN DISTINCT b.id AS id LIMIT $ceiling`,
        { frontier, tieTypes: options.tieTypes, types: options.types, hidden: options.hidden, ceiling: int(WALK_CEILING), at: null },
        { database: this.database },
      );
      const next: string[] = [];
      for (const r of records) {
        const id = r.get('id') as string;
        if (distance.has(id)) continue;
        distance.set(id, depth);
        next.push(id);
      }
      walkCut = records.length >= WALK_CEILING;
      frontier = next;
    }
    // Nearest first; the walk returns each layer in full, so the cut falls on the farthest layer.
    const ids = [...distance.keys()].slice(0, options.limit);
    const truncated = walkCut || distance.size > options.limit;
    const nodes = (await readNodes(this.driver, this.database, ids, options.hidden)).map((n) => ({
      ...n,
      attributes: { ...n.attributes, distance: distance.get(n.key) },
    }));
    const edges = await readTiesBetween(this.driver, this.database, ids, ids, { tieTypes: options.tieTypes });
    return {
      attributes: { center, depth: options.depth, limit: options.limit, truncated, totalNodes: walkCut ? null : distance.size },
      options: GRAPH_OPTIONS,
      nodes,
      edges,
    };
  }

  async paths(from: string, to: string, options: { tieTypes: TieType[] | null; all: boolean; maxLength: number; hidden: NodeLabel[] }): Promise<Path[]> {
    // Cypher cannot take a path length bound as a parameter; maxLength is a schema-checked integer (1–12).
    const bound = Math.max(1, Math.min(12, Math.trunc(options.maxLength)));
    const shortest = options.all ? 'allShortestPaths' : 'shortestPath';
    const { records } = await this.driver.executeQuery(
      `MATCH (a:${ENTITY_LABEL} {id: $from}), (b:${ENTITY_LABEL} {id: $to})
       MATCH p = ${shortest}((a)-[*..${bound}]-(b))
       WHERE all(r IN relationships(p) WHERE $tieTypes IS NULL OR type(r) IN $tieTypes)
         AND all(n IN nodes(p) WHERE NOT any(l IN labels(n) WHERE l IN $hidden))
       RETURN [n IN nodes(p) | {id: n.id, name: n.name, labels: labels(n)}] AS nodes,
              [r IN relationships(p) | {id: coalesce(r.id, elementId(r)), tieType: type(r), source: startNode(r).id, target: endNode(r).id}] AS ties
       LIMIT 25`,
      { from, to, tieTypes: options.tieTypes, hidden: options.hidden },
      { database: this.database },
    );
    return records.map((r) => ({
      nodes: (r.get('nodes') as { id: string; name: string; labels: string[] }[]).map((n) => ({ id: n.id, name: n.name, nodeType: nodeTypeOf(n.labels) })),
      ties: r.get('ties') as PathTie[],
    }));
  }

  async theme(id: string, hidden: NodeLabel[]): Promise<ThemeOverview | undefined> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'READ' });
    try {
      return await session.executeRead(async (tx) => {
        const themeRecords = (await tx.run(`MATCH (t:Theme {id: $id}) RETURN properties(t) AS props, labels(t) AS labels`, { id })).records;
        if (themeRecords.length === 0) return undefined;
        const theme = toEntity(themeRecords[0].get('props'), themeRecords[0].get('labels'));

        const direct = (await tx.run(
          `MATCH (o)-[w:WORKS_ON]->(:Theme {id: $id}) WHERE o:Organisation
           RETURN o.id AS id, o.name AS name, coalesce(w.lead, false) AS lead ORDER BY o.name`,
          { id },
        )).records.map((r) => ({ id: r.get('id') as string, name: r.get('name') as string, lead: r.get('lead') as boolean }));

        const partnershipRecords = (await tx.run(
          `MATCH (p:Partnership)-[w:WORKS_ON]->(:Theme {id: $id})
           OPTIONAL MATCH (m:Organisation)-[pi:PARTNER_IN]->(p)
           WITH p, w, m, pi ORDER BY m.name
           RETURN p.id AS id, p.name AS name, coalesce(w.lead, false) AS lead,
                  collect(CASE WHEN m IS NULL THEN NULL ELSE {id: m.id, name: m.name, role: pi.role} END) AS members
           ORDER BY p.name`,
          { id },
        )).records;
        const partnerships = partnershipRecords.map((r) => {
          const members = (r.get('members') as { id: string; name: string; role: string | null }[]).map((m) => ({ id: m.id, name: m.name, role: m.role ?? null }));
          const leadMember = members.find((m) => m.role === 'lead');
          return { id: r.get('id') as string, name: r.get('name') as string, lead: leadMember ? { id: leadMember.id, name: leadMember.name } : null, members, leadsTheme: r.get('lead') as boolean };
        });

        const leads = [
          ...direct.filter((o) => o.lead).map((o) => ({ id: o.id, name: o.name, nodeType: 'Organisation' as NodeLabel, via: 'leads the theme' })),
          ...partnerships.filter((p) => p.leadsTheme).map((p) => ({ id: p.id, name: p.name, nodeType: 'Partnership' as NodeLabel, via: 'leads the theme' })),
        ];
        const seen = new Set(direct.map((o) => o.id));
        const organisations = direct.filter((o) => !o.lead).map((o) => ({ id: o.id, name: o.name, nodeType: 'Organisation' as NodeLabel, via: 'works on the theme' }));
        for (const p of partnerships) {
          for (const m of p.members) {
            if (seen.has(m.id)) continue;
            seen.add(m.id);
            organisations.push({ id: m.id, name: m.name, nodeType: 'Organisation', via: `partner in ${p.name}` });
          }
        }
        organisations.sort((a, b) => a.name.localeCompare(b.name));

        const events = (await tx.run(
          `MATCH (e:Event)-[:ABOUT]->(:Theme {id: $id}) RETURN e.id AS id, e.name AS name, e.date AS date ORDER BY e.date, e.name`,
          { id },
        )).records.map((r) => ({ id: r.get('id') as string, name: r.get('name') as string, date: (r.get('date') as string | null) ?? null }));

        const organisationIds = [...seen];
        const people = hidden.includes('Person')
          ? null
          : (await tx.run(
            `UNWIND $organisationIds AS orgId
             MATCH (person:Person)-[w:WORKS_FOR]->(o:Organisation {id: orgId})
             RETURN person.id AS id, person.name AS name, coalesce(w.role, person.role) AS role, o.id AS orgId, o.name AS orgName
             ORDER BY o.name, person.name`,
            { organisationIds },
          )).records.map((r) => ({ id: r.get('id') as string, name: r.get('name') as string, role: (r.get('role') as string | null) ?? null, organisation: { id: r.get('orgId') as string, name: r.get('orgName') as string } }));

        const recipients = [...organisationIds, ...partnerships.map((p) => p.id)];
        const funding = (await tx.run(
          `UNWIND $recipients AS recipientId
           MATCH (f:${ENTITY_LABEL})-[fu:FUNDS]->(x:${ENTITY_LABEL} {id: recipientId})
           RETURN coalesce(fu.id, elementId(fu)) AS id, f.id AS funderId, f.name AS funderName, x.id AS recipientId, x.name AS recipientName,
                  labels(x) AS recipientLabels, fu.amount AS amount, fu.currency AS currency, fu.period AS period, fu.purpose AS purpose
           ORDER BY f.name, x.name`,
          { recipients },
        )).records.map((r) => {
          const entry: ThemeOverview['funding'][number] = {
            id: r.get('id') as string,
            funder: { id: r.get('funderId') as string, name: r.get('funderName') as string },
            recipient: { id: r.get('recipientId') as string, name: r.get('recipientName') as string, nodeType: nodeTypeOf(r.get('recipientLabels')) },
          };
          for (const key of ['amount', 'currency', 'period', 'purpose'] as const) {
            const value = r.get(key);
            if (value !== null && value !== undefined) (entry as Record<string, unknown>)[key] = toPlain(value);
          }
          return entry;
        });

        return {
          theme,
          leads,
          organisations,
          partnerships: partnerships.map(({ leadsTheme: _leadsTheme, ...p }) => p),
          events,
          people,
          funding,
        };
      });
    } finally {
      await session.close();
    }
  }

  /** One page of the filtered subgraph, in node-id order. */
  async subgraph(filter: SubgraphFilter, page: { cursor: string | null; limit: number }): Promise<SerializedGraph> {
    const params = {
      types: filter.types, tieTypes: filter.tieTypes, theme: filter.theme, area: filter.area, alliance: filter.alliance,
      tier: filter.tier, at: filter.at, hidden: filter.hidden, cursor: page.cursor, limit: int(page.limit + 1),
    };
    const { records } = await this.driver.executeQuery(
      `MATCH (n:${ENTITY_LABEL}) WHERE ($cursor IS NULL OR n.id > $cursor) AND ${kept('n', filter)}
       RETURN n.id AS id, labels(n) AS labels, properties(n) AS props
       ORDER BY n.id LIMIT $limit`,
      params,
      { database: this.database },
    );
    const more = records.length > page.limit;
    const nodes: SerializedNode[] = records.slice(0, page.limit).map((r) => toSerializedNode(r.get('id'), r.get('labels'), r.get('props')));
    const ids = nodes.map((n) => n.key);
    const { records: tieRecords } = await this.driver.executeQuery(
      `UNWIND $ids AS sourceId
       MATCH (a:${ENTITY_LABEL} {id: sourceId})-[r]->(b:${ENTITY_LABEL})
       WHERE ${tieTypeAllowed('r')} AND ${tieValidAt('r')} AND ${kept('b', filter)}
       RETURN a.id AS source, b.id AS target, type(r) AS tieType, properties(r) AS props, elementId(r) AS elementId`,
      { ...params, ids },
      { database: this.database },
    );
    const edges = tieRecords.map((r) => toSerializedEdge(r.get('source'), r.get('target'), r.get('tieType'), r.get('props'), r.get('elementId')));
    let totalNodes: number | null = null;
    if (page.cursor === null) {
      const { records: countRecords } = await this.driver.executeQuery(
        `MATCH (n:${ENTITY_LABEL}) WHERE ${kept('n', filter)} RETURN count(n) AS total`,
        params,
        { database: this.database },
      );
      totalNodes = countRecords[0].get('total').toNumber();
    }
    const { hidden: _hidden, ...shownFilter } = filter;
    return {
      attributes: { nextCursor: more ? ids[ids.length - 1] : null, totalNodes, filter: shownFilter },
      options: GRAPH_OPTIONS,
      nodes,
      edges,
    };
  }

  async stats(hidden: NodeLabel[]): Promise<{ nodes: { total: number; byLabel: Record<string, number> }; ties: { total: number; byType: Record<string, number> } }> {
    const { records: nodeRecords } = await this.driver.executeQuery(
      `MATCH (n:${ENTITY_LABEL}) WHERE ${visibleNode('n')}
       UNWIND [l IN labels(n) WHERE l IN $labels] AS label
       RETURN label, count(*) AS count`,
      { hidden, labels: [...NODE_LABELS] },
      { database: this.database },
    );
    const { records: tieRecords } = await this.driver.executeQuery(
      `MATCH (a:${ENTITY_LABEL})-[r]->(b:${ENTITY_LABEL}) WHERE ${visibleNode('a')} AND ${visibleNode('b')}
       RETURN type(r) AS type, count(*) AS count`,
      { hidden },
      { database: this.database },
    );
    const byLabel = Object.fromEntries(NODE_LABELS.filter((l) => !hidden.includes(l)).map((l) => [l, 0]));
    for (const r of nodeRecords) byLabel[r.get('label')] = r.get('count').toNumber();
    const byType = Object.fromEntries(TIE_TYPE_NAMES.map((t) => [t, 0]));
    for (const r of tieRecords) byType[r.get('type')] = r.get('count').toNumber();
    const sum = (values: Record<string, number>) => Object.values(values).reduce((s, v) => s + v, 0);
    return { nodes: { total: sum(byLabel), byLabel }, ties: { total: sum(byType), byType } };
  }
}
