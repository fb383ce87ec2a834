/**
 * The directory on a real Neo4j: the review queue's Cypher agrees with the freshness rule on dates
 * around the age, lists the oldest first, and a steward's queue is their organisations'; the
 * health figure on the seed; contact details only for members and above, never in graph, search,
 * export or error answers; a person's export, and an erasure that leaves only its note.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LOCAL_ACTOR, viewerAt } from '../../graph-service/src/access.ts';
import { buildApp } from '../../graph-service/src/app.ts';
import { freshnessOn, isStale } from '../../graph-service/src/model/freshness.ts';
import type { MapRecord } from '../../graph-service/src/model/maps.ts';
import { ContactRepository } from '../../graph-service/src/repositories/contactRepository.ts';
import { MapRepository } from '../../graph-service/src/repositories/mapRepository.ts';
import { PersonDataRepository } from '../../graph-service/src/repositories/personDataRepository.ts';
import { confirmationOrderKey, ReviewRepository } from '../../graph-service/src/repositories/reviewRepository.ts';
import { DirectoryService } from '../../graph-service/src/services/directoryService.ts';
import { resetAndSeed, SEED_MAP, seedMap, testDatabase } from '../support/db.ts';
import { readSeed } from '../../seed/dataset.ts';

const db = testDatabase();
const MAP = `/api/maps/${SEED_MAP}`;
const dataset = seedMap(readSeed(), SEED_MAP);
const person = dataset.nodes.find((n) => n.label === 'Person')!;
const orgs = dataset.nodes.filter((n) => n.label === 'Organisation' && !n.until).map((n) => n.id);
const TODAY = '2026-06-15';
let app: FastifyInstance;
let guarded: FastifyInstance;
let service: DirectoryService;
let map: MapRecord;

const run = (cypher: string, params: Record<string, unknown> = {}) => db.driver.executeQuery(cypher, params, { database: db.database });
const member = (stewardOf: string[] = []) => viewerAt('member', { id: 'account-1', name: 'A member' }, stewardOf);

beforeAll(async () => {
  app = await buildApp({ db });
  guarded = await buildApp({ db, editorKey: 'directory-test-key' });
  service = new DirectoryService(new ReviewRepository(db.driver, db.database), new ContactRepository(db.driver, db.database), new PersonDataRepository(db.driver, db.database));
});
beforeEach(async () => {
  await resetAndSeed(db);
  await run('MATCH (c:Contact) DELETE c');
  await run('MATCH (c:Change) DELETE c');
  map = (await new MapRepository(db.driver, db.database).find(SEED_MAP))!;
});
afterAll(async () => {
  await app.close();
  await guarded.close();
  await db.driver.close();
});

/** Dates around the 12-month cut-off from TODAY (2025-06-15), one per organisation. */
const AROUND = ['2025-06-15', '2025-06-14', '2025-06', '2025-05', '2025', '2024', '2026-01-01', '2023-02-28'];

describe('review queue', () => {
  it('lists exactly what the freshness rule calls stale, on dates around the age, oldest first', async () => {
    const dated = orgs.slice(0, AROUND.length);
    for (const [i, id] of dated.entries()) await run('MATCH (n:Entity {map: $map, id: $id}) SET n.lastConfirmed = $date', { map: SEED_MAP, id, date: AROUND[i] });
    // An ended fact is history: never due, however old.
    await run('MATCH (n:Entity {map: $map, id: $id}) SET n.lastConfirmed = "2010", n.until = "2026-06-14"', { map: SEED_MAP, id: orgs[AROUND.length] });
    const answer = await service.review(map, member(), { stewardOnly: false, limit: 500, today: TODAY });
    const judge = freshnessOn(TODAY, 12);
    const listed = new Set(answer.items.map((i) => i.id));
    for (const [i, id] of dated.entries()) expect(listed.has(id), `${id} confirmed ${AROUND[i]}`).toBe(isStale(judge('node', 'Organisation', { lastConfirmed: AROUND[i] })));
    expect(listed.has(orgs[AROUND.length])).toBe(false);
    expect(answer).toMatchObject({ months: 12, cutoff: '2025-06-15', steward: false });
    // Never confirmed first, then the oldest confirmation (a year or month read as its last day).
    const keys = answer.items.map((i) => (i.lastConfirmed === null ? '' : confirmationOrderKey(i.lastConfirmed)));
    expect(keys).toEqual([...keys].sort());
    const mine = answer.items.filter((i) => dated.includes(i.id)).map((i) => i.lastConfirmed);
    expect(mine).toEqual(['2023-02-28', '2024', '2025-05', '2025-06-14']);
    expect(answer.items.find((i) => i.lastConfirmed === '2023-02-28')!.reason).toBe('last confirmed 28 Feb 2023, 3 years ago');
    // Every due seed fact is there (the seed's facts carry their document's date as lastConfirmed).
    const changed = [...dated, orgs[AROUND.length]];
    const due = dataset.nodes.filter((n) => isStale(judge('node', n.label, n)) && !changed.includes(n.id)).length
      + dataset.ties.filter((t) => isStale(judge('tie', t.type, t))).length;
    expect(answer.total).toBe(due + mine.length);
    for (const item of answer.items) expect(item.reason).toMatch(/^(never confirmed|last confirmed .+ ago)$/);
  });

  it("a steward's queue holds their organisations' records and ties only; the limit keeps the oldest", async () => {
    const mine = orgs[0];
    const answer = await service.review(map, member([mine]), { stewardOnly: true, limit: 500, today: TODAY });
    expect(answer.steward).toBe(true);
    expect(answer.items.length).toBeGreaterThan(1);
    for (const item of answer.items) {
      if (item.kind === 'node') expect(item.id).toBe(mine);
      else expect([item.from?.id, item.to?.id]).toContain(mine);
    }
    const expectedTies = dataset.ties.filter((t) => (t.from === mine || t.to === mine) && isStale(freshnessOn(TODAY, 12)('tie', t.type, t))).length;
    expect(answer.total).toBe(expectedTies + 1);
    const limited = await service.review(map, member(), { stewardOnly: false, limit: 3, today: TODAY });
    expect(limited.items).toHaveLength(3);
  });

  it('over HTTP: needs a member; the map admins set the age', async () => {
    expect((await guarded.inject(`${MAP}/review`)).statusCode).toBe(401);
    const open = await app.inject(`${MAP}/review?limit=5`);
    expect(open.statusCode).toBe(200);
    expect(open.json().items).toHaveLength(5);
    const changed = await app.inject({ method: 'PATCH', url: MAP, payload: { version: map.version, changes: { freshnessMonths: 24 } } });
    expect(changed.json().freshnessMonths).toBe(24);
    expect((await app.inject(`${MAP}/review`)).json().months).toBe(24);
    expect((await app.inject({ method: 'PATCH', url: MAP, payload: { version: map.version + 1, changes: { freshnessMonths: 0 } } })).statusCode).toBe(400);
  });
});

describe('freshness figure', () => {
  it("on the seed (confirmed as of its documents' dates): the health answer and the report say it", async () => {
    const judge = freshnessOn(new Date().toISOString().slice(0, 10), 12);
    const states = [...dataset.nodes.map((n) => judge('node', n.label, n).state), ...dataset.ties.map((t) => judge('tie', t.type, t).state)];
    const count = (state: string) => states.filter((s) => s === state).length;
    const facts = states.length - count('history');
    expect(facts).toBeGreaterThan(100);
    const health = (await app.inject(`${MAP}/analysis/health`)).json();
    expect(health.freshness).toMatchObject({ months: 12, facts, confirmed: count('fresh'), stale: count('stale'), neverConfirmed: count('never-confirmed') });
    expect(health.freshness.share).toBeCloseTo(count('fresh') / facts, 6);
    expect(health.freshness.words).toContain(`${count('fresh')} of ${facts} facts`);
    // Confirming a few moves the figure.
    await run("MATCH (n:Organisation {map: $map}) WHERE n.id IN $ids SET n.lastConfirmed = $today", { map: SEED_MAP, ids: orgs.slice(0, 5), today: new Date().toISOString().slice(0, 10) });
    expect((await app.inject(`${MAP}/analysis/health`)).json().freshness.confirmed).toBe(count('fresh') + 5);
    const report = (await app.inject(`${MAP}/reports/health`)).body;
    expect(report).toContain('data-testid="report-freshness"');
    expect(report).toContain(`${Math.round(((count('fresh') + 5) / facts) * 100)}% confirmed`);
  });
});

describe('contact details', () => {
  const email = 'chair.role@example.org.uk';
  const put = (payload: Record<string, unknown>, target = app) => target.inject({ method: 'PUT', url: `${MAP}/people/${person.id}/contact`, payload });

  it('are validated with a clear 400 that never repeats the value', async () => {
    for (const payload of [{ email: 'not an address' }, { email: 'someone@gmail.com' }, { phone: '12' }, { phone: 'call me' }, {}]) {
      const res = await put(payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().fields.length).toBeGreaterThan(0);
      for (const value of Object.values(payload)) expect(res.body).not.toContain(String(value));
    }
    expect((await app.inject(`${MAP}/people/${person.id}/contact`)).json()).toEqual({ personId: person.id, email: null, phone: null });
  });

  it('are shown to members and above only, and never in graph, search or export answers', async () => {
    const saved = await put({ email: 'Chair.Role@example.org.uk', phone: '020 7946 0000' });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ personId: person.id, email, phone: '020 7946 0000' });
    expect((await put({ email }, guarded)).statusCode).toBe(401);
    // Members and above: the route and the person's panel.
    expect(await service.contact(SEED_MAP, person.id, member())).toMatchObject({ email });
    expect((await app.inject(`${MAP}/nodes/${person.id}`)).json().contact).toMatchObject({ email });
    // A viewer and the public: nothing, not even whether there are any.
    await expect(service.contact(SEED_MAP, person.id, viewerAt('viewer', LOCAL_ACTOR))).rejects.toMatchObject({ statusCode: 403 });
    expect(await service.contactFor(SEED_MAP, person.id, viewerAt('viewer', LOCAL_ACTOR))).toBeUndefined();
    expect((await guarded.inject(`${MAP}/people/${person.id}/contact`)).statusCode).toBe(401);
    for (const url of [`${MAP}/graph`, `${MAP}/search?q=${encodeURIComponent(person.name)}`, `${MAP}/search?q=example`, `${MAP}/export/json`, `${MAP}/export/csv?table=elements`, `${MAP}/nodes/${person.id}`, `${MAP}/nodes/nobody`]) {
      for (const target of [app, guarded]) {
        const body = (await target.inject(url)).body;
        if (target === app && url.endsWith(person.id)) continue;
        expect(body, url).not.toContain(email);
        expect(body, url).not.toContain('7946');
      }
    }
    // Removing them, and the person's delete, leave none behind.
    expect((await app.inject({ method: 'DELETE', url: `${MAP}/people/${person.id}/contact` })).json()).toEqual({ deleted: person.id });
    expect((await app.inject({ method: 'DELETE', url: `${MAP}/people/${person.id}/contact` })).statusCode).toBe(404);
    expect((await app.inject({ method: 'PUT', url: `${MAP}/people/nobody/contact`, payload: { email } })).statusCode).toBe(404);
  });
});

describe('a person on request', () => {
  /** History entries in the shared Change shape, as the history work records them. */
  async function history(tieId: string) {
    const change = (id: string, extra: Record<string, unknown>) => run('CREATE (c:Change) SET c = $c', { c: { map: SEED_MAP, id, at: '2026-01-01T00:00:00Z', actorId: null, actorName: 'Local user', targetKind: 'node', before: null, ...extra } });
    await change('c1', { action: 'update', targetId: person.id, nodeType: 'Person', before: JSON.stringify({ name: person.name }), after: JSON.stringify({ name: `${person.name} (chair)` }) });
    await change('c2', { action: 'create', targetKind: 'tie', targetId: tieId, fromId: person.id, toId: 'org-x', tieType: 'WORKS_FOR', after: JSON.stringify({ from: person.id }) });
    await change('c3', { action: 'update', targetId: 'org-other', nodeType: 'Organisation', after: '{"name":"Other"}' });
  }

  it('exports everything held about them, and erasure leaves nothing but its note', async () => {
    const tie = dataset.ties.find((t) => t.from === person.id || t.to === person.id)!;
    await history(tie.id);
    await put();
    async function put() { await app.inject({ method: 'PUT', url: `${MAP}/people/${person.id}/contact`, payload: { email: 'role@example.org.uk' } }); }
    expect((await guarded.inject(`${MAP}/people/${person.id}/export`)).statusCode).toBe(401);
    const exported = (await app.inject(`${MAP}/people/${person.id}/export`)).json();
    expect(exported.person).toMatchObject({ id: person.id, name: person.name });
    expect(exported.ties.length).toBe(dataset.ties.filter((t) => t.from === person.id || t.to === person.id).length);
    expect(exported.contact).toMatchObject({ email: 'role@example.org.uk' });
    expect(exported.history.map((h: { id: string }) => h.id).sort()).toEqual(['c1', 'c2']);

    const erased = await app.inject({ method: 'POST', url: `${MAP}/people/${person.id}/erase` });
    expect(erased.statusCode).toBe(200);
    expect(erased.json()).toMatchObject({ erased: true, ties: exported.ties.length, contact: true, historyEntries: 2 });
    // Nothing in the store carries the person's id, name or contact details any more.
    const left = await run(
      `MATCH (n) WHERE n.map = $map AND (n.name = $name OR n:Change AND (n.before CONTAINS $name OR n.after CONTAINS $name)
         OR any(k IN keys(n) WHERE any(v IN (CASE WHEN valueType(n[k]) STARTS WITH 'LIST' THEN n[k] ELSE [n[k]] END)
           WHERE toString(v) CONTAINS $id OR toString(v) CONTAINS 'role@example')))
       RETURN count(n) AS n`, { map: SEED_MAP, id: person.id, name: person.name });
    expect(left.records[0].get('n').toNumber()).toBe(0);
    const ties = await run('MATCH ()-[r]->() WHERE r.id CONTAINS $id RETURN count(r) AS n', { id: person.id });
    expect(ties.records[0].get('n').toNumber()).toBe(0);
    const notes = await run("MATCH (c:Change {map: $map}) WHERE c.action = 'erase' RETURN c", { map: SEED_MAP });
    expect(notes.records).toHaveLength(1);
    expect(notes.records[0].get('c').properties).toMatchObject({ action: 'erase', erased: true, nodeType: 'Person' });
    const cleared = await run("MATCH (c:Change {map: $map}) WHERE c.id IN ['c1', 'c2'] RETURN c.before AS before, c.after AS after, c.erased AS erased", { map: SEED_MAP });
    for (const r of cleared.records) expect([r.get('before'), r.get('after'), r.get('erased')]).toEqual([null, null, true]);
    const untouched = await run("MATCH (c:Change {id: 'c3'}) RETURN c.after AS after");
    expect(untouched.records[0].get('after')).toBe('{"name":"Other"}');
    expect((await app.inject(`${MAP}/people/${person.id}/export`)).statusCode).toBe(404);
    expect((await app.inject({ method: 'POST', url: `${MAP}/people/${person.id}/erase` })).statusCode).toBe(404);
  });
});
