/**
 * The Cypher fragment for "valid at a date" (repositories/validAt.ts) says what the model's
 * validAt says, for every mix of precisions: run on the real Neo4j over a grid of cases.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { validAt } from '../../graph-service/src/model/dates.ts';
import { validAtCypher } from '../../graph-service/src/repositories/validAt.ts';
import { testDatabase } from '../support/db.ts';

const db = testDatabase();
afterAll(async () => {
  await db.driver.close();
});

const DATES = [null, '2019', '2020', '2020-02', '2020-03', '2020-02-28', '2020-02-29', '2020-03-01', '2020-12-31', '2021'];

describe('validAtCypher', () => {
  it('agrees with the model on every since, until and date among years, months and days', async () => {
    const cases: { i: number; fact: { since: string | null; until: string | null }; at: string | null }[] = [];
    for (const since of DATES) for (const until of DATES) for (const at of DATES) cases.push({ i: cases.length, fact: { since, until }, at });
    const { records } = await db.driver.executeQuery(
      `UNWIND $cases AS c WITH c.i AS i, c.fact AS fact, c.at AS at RETURN i, ${validAtCypher('fact', 'at')} AS valid ORDER BY i`,
      { cases },
      { database: db.database },
    );
    const cypher = records.map((r) => r.get('valid') as boolean);
    const model = cases.map((c) => validAt({ since: c.fact.since ?? undefined, until: c.fact.until ?? undefined }, c.at));
    const disagreements = cases.filter((c) => cypher[c.i] !== model[c.i]).map((c) => JSON.stringify(c));
    expect(disagreements).toEqual([]);
    expect(model.filter(Boolean).length).toBeGreaterThan(0);
    expect(model.filter((v) => !v).length).toBeGreaterThan(0);
  });
});
