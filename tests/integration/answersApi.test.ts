/**
 * The node panel's answers on the real Neo4j (the seed, and a second map holding the same ids plus
 * one of its own): one node's answers and the ties among several, each in its own map, on what the
 * filters leave, with people shown only to those who may see them.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../graph-service/src/app.ts';
import { resetAndSeed, testDatabase } from '../support/db.ts';
import { FIRST, loadSecondMap, ONLY_IN_SECOND, SECOND } from '../support/secondMap.ts';

const db = testDatabase();
const KEY = 'answers-test-key';
const EVENT = 'event-bt-followup-families';
const HOST = 'person-charlie-st-peters';
let app: FastifyInstance;

beforeAll(async () => {
  await resetAndSeed(db);
  await loadSecondMap(db);
  // With an editor key, callers without it do not see people.
  app = await buildApp({ db, editorKey: KEY });
  // Seeding two maps on a busy machine can outlast the default hook time.
}, 480_000);
afterAll(async () => {
  await app?.close();
  await db.driver.close();
});

const get = async (url: string, signedIn = true) => {
  const res = await app.inject({ url, headers: signedIn ? { authorization: `Bearer ${KEY}` } : {} });
  return { status: res.statusCode, body: res.json() };
};

describe('GET /api/maps/:map/nodes/:id/answers', () => {
  it("answers an organisation's introductions, gaps and what-if", async () => {
    const { status, body } = await get(`/api/maps/${FIRST.id}/nodes/org-kls-elders/answers?introductions=3`);
    expect(status).toBe(200);
    expect(body.kind).toBe('organisation');
    expect(body.node).toEqual({ id: 'org-kls-elders', name: expect.any(String), nodeType: 'Organisation' });
    expect(body.organisation.introductions.length).toBeLessThanOrEqual(3);
    for (const s of body.organisation.introductions) expect(s.reason).toMatch(/^Both /);
    expect(body.organisation.whatIf).toMatchObject({ organisation: { id: 'org-kls-elders' }, mode: 'closes', summary: expect.stringMatching(/^If /) });
    expect(body.scope.filtered).toBe(false);
  });

  it("answers an event's attendees by their tie to the core group, people to those who may see them", async () => {
    const signedIn = await get(`/api/maps/${FIRST.id}/nodes/${EVENT}/answers`);
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.kind).toBe('event');
    const host = signedIn.body.event.attendees.find((a: { id: string }) => a.id === HOST);
    expect(host).toMatchObject({ nodeType: 'Person', roles: [{ tieType: 'HOSTED' }], link: 'core' });
    const open = await get(`/api/maps/${FIRST.id}/nodes/${EVENT}/answers`, false);
    expect(open.status).toBe(200);
    expect(open.body.event.attendees.some((a: { nodeType: string }) => a.nodeType === 'Person')).toBe(false);
    expect(JSON.stringify(open.body)).not.toContain(HOST);
    expect((await get(`/api/maps/${FIRST.id}/nodes/${HOST}/answers`, false)).status).toBe(404);
  });

  it("keeps to its map: another map's node is 404, a node of both answers in each", async () => {
    const elsewhere = await get(`/api/maps/${FIRST.id}/nodes/${ONLY_IN_SECOND.id}/answers`);
    expect(elsewhere.status).toBe(404);
    expect(elsewhere.body.message).toContain(ONLY_IN_SECOND.id);
    const inSecond = await get(`/api/maps/${SECOND.id}/nodes/${ONLY_IN_SECOND.id}/answers`);
    expect(inSecond.status).toBe(200);
    expect(inSecond.body.kind).toBe('organisation');
    // The second map adds a tie to Providence House, so its answer there differs from the first map's.
    const whatIfIn = async (map: string) => (await get(`/api/maps/${map}/nodes/${ONLY_IN_SECOND.neighbour}/answers`)).body.organisation.whatIf.tiesLost;
    expect(await whatIfIn(SECOND.id)).toBe((await whatIfIn(FIRST.id)) + 1);
    expect((await get('/api/maps/no-such-map/nodes/org-kls/answers')).status).toBe(404);
  });

  it('answers on what the filters leave, and says when they leave the node out', async () => {
    const before = await get(`/api/maps/${FIRST.id}/nodes/org-kls-elders/answers?asOf=2021-10-07`);
    expect(before.status).toBe(404);
    expect(before.body.message).toMatch(/not among those analysed/);
    const event = await get(`/api/maps/${FIRST.id}/nodes/event-battersea-together-2021/answers?asOf=2022-03-31`);
    expect(event.status).toBe(200);
    expect(event.body.scope.filtered).toBe(true);
    expect(event.body.event.groups.find((g: { tieType: string }) => g.tieType === 'ATTENDED').total).toBe(28);
  });

  it('refuses bad input naming the field', async () => {
    const bad = await get(`/api/maps/${FIRST.id}/nodes/org-kls/answers?introductions=0`);
    expect(bad.status).toBe(400);
    expect(bad.body.fields[0].field).toBe('/introductions');
    expect((await get(`/api/maps/${FIRST.id}/nodes/org-kls/answers?asOf=2021-02-30`)).body.fields[0]).toMatchObject({ field: '/asOf', code: 'bad_date' });
  });
});

describe('GET /api/maps/:map/answers/ties-among', () => {
  it('lists the ties among the chosen nodes and who is connected to none of the others', async () => {
    const ids = ['org-kls', 'org-love-to-learn', 'org-jct'];
    const { status, body } = await get(`/api/maps/${FIRST.id}/answers/ties-among?ids=${ids.join(',')}`);
    expect(status).toBe(200);
    expect(body.nodes.map((n: { id: string }) => n.id)).toEqual(ids);
    const connected = body.ties.filter((t: { connected: boolean }) => t.connected).map((t: { a: string; b: string }) => [t.a, t.b]);
    expect(connected).toContainEqual(['org-kls', 'org-love-to-learn']);
    expect(body.alone.map((n: { id: string }) => n.id)).toContain('org-jct');
  });

  it("keeps to its map: another map's node is 404", async () => {
    expect((await get(`/api/maps/${FIRST.id}/answers/ties-among?ids=org-kls,${ONLY_IN_SECOND.id}`)).status).toBe(404);
    const second = await get(`/api/maps/${SECOND.id}/answers/ties-among?ids=${ONLY_IN_SECOND.neighbour},${ONLY_IN_SECOND.id}`);
    expect(second.status).toBe(200);
    expect(second.body.ties[0]).toMatchObject({ connected: true, recorded: [{ tieType: 'CONNECTED_WITH' }] });
    expect((await get(`/api/maps/${FIRST.id}/answers/ties-among`)).body.fields[0].field).toBe('/ids');
  });
});
