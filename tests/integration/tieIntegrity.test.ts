/**
 * Integrity by the database: a tie id names one tie whatever path wrote it (an import cannot give
 * a second tie an existing tie's id, of its own type or another), a start-up check lists clashes
 * left from before, and a tie made while one of its ends is deleted ends in 404 or 409, never 500.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../graph-service/src/app.ts';
import { findTieIdClashes } from '../../graph-service/src/migrations/tieIdClashes.ts';
import { contentHash } from '../fixtures/interchange/database.ts';
import { resetAndSeed, SEED_MAP, testDatabase } from '../support/db.ts';

const db = testDatabase();
let app: FastifyInstance;
const inMap = `/api/maps/${SEED_MAP}`;
// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely, each test checks the fields it needs.
type Json = Record<string, any>;

beforeAll(async () => {
  await resetAndSeed(db);
  app = await buildApp({ db });
});
afterAll(async () => {
  await app.close();
  await db.driver.close();
});

async function call(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown): Promise<{ status: number; body: Json }> {
  const response = await app.inject({ method, url, ...(payload === undefined ? {} : { payload: payload as Json }) });
  return { status: response.statusCode, body: response.json() as Json };
}

async function cypher(query: string, params: Record<string, unknown> = {}) {
  return (await db.driver.executeQuery(query, params, { database: db.database })).records;
}

function csv(text: string) {
  return { files: [{ name: 'connections.csv', table: 'connections', data: Buffer.from(text).toString('base64') }] };
}

/** Two organisations of the seed map with no tie between them, and a tie of the map (its id, type and ends). */
async function fixtures(type = 'MEMBER_OF') {
  const [tie] = await cypher(`MATCH (a {map: $map})-[r:${type}]->(b) RETURN r.id AS id, a.id AS from, b.id AS to LIMIT 1`, { map: SEED_MAP });
  const [pair] = await cypher(
    `MATCH (a:Organisation {map: $map}), (b:Organisation {map: $map}) WHERE a.id < b.id AND NOT (a)--(b) RETURN a.id AS a, b.id AS b LIMIT 1`,
    { map: SEED_MAP },
  );
  return { tie: { id: tie.get('id') as string, from: tie.get('from') as string, to: tie.get('to') as string }, a: pair.get('a') as string, b: pair.get('b') as string };
}

describe('a tie id names one tie', () => {
  it("an imported connection that gives another type's tie id gets an id of its own type; one PATCH changes one tie", async () => {
    const { tie, a, b } = await fixtures();
    const committed = await call('POST', `${inMap}/import/files/commit`, csv(`id,from,to,type,source\n${tie.id},${a},${b},CONNECTED_WITH,test: tie ids\n`));
    expect(committed.status, JSON.stringify(committed.body)).toBe(200);
    const row = committed.body.plan.rows.find((r: Json) => r.record === 'connection');
    expect(row.id).toBe(`CONNECTED_WITH:${tie.id}`);
    expect(row.notes.join(' ')).toMatch(/begins with its type/);
    const sharing = await cypher('MATCH ()-[r {map: $map, id: $id}]->() RETURN count(r) AS n', { map: SEED_MAP, id: tie.id });
    expect(sharing[0].get('n').toNumber()).toBe(1);
    const current = await call('GET', `${inMap}/ties/${encodeURIComponent(tie.id)}`);
    const patched = await call('PATCH', `${inMap}/ties/${encodeURIComponent(tie.id)}`, { version: current.body.version, changes: { source: 'test: one tie only' } });
    expect(patched.status).toBe(200);
    const touched = await cypher("MATCH ()-[r {map: $map}]->() WHERE r.source = 'test: one tie only' RETURN count(r) AS n", { map: SEED_MAP });
    expect(touched[0].get('n').toNumber()).toBe(1);
  });

  it('an imported connection that gives a tie id of its own type between other ends is rejected in the dry run and the commit, nothing written', async () => {
    const { tie, a, b } = await fixtures('CONNECTED_WITH');
    const before = await contentHash(db);
    const file = csv(`id,from,to,type,source\n${tie.id},${a},${b},CONNECTED_WITH,test: tie ids\n`);
    const preview = await call('POST', `${inMap}/import/files/preview`, file);
    expect(preview.status).toBe(200);
    const row = preview.body.rows.find((r: Json) => r.record === 'connection');
    // The dry run never says "created" for a row the commit cannot write.
    expect(row.outcome).toBe('rejected');
    expect(row.reasons.join(' ')).toMatch(/already the id of the CONNECTED_WITH tie/);
    const committed = await call('POST', `${inMap}/import/files/commit`, file);
    expect(committed.status).toBe(422);
    expect(await contentHash(db)).toBe(before);
  });

  it('the start-up check lists ties that share an id from before, and none on a sound store', async () => {
    expect(await findTieIdClashes(db.driver, db.database)).toEqual([]);
    const { tie, a, b } = await fixtures();
    // What an import made before tie ids began with their type: written directly, as it was then.
    await cypher(`MATCH (a {map: $map, id: $a}), (b {map: $map, id: $b}) CREATE (a)-[:CONNECTED_WITH {map: $map, id: $id, version: 1}]->(b)`, { map: SEED_MAP, a, b, id: tie.id });
    const clashes = await findTieIdClashes(db.driver, db.database);
    expect(clashes).toHaveLength(1);
    expect(clashes[0]).toMatchObject({ map: SEED_MAP, id: tie.id });
    expect(clashes[0].ties.map((t) => t.type).sort()).toEqual(['CONNECTED_WITH', 'MEMBER_OF']);
    await cypher('MATCH ()-[r:CONNECTED_WITH {map: $map, id: $id}]->() DELETE r', { map: SEED_MAP, id: tie.id });
    expect(await findTieIdClashes(db.driver, db.database)).toEqual([]);
  });
});

describe('races between making a tie and deleting its end', () => {
  it('every tie made while its end is deleted ends in 201, 404 or 409, never 500', async () => {
    const { a } = await fixtures();
    const statuses = new Map<number, number>();
    for (let round = 0; round < 12; round++) {
      const made = await call('POST', `${inMap}/nodes`, { nodeType: 'Organisation', name: `Race Org ${round}`, source: 'test: races' });
      expect(made.status).toBe(201);
      const id = made.body.id as string;
      const ties = Array.from({ length: 8 }, (_, i) => call('POST', `${inMap}/ties`, { tieType: 'CONNECTED_WITH', from: i % 2 ? id : a, to: i % 2 ? a : id, source: `test: race ${i}` }));
      const deleted = call('DELETE', `${inMap}/nodes/${id}?version=${made.body.version}`);
      for (const { status, body } of [...(await Promise.all(ties)), await deleted]) {
        expect([200, 201, 404, 409], JSON.stringify(body)).toContain(status);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }
      // Nothing is left joined to the deleted node.
      const left = await cypher('MATCH (n {map: $map, id: $id}) RETURN count(n) AS n', { map: SEED_MAP, id });
      expect(left[0].get('n').toNumber()).toBe(0);
    }
    expect(statuses.get(404) ?? 0, `statuses: ${JSON.stringify([...statuses])}`).toBeGreaterThan(0);
  });
});

describe('the same tie added twice', () => {
  const changes = async () => (await cypher('MATCH (c:Change {map: $map}) RETURN count(c) AS n', { map: SEED_MAP }))[0].get('n').toNumber();

  it('answers 409 duplicate_tie with the tie already there, either way round for a symmetric type, and writes nothing', async () => {
    const body = { tieType: 'CONNECTED_WITH', from: 'org-providence-house', to: 'org-caius-house', source: 'Meeting notes 2024-02-12' };
    const first = await call('POST', `${inMap}/ties`, body);
    expect(first.status).toBe(201);
    const before = await changes();
    for (const again of [body, { ...body, from: body.to, to: body.from, source: 'Another note' }]) {
      const answer = await call('POST', `${inMap}/ties`, again);
      expect(answer.status).toBe(409);
      expect(answer.body).toMatchObject({ error: 'duplicate_tie', existing: { id: first.body.id, tieType: 'CONNECTED_WITH', from: body.from, to: body.to } });
      expect(answer.body.message).toMatch(/already have a CONNECTED_WITH tie/);
      for (const name of ['Providence House', 'Caius House']) expect(answer.body.message).toContain(name);
    }
    expect(await changes()).toBe(before);
    const between = await cypher('MATCH (:Entity {map: $map, id: $a})-[r:CONNECTED_WITH]-(:Entity {map: $map, id: $b}) RETURN count(r) AS n', { map: SEED_MAP, a: body.from, b: body.to });
    expect(between[0].get('n').toNumber()).toBe(1);
  });

  it('keeps a second tie of the same type whose dates do not overlap the first, and refuses one that does', async () => {
    const grant = { tieType: 'FUNDS', from: 'org-caius-house', to: 'org-providence-house', source: 'Grant letter' };
    expect((await call('POST', `${inMap}/ties`, { ...grant, since: '2019', until: '2020' })).status).toBe(201);
    expect((await call('POST', `${inMap}/ties`, { ...grant, since: '2020-06' })).body.error).toBe('duplicate_tie');
    const later = await call('POST', `${inMap}/ties`, { ...grant, since: '2021' });
    expect(later.status).toBe(201);
    expect(later.body.id).toBe('FUNDS:org-caius-house->org-providence-house~2');
    // A funder the other way round is a different tie.
    expect((await call('POST', `${inMap}/ties`, { ...grant, from: grant.to, to: grant.from, since: '2019' })).status).toBe(201);
  });

  it('refuses a date change that would make a tie cover the same time as another, and changes nothing', async () => {
    const { a, b } = await fixtures();
    const grant = { tieType: 'FUNDS', from: a, to: b, source: 'Grant letters' };
    const first = await call('POST', `${inMap}/ties`, { ...grant, since: '2018', until: '2019' });
    const second = await call('POST', `${inMap}/ties`, { ...grant, since: '2021' });
    expect([first.status, second.status]).toEqual([201, 201]);
    const before = await changes();
    const overlapping = await call('PATCH', `${inMap}/ties/${encodeURIComponent(second.body.id as string)}`, { version: second.body.version, changes: { since: '2019-06' } });
    expect(overlapping.status).toBe(409);
    expect(overlapping.body).toMatchObject({ error: 'duplicate_tie', existing: { id: first.body.id } });
    expect(overlapping.body.message).toMatch(/choose dates that do not overlap/);
    // Removing the start date opens the tie at that end, which overlaps the first too.
    const undated = await call('PATCH', `${inMap}/ties/${encodeURIComponent(second.body.id as string)}`, { version: second.body.version, changes: { since: null } });
    expect(undated.body.error).toBe('duplicate_tie');
    expect(await changes()).toBe(before);
    // A change that keeps the two apart is made.
    const apart = await call('PATCH', `${inMap}/ties/${encodeURIComponent(second.body.id as string)}`, { version: second.body.version, changes: { since: '2020' } });
    expect(apart.status, JSON.stringify(apart.body)).toBe(200);
  });

  it('an imported row that repeats a tie over the same time under another id comes in with a warning, never silently', async () => {
    const { a, b } = await fixtures();
    expect((await call('POST', `${inMap}/ties`, { tieType: 'FUNDS', from: a, to: b, source: 'Grant letter', since: '2020', until: '2021' })).status).toBe(201);
    const file = csv(`id,from,to,type,since,source\nFUNDS:second-grant,${a},${b},FUNDS,2021-03,test: repeat\n`);
    const preview = await call('POST', `${inMap}/import/files/preview`, file);
    const row = preview.body.rows.find((r: Json) => r.record === 'connection');
    // Files from tools that keep parallel edges (Gephi, a networkx MultiGraph) come in whole, and the preview says so.
    expect(row.outcome).toBe('created');
    expect(row.notes.join(' ')).toMatch(/already have a FUNDS tie .* over the same time; both are kept/);
    // Two rows of one file that say the same grant twice: the second carries the warning.
    const twice = csv(`id,from,to,type,since,source\nFUNDS:g1,${b},${a},FUNDS,2019,test: repeat\nFUNDS:g2,${b},${a},FUNDS,2019-05,test: repeat\n`);
    const rows = (await call('POST', `${inMap}/import/files/preview`, twice)).body.rows.filter((r: Json) => r.record === 'connection');
    expect(rows.map((r: Json) => r.notes.some((n: string) => /over the same time/.test(n)))).toEqual([false, true]);
    // A later grant of its own period comes in without one.
    const later = csv(`id,from,to,type,since,source\nFUNDS:third-grant,${a},${b},FUNDS,2022,test: repeat\n`);
    const committed = await call('POST', `${inMap}/import/files/commit`, later);
    expect(committed.status).toBe(200);
    expect(committed.body.plan.rows.find((r: Json) => r.record === 'connection').notes.join(' ')).not.toMatch(/over the same time/);
  });

  it('keeps two plain ties between the same organisations that say different things', async () => {
    const { a, b } = await fixtures();
    const tie = { tieType: 'CONNECTED_WITH', from: a, to: b, source: 'Kumu workbook' };
    expect((await call('POST', `${inMap}/ties`, { ...tie, properties: { description: 'partnership' } })).status).toBe(201);
    expect((await call('POST', `${inMap}/ties`, { ...tie, properties: { description: 'runs' } })).status).toBe(201);
    expect((await call('POST', `${inMap}/ties`, { ...tie, properties: { description: ' partnership ' } })).body.error).toBe('duplicate_tie');
  });
});
