/**
 * Bad input gets the one error shape with a problem code per field, through the real app but
 * before any database work (the driver never connects): schema validation runs first.
 */
import type { FastifyInstance } from 'fastify';
import neo4j from 'neo4j-driver';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../../../graph-service/src/app.ts';
import { errorHandler } from '../../../graph-service/src/routes/errorHandler.ts';

const driver = neo4j.driver('bolt://127.0.0.1:9', neo4j.auth.basic('nobody', 'nothing'));
let app: FastifyInstance;
const inMap = '/api/maps/battersea-alliance';

beforeAll(async () => {
  app = await buildApp({ db: { driver, database: 'neo4j', uri: 'bolt://127.0.0.1:9' } });
});
afterAll(async () => {
  await app.close();
  await driver.close();
});

async function problems(method: 'POST' | 'PATCH' | 'GET', url: string, payload?: object) {
  const response = await app.inject({ method, url, payload });
  expect(response.statusCode, response.body).toBe(400);
  const body = response.json();
  expect(body).toMatchObject({ error: 'invalid_fields', message: expect.any(String) });
  return Object.fromEntries((body.fields as { field: string; code: string; message: string }[]).map((f) => [f.field, f.code]));
}

describe('schema validation errors', () => {
  it('name each field with a code: required, unknown_field, wrong_type, bad_date, too_large, not_allowed', async () => {
    expect(await problems('POST', `${inMap}/nodes`, {
      nodeType: 'Company', name: 'x'.repeat(301), since: '2021-13', until: 2021, colour: 'red',
    })).toEqual({
      '/source': 'required',
      '/nodeType': 'not_allowed',
      '/name': 'too_large',
      '/since': 'bad_date',
      '/until': 'wrong_type',
      '/colour': 'unknown_field',
    });
  });

  it('tell a bad date from a bad id, and an empty value from a missing one', async () => {
    expect(await problems('PATCH', `${inMap}/nodes/org-a`, { version: 1, changes: { since: '2021-02-30x', name: '' } }))
      .toEqual({ '/changes/since': 'bad_date', '/changes/name': 'blank' });
    expect(await problems('PATCH', `${inMap}/nodes/org-a`, { version: 1, changes: {} })).toEqual({ '/changes': 'required' });
    expect(await problems('GET', `${inMap}/paths?from=org%20a&to=org-b`)).toEqual({ '/from': 'bad_format' });
    expect(await problems('GET', '/api/maps/Battersea%20Alliance/graph')).toEqual({ '/map': 'bad_format' });
  });

  it('refuse an "as of" that is not a day before the map is looked up', async () => {
    expect(await problems('GET', `${inMap}/analysis/health?asOf=2021-13`)).toEqual({ '/asOf': 'bad_date' });
  });

  it('words each problem for people, naming the field', async () => {
    const response = await app.inject({ method: 'GET', url: `${inMap}/search?q=x&types=Company&limit=1000` });
    const fields = response.json().fields as { field: string; message: string }[];
    expect(fields.map((f) => f.field).sort()).toEqual(['/limit', '/types/0']);
    for (const f of fields) expect(f.message).toMatch(/^"(types|limit)" /);
  });

  it('answers unknown routes and unreadable bodies in the same shape', async () => {
    const nowhere = await app.inject('/api/nowhere');
    expect(nowhere.statusCode).toBe(404);
    expect(nowhere.json()).toEqual({ error: 'no_route', message: 'No route GET /api/nowhere.' });
    const notJson = await app.inject({ method: 'POST', url: `${inMap}/nodes`, headers: { 'content-type': 'application/json' }, payload: '{' });
    expect(notJson.statusCode).toBe(400);
    expect(notJson.json()).toMatchObject({ error: 'bad_request', message: expect.any(String) });
  });
});

describe('errors outside validation', () => {
  it('answer an oversized body with 413 in the one shape, before reading it', async () => {
    const response = await app.inject({ method: 'POST', url: `${inMap}/nodes`, payload: { nodeType: 'Organisation', name: 'Big', source: 'test', description: 'x'.repeat(1_100_000) } });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toEqual({ error: 'too_large', message: 'The request is larger than 1 MiB. Send less at once.' });
  });

  it('answer a failure inside the service with 500 and no internals', async () => {
    const failing = Fastify();
    failing.setErrorHandler(errorHandler(1_048_576));
    failing.get('/boom', async () => {
      throw new Error('Neo4jError: bolt://admin:s3cret@db.internal:7687 refused');
    });
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const response = await failing.inject('/boom');
    quiet.mockRestore();
    await failing.close();
    expect(response.statusCode).toBe(500);
    const body = response.json();
    expect(Object.keys(body).sort()).toEqual(['error', 'message']);
    expect(body.error).toBe('internal_error');
    expect(response.body).not.toMatch(/s3cret|bolt:|Neo4jError|db\.internal/);
  });
});
