/**
 * Cypher for the review queue: a map's facts (node records and ties of the kinds that go out of
 * date) whose last confirmation is before the freshness cut-off, or that were never confirmed, and
 * that have not ended: oldest first. `beforeDay` writes the freshness rule's comparison
 * (model/freshness.ts: a date counts as its last day) in Cypher; a test checks the two agree.
 * Every query starts from the map's index: all of the map's nodes, or a steward's organisations
 * by (map, id).
 */
import type { Driver } from 'neo4j-driver';
import { int } from '../db/values.ts';
import type { NodeLabel, TieType } from '../model/model.ts';
import { ENTITY_LABEL } from './schemaRepository.ts';

/**
 * Cypher for "the last day `value` covers is before the day in $<param>" for a model date
 * (YYYY, YYYY-MM or YYYY-MM-DD): a year is before the day when it is before the day's year, a
 * month when before the day's month. `$<param>Year` and `$<param>Month` must be passed too.
 */
export function beforeDay(value: string, param: string): string {
  return `(CASE size(${value}) WHEN 4 THEN ${value} < $${param}Year WHEN 7 THEN ${value} < $${param}Month ELSE left(${value}, 10) < $${param} END)`;
}

/** The parameters `beforeDay` needs for one day. */
export const dayParameters = (param: string, day: string) => ({ [param]: day, [`${param}Month`]: day.slice(0, 7), [`${param}Year`]: day.slice(0, 4) });

export interface ReviewRow {
  kind: 'node' | 'tie';
  id: string;
  type: string;
  name: string;
  lastConfirmed: string | null;
  until: string | null;
  from?: { id: string; name: string; nodeType: NodeLabel };
  to?: { id: string; name: string; nodeType: NodeLabel };
}

export interface ReviewQuery {
  today: string;
  cutoff: string;
  /** Node kinds and tie types that go out of date (the model's). */
  labels: NodeLabel[];
  tieTypes: TieType[];
  hidden: NodeLabel[];
  /** Only these organisations' records and their ties (a steward's queue); undefined for the map's. */
  stewardOf?: readonly string[];
  limit: number;
}

const DUE = (v: string) => `(${v}.until IS NULL OR NOT ${beforeDay(`${v}.until`, 'today')}) AND (${v}.lastConfirmed IS NULL OR ${beforeDay(`${v}.lastConfirmed`, 'cutoff')})`;
/** The order key OLDEST_FIRST sorts confirmations by, for merging the node and tie lists the same way. */
export function confirmationOrderKey(value: string): string {
  return value.length === 4 ? `${value}-12-31` : value.length === 7 ? `${value}-31` : value.slice(0, 10);
}

/** Never confirmed first, then by the last day a confirmation covers (a month's end written as its 31st: only the order matters). */
const OLDEST_FIRST = "ORDER BY lastConfirmed IS NOT NULL, CASE size(lastConfirmed) WHEN 4 THEN lastConfirmed + '-12-31' WHEN 7 THEN lastConfirmed + '-31' ELSE left(lastConfirmed, 10) END, id";
const KIND = (v: string) => `[l IN labels(${v}) WHERE l <> '${ENTITY_LABEL}'][0]`;
const END = (v: string) => `{id: ${v}.id, name: ${v}.name, nodeType: ${KIND(v)}}`;

export class ReviewRepository {
  constructor(private readonly driver: Driver, private readonly database: string) {}

  /** The due facts, oldest first (never confirmed first of all), with how many are due in all. */
  async due(map: string, q: ReviewQuery): Promise<{ total: number; rows: ReviewRow[] }> {
    const params = { map, ...dayParameters('today', q.today), ...dayParameters('cutoff', q.cutoff), labels: q.labels, tieTypes: q.tieTypes, hidden: q.hidden, ids: q.stewardOf ?? [], limit: int(q.limit) };
    const start = q.stewardOf ? `MATCH (s:${ENTITY_LABEL} {map: $map}) WHERE s.id IN $ids` : `MATCH (s:${ENTITY_LABEL} {map: $map})`;
    const visible = (v: string) => `none(l IN labels(${v}) WHERE l IN $hidden)`;
    const nodes = `${start}
      WITH s AS n WHERE any(l IN labels(n) WHERE l IN $labels) AND ${DUE('n')}
      WITH n.id AS id, n.lastConfirmed AS lastConfirmed, {kind: 'node', id: n.id, type: ${KIND('n')}, name: n.name, lastConfirmed: n.lastConfirmed, until: n.until} AS row
      ${OLDEST_FIRST}
      WITH collect(row) AS rows RETURN size(rows) AS total, rows[0..$limit] AS rows`;
    const ties = `${start}
      MATCH (s)-[r]-(o) WHERE type(r) IN $tieTypes AND ${visible('o')} AND ${visible('s')} AND ${DUE('r')}
      WITH DISTINCT r
      WITH r, startNode(r) AS a, endNode(r) AS b
      WITH r.id AS id, r.lastConfirmed AS lastConfirmed, {kind: 'tie', id: r.id, type: type(r), name: '', lastConfirmed: r.lastConfirmed, until: r.until, from: ${END('a')}, to: ${END('b')}} AS row
      ${OLDEST_FIRST}
      WITH collect(row) AS rows RETURN size(rows) AS total, rows[0..$limit] AS rows`;
    const run = (cypher: string) => this.driver.executeQuery(cypher, params, { database: this.database, routing: 'READ' });
    const [n, t] = await Promise.all([run(nodes), run(ties)]);
    const total = n.records[0].get('total').toNumber() + t.records[0].get('total').toNumber();
    const rows = [...(n.records[0].get('rows') as ReviewRow[]), ...(t.records[0].get('rows') as ReviewRow[])];
    return { total, rows };
  }
}
