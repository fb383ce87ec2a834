/** Cypher for a theme's overview: who works on it directly or through partnerships, its events, people and funding. */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { Static } from 'typebox';
import type { ThemeOverview } from '../contract/queries.ts';
import { nodeTypeOf, toEntity } from '../db/records.ts';
import { ENTITY_LABEL } from './schemaRepository.ts';
import { toPlain } from '../db/values.ts';
import type { NodeLabel } from '../model/model.ts';
import { TIES } from './tieRoles.ts';
import { WHOLE_RECORD, type AsOf, type FactStatus } from '../model/time.ts';
import { asOfParameters, countsCypher, factStatusCypher, nodeStatusCypher } from './validAt.ts';

/** The parameters of the time rule, with the labels the caller may not see (node statuses read ties to visible nodes). */
type Time = { hidden: NodeLabel[]; day: string | null; undated: boolean };

type Overview = Static<typeof ThemeOverview>;
export interface Summary {
  id: string;
  name: string;
}

/** What the theme's overview is made from, as stored; the service decides who leads and who is listed. */
/** On a date, the part of a query that keeps ties that held then between nodes in the network then. */
type OnDate = (tie: string, ...nodes: string[]) => string;

function onDateFilter(dated: boolean): OnDate {
  if (!dated) return () => 'true';
  return (tie, ...nodes) => [countsCypher(factStatusCypher(tie)), ...nodes.map((n) => countsCypher(nodeStatusCypher(n)))].join(' AND ');
}

export interface ThemeRecords {
  theme: Overview['theme'];
  /** Organisations with a theme tie (WORKS_ON) to the theme, by name; `lead` from the tie. */
  direct: (Summary & { lead: boolean })[];
  /** Partnerships working on the theme with their member organisations (by name) and roles. */
  partnerships: (Summary & { leadsTheme: boolean; members: (Summary & { role: string | null })[] })[];
  events: Overview['events'];
  /** People working for the organisations on the theme, or null when the caller may not see people. */
  people: Overview['people'];
  funding: Overview['funding'];
  /** On a date: the theme's own status and its theme ties left out as undated. */
  onDate?: { status: FactStatus; undatedTies: number };
}

async function records(tx: ManagedTransaction, query: string, parameters: Record<string, unknown>) {
  return (await tx.run(query, parameters)).records;
}

export class ThemeRepository {
  constructor(private readonly driver: Driver, private readonly database: string) {}

  /** Everything about a theme of the map in one read transaction; undefined when no theme of the map has the id. */
  async theme(map: string, id: string, hidden: NodeLabel[], asOf: AsOf = WHOLE_RECORD): Promise<ThemeRecords | undefined> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'READ' });
    const time = { hidden, ...asOfParameters(asOf) };
    const on = onDateFilter(time.day !== null);
    try {
      return await session.executeRead(async (tx) => {
        const found = await records(tx,
          `MATCH (t:Theme {map: $map, id: $id}) RETURN properties(t) AS props, labels(t) AS labels, ${time.day === null ? "'holds'" : nodeStatusCypher('t')} AS status,
                  COUNT { MATCH (t)<-[w:${TIES.theme}]-(x) WHERE ${time.day === null ? 'false' : `${factStatusCypher('w')} = 'undated'`} } AS undatedTies`,
          { map, id, ...time });
        if (found.length === 0) return undefined;
        const theme = toEntity(found[0].get('props'), found[0].get('labels')) as Overview['theme'];
        const direct = await this.direct(tx, map, id, time, on);
        const partnerships = await this.partnerships(tx, map, id, time, on);
        const organisationIds = [...new Set([...direct.map((o) => o.id), ...partnerships.flatMap((p) => p.members.map((m) => m.id))])];
        const events = (await records(tx, `MATCH (e:Event)-[w:${TIES.theme}]->(t:Theme {map: $map, id: $id}) WHERE ${on('w', 'e', 't')} RETURN e.id AS id, e.name AS name, e.date AS date ORDER BY e.date, e.name`, { map, id, ...time }))
          .map((r) => ({ id: r.get('id') as string, name: r.get('name') as string, date: (r.get('date') as string | null) ?? null }));
        const people = hidden.includes('Person') ? null : await this.people(tx, map, organisationIds, time, on);
        const funding = await this.funding(tx, map, [...organisationIds, ...partnerships.map((p) => p.id)], time, on);
        const onDate = time.day === null ? undefined : { status: found[0].get('status') as FactStatus, undatedTies: (found[0].get('undatedTies') as { toNumber(): number }).toNumber() };
        return { theme, direct, partnerships, events, people, funding, ...(onDate ? { onDate } : {}) };
      });
    } finally {
      await session.close();
    }
  }

  private async direct(tx: ManagedTransaction, map: string, id: string, time: Time, on: OnDate): Promise<ThemeRecords['direct']> {
    return (await records(tx,
      `MATCH (o)-[w:${TIES.theme}]->(t:Theme {map: $map, id: $id}) WHERE o:Organisation AND ${on('w', 'o', 't')}
       RETURN o.id AS id, o.name AS name, coalesce(w.lead, false) AS lead ORDER BY o.name`,
      { map, id, ...time },
    )).map((r) => ({ id: r.get('id') as string, name: r.get('name') as string, lead: r.get('lead') as boolean }));
  }

  private async partnerships(tx: ManagedTransaction, map: string, id: string, time: Time, on: OnDate): Promise<ThemeRecords['partnerships']> {
    return (await records(tx,
      `MATCH (p:Partnership)-[w:${TIES.theme}]->(t:Theme {map: $map, id: $id}) WHERE ${on('w', 'p', 't')}
       OPTIONAL MATCH (m:Organisation)-[pi:${TIES.partnership}]->(p) WHERE ${on('pi', 'm')}
       WITH p, w, m, pi ORDER BY m.name
       RETURN p.id AS id, p.name AS name, coalesce(w.lead, false) AS lead,
              collect(CASE WHEN m IS NULL THEN NULL ELSE {id: m.id, name: m.name, role: pi.role} END) AS members
       ORDER BY p.name`,
      { map, id, ...time },
    )).map((r) => ({
      id: r.get('id') as string,
      name: r.get('name') as string,
      leadsTheme: r.get('lead') as boolean,
      members: (r.get('members') as { id: string; name: string; role: string | null }[]).map((m) => ({ id: m.id, name: m.name, role: m.role ?? null })),
    }));
  }

  private async people(tx: ManagedTransaction, map: string, organisationIds: string[], time: Time, on: OnDate): Promise<NonNullable<Overview['people']>> {
    return (await records(tx,
      `UNWIND $organisationIds AS orgId
       MATCH (person:Person)-[w:${TIES.employment}]->(o:Organisation {map: $map, id: orgId}) WHERE ${on('w', 'person')}
       RETURN person.id AS id, person.name AS name, coalesce(w.role, person.role) AS role, o.id AS orgId, o.name AS orgName
       ORDER BY o.name, person.name`,
      { map, organisationIds, ...time },
    )).map((r) => ({ id: r.get('id') as string, name: r.get('name') as string, role: (r.get('role') as string | null) ?? null, organisation: { id: r.get('orgId') as string, name: r.get('orgName') as string } }));
  }

  private async funding(tx: ManagedTransaction, map: string, recipients: string[], time: Time, on: OnDate): Promise<Overview['funding']> {
    return (await records(tx,
      `UNWIND $recipients AS recipientId
       MATCH (f:${ENTITY_LABEL})-[fu:${TIES.funding}]->(x:${ENTITY_LABEL} {map: $map, id: recipientId}) WHERE ${on('fu', 'f')}
       RETURN coalesce(fu.id, elementId(fu)) AS id, f.id AS funderId, f.name AS funderName, x.id AS recipientId, x.name AS recipientName,
              labels(x) AS recipientLabels, fu.amount AS amount, fu.currency AS currency, fu.period AS period, fu.purpose AS purpose
       ORDER BY f.name, x.name`,
      { map, recipients, ...time },
    )).map((r) => {
      const entry: Overview['funding'][number] = {
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
  }
}
