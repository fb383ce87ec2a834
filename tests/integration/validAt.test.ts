/**
 * The Cypher time rule (repositories/validAt.ts) says what the model's time rule (model/time.ts)
 * says about one fact, for every mix of precisions of since, until and the date, and for stored
 * years that are numbers: run on the real Neo4j over a grid of cases.
 */
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { asOfDay, counts, factStatusOn } from '../../graph-service/src/model/time.ts';
import { countsCypher, factStatusCypher } from '../../graph-service/src/repositories/validAt.ts';
import { testDatabase } from '../support/db.ts';

const db = testDatabase();
afterAll(async () => {
  await db.driver.close();
});

const DATES = [null, '2019', '2020', '2020-02', '2020-03', '2020-02-28', '2020-02-29', '2020-03-01', '2020-12-31', '2021'];
const STORED = [...DATES, 2020];
const stored = (value: string | number | null) => (typeof value === 'number' ? neo4j.int(value) : value);

describe('factStatusCypher', () => {
  it('agrees with the model on every since, until and date among years, months and days', async () => {
    const cases: { i: number; fact: { since: string | number | null; until: string | number | null }; day: string | null; date: string | null }[] = [];
    for (const since of STORED) for (const until of STORED) for (const date of DATES) cases.push({ i: cases.length, fact: { since, until }, date, day: asOfDay(date) ?? null });
    // `$day` is a parameter in the fragment, so each date is one query over every fact.
    const statuses: string[] = [];
    for (const date of DATES) {
      const group = cases.filter((c) => c.date === date);
      const answer = await db.driver.executeQuery(
        `UNWIND $facts AS fact WITH fact, ${factStatusCypher('fact')} AS status RETURN fact.i AS i, status, ${countsCypher('status')} AS counted`,
        // A year stored as a number is a Neo4j integer, as the seed's loader writes it.
        { facts: group.map((c) => ({ since: stored(c.fact.since), until: stored(c.fact.until), i: c.i })), day: asOfDay(date) ?? null, undated: true },
        { database: db.database },
      );
      answer.records.forEach((r) => {
        statuses[Number(r.get('i'))] = r.get('status') as string;
        expect(r.get('counted')).toBe(counts(r.get('status'), true));
      });
    }
    const model = cases.map((c) => factStatusOn(c.date)(c.fact.since ?? undefined, c.fact.until ?? undefined));
    const disagreements = cases.filter((c) => statuses[c.i] !== model[c.i]).map((c) => `${JSON.stringify(c)}: Cypher ${statuses[c.i]}, model ${model[c.i]}`);
    expect(disagreements).toEqual([]);
    for (const status of ['holds', 'not-begun', 'ended', 'undated']) expect(model).toContain(status);
  });
});
