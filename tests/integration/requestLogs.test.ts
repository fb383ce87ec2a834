/**
 * Request logs: one JSON line per request with its id (an incoming well-formed x-request-id kept and
 * returned), method, route pattern, status and duration; never a body, a query string, a path's ids,
 * a cookie, an authorization header or a name.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../graph-service/src/app.ts';
import { readSeed } from '../../seed/dataset.ts';
import { resetAndSeed, SEED_MAP, seedMap, testDatabase } from '../support/db.ts';

const db = testDatabase();
const lines: string[] = [];
let app: FastifyInstance;
const person = seedMap(readSeed(), SEED_MAP).nodes.find((n) => n.label === 'Person')!;
const logged = () => lines.map((l) => JSON.parse(l) as Record<string, unknown>);

beforeAll(async () => {
  await resetAndSeed(db);
  app = await buildApp({ db, logger: { level: 'info', stream: { write: (line) => { lines.push(line); } } } });
});
afterAll(async () => {
  await app?.close();
  await db.driver.close();
});

describe('request logs', () => {
  it('log the request id, method, route, status and duration, and return the id', async () => {
    lines.length = 0;
    const res = await app.inject({ url: `/api/maps/${SEED_MAP}/graph`, headers: { 'x-request-id': 'lb-1234.abc' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['x-request-id']).toBe('lb-1234.abc');
    const entry = logged().find((l) => l.msg === 'request')!;
    expect(entry).toMatchObject({ reqId: 'lb-1234.abc', method: 'GET', route: '/api/maps/:map/graph', status: 200 });
    expect(typeof entry.durationMs).toBe('number');

    const fresh = await app.inject({ url: '/api/health/live', headers: { 'x-request-id': 'not a good id\u0007' } });
    const id = fresh.headers['x-request-id'] as string;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(logged().some((l) => l.reqId === id && l.route === '/api/health/live' && l.status === 200)).toBe(true);
  });

  it('carry no personal data: no bodies, query strings, ids in paths, cookies or authorization headers', async () => {
    lines.length = 0;
    const secret = 'Bearer key-that-must-not-be-logged';
    const headers = { authorization: secret, cookie: 'atlas_session=cookie-that-must-not-be-logged', 'x-atlas-csrf': 'csrf-that-must-not-be-logged' };
    await app.inject({ url: `/api/maps/${SEED_MAP}/search?q=${encodeURIComponent(person.name)}`, headers });
    await app.inject({ url: `/api/maps/${SEED_MAP}/nodes/${person.id}`, headers });
    await app.inject({ method: 'POST', url: `/api/maps/${SEED_MAP}/nodes`, headers, payload: { nodeType: 'Person', name: 'Jo Loggable-Name', source: 'log test' } });
    await app.inject({ method: 'POST', url: `/api/maps/${SEED_MAP}/nodes`, headers, payload: { nodeType: 'Person', name: 'Jo Loggable-Name', source: 'log test', bogus: 'x' } });
    await app.inject({ url: `/api/maps/${SEED_MAP}/no-such-route/${person.id}?who=${encodeURIComponent(person.name)}`, headers });
    const text = lines.join('');
    expect(logged().filter((l) => l.msg === 'request')).toHaveLength(5);
    for (const forbidden of [person.name, person.id, 'Jo Loggable-Name', 'must-not-be-logged', 'q=', 'who=']) expect(text, forbidden).not.toContain(forbidden);
    expect(logged().map((l) => l.route)).toEqual(expect.arrayContaining(['/api/maps/:map/search', '/api/maps/:map/nodes/:id', '/api/maps/:map/nodes', '(no route)']));
  });
});
