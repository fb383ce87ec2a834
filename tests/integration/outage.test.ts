/**
 * When the database is away: a Neo4j of this file's own (never the run's shared one), supervised as
 * npm start supervises it, is SIGKILLed. While it is down every call answers 503 `unavailable` with
 * Retry-After within 2 s, liveness still answers, readiness says 503; the supervisor starts it again
 * and the same app (no rebuild, no restart) answers again. A JVM whose database panicked is stopped
 * and started again on `recover`. Also: its store is owner-only.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../graph-service/src/app.ts';
import type { Database } from '../../graph-service/src/db/connection.ts';
import { openDriver } from '../../graph-service/src/db/driver.ts';
import { notPrivate } from '../../graph-service/src/neo4j/permissions.ts';
import { startThrowawayNeo4j, type ThrowawayNeo4j } from '../../graph-service/src/neo4j/throwaway.ts';
import { applySchema } from '../../graph-service/src/repositories/schemaRepository.ts';
import { readSeed } from '../../seed/dataset.ts';
import { loadSeed } from '../../seed/loader.ts';

const seed = readSeed();
const MAP = seed.maps[0].id;
let neo4j: ThrowawayNeo4j;
let db: Database;
let app: FastifyInstance;

/** A read and a write of each kind: the service-wide ones, inside a map, and the probes. */
const CALLS = [
  { method: 'GET', url: '/api/health' },
  { method: 'GET', url: '/api/maps' },
  { method: 'GET', url: `/api/maps/${MAP}/graph` },
  { method: 'GET', url: `/api/maps/${MAP}/search?q=alliance` },
  { method: 'GET', url: `/api/maps/${MAP}/analysis/health` },
  { method: 'POST', url: `/api/maps/${MAP}/nodes`, payload: { nodeType: 'Organisation', name: 'Outage Test Group', source: 'outage test' } },
  { method: 'GET', url: '/api/health/ready' },
] as const;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  return !/\) Z /.test(existsSync(`/proc/${pid}/stat`) ? readFileSync(`/proc/${pid}/stat`, 'utf8') : '');
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  // An empty environment: always a managed instance of this file's own, even when NEO4J_URI names another.
  neo4j = await startThrowawayNeo4j({ name: 'outage', heap: '512m', pageCache: '64m', supervised: true, restartDelayMs: 2000 }, {});
  db = { driver: openDriver(neo4j.uri, neo4j.username, neo4j.password), database: neo4j.database, uri: neo4j.uri };
  await applySchema(db.driver, db.database);
  await loadSeed(db.driver, db.database, seed);
  app = await buildApp({ db });
}, 240_000);

afterAll(async () => {
  await app?.close();
  await db?.driver.close();
  await neo4j?.stop();
});

describe('the managed Neo4j store', () => {
  it('is readable by its owner only: folders 0700, files 0600, the auth file and password among them', () => {
    expect(existsSync(path.join(neo4j.home, 'data/dbms/auth.ini'))).toBe(true);
    expect(existsSync(path.join(neo4j.home, 'password'))).toBe(true);
    expect(notPrivate(neo4j.home)).toEqual([]);
  });
});

describe('the probes', () => {
  it('answer live and ready while Neo4j runs, and /api/health shows no address', async () => {
    expect((await app.inject('/api/health/live')).json()).toEqual({ status: 'live' });
    const ready = await app.inject('/api/health/ready');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready' });
    const health = await app.inject('/api/health');
    expect(health.statusCode).toBe(200);
    expect(health.body).not.toMatch(/bolt|127\.0\.0\.1|localhost|uri|7687|:\d{4,5}/);
    expect(health.body).not.toContain(String(neo4j.boltPort));
  });
});

describe('a Neo4j that dies', () => {
  it('gets 503 with Retry-After within 2 s on every call, then answers again once the supervisor has restarted it', async () => {
    const killed = neo4j.supervisor!.pid;
    process.kill(killed, 'SIGKILL');
    while (alive(killed)) await sleep(50);

    // Two rounds of every call while it is down: the first meets the dead connections, the second the open breaker.
    for (let round = 0; round < 2; round++) {
      for (const call of CALLS) {
        const started = Date.now();
        const res = await app.inject({ method: call.method, url: call.url, payload: 'payload' in call ? call.payload : undefined });
        const took = Date.now() - started;
        const name = `${call.method} ${call.url} (round ${round + 1})`;
        expect(res.statusCode, name).toBe(503);
        expect(took, name).toBeLessThan(2000);
        expect(Number(res.headers['retry-after']), name).toBeGreaterThanOrEqual(1);
        expect(res.json(), name).toMatchObject({ error: 'unavailable', message: expect.stringMatching(/Try again/) });
        expect(res.body, name).not.toMatch(/bolt|127\.0\.0\.1|ServiceUnavailable|Neo4jError|\.ts:/);
        expect(res.body, name).not.toContain(String(neo4j.boltPort));
      }
      const live = await app.inject('/api/health/live');
      expect(live.statusCode).toBe(200);
    }

    const restarted = await neo4j.supervisor!.restarted(killed);
    expect(restarted.pid).not.toBe(killed);
    expect(neo4j.supervisor!.restarts).toBe(1);

    // Within a few breaker periods of Neo4j answering, the same app answers again.
    const deadline = Date.now() + 20_000;
    let ready = await app.inject('/api/health/ready');
    while (ready.statusCode !== 200 && Date.now() < deadline) {
      await sleep(250);
      ready = await app.inject('/api/health/ready');
    }
    expect(ready.statusCode).toBe(200);
    expect((await app.inject(`/api/maps/${MAP}/graph`)).statusCode).toBe(200);
    const write = CALLS.find((c) => c.method === 'POST')!;
    const created = await app.inject({ method: 'POST', url: write.url, payload: write.payload });
    expect(created.statusCode).toBe(201);
    // The restarted JVM is private too: umask 077 for what it writes now.
    expect(notPrivate(neo4j.home)).toEqual([]);
  }, 180_000);

  it('restarts a JVM whose database has panicked when asked to recover it, and the app answers again', async () => {
    const supervisor = neo4j.supervisor!;
    const before = supervisor.pid;
    const restartsBefore = supervisor.restarts;
    expect(supervisor.recover('is a test of recovery')).toBe(true);
    // A second request while the first is under way starts nothing more.
    expect(supervisor.recover('is asked twice')).toBe(false);
    const restarted = await supervisor.restarted(before);
    expect(restarted.pid).not.toBe(before);
    expect(supervisor.restarts).toBe(restartsBefore + 1);
    const deadline = Date.now() + 20_000;
    let ready = await app.inject('/api/health/ready');
    while (ready.statusCode !== 200 && Date.now() < deadline) {
      await sleep(250);
      ready = await app.inject('/api/health/ready');
    }
    expect(ready.statusCode).toBe(200);
    expect((await app.inject(`/api/maps/${MAP}/graph`)).statusCode).toBe(200);
  }, 180_000);
});
