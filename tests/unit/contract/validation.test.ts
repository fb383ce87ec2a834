/**
 * Bad input gets the one error shape with a problem code per field, through the real app but
 * before any database work (the driver never connects): schema validation runs first.
 */
import type { FastifyInstance } from 'fastify';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../graph-service/src/app.ts';

const driver = neo4j.driver('bolt://127.0.0.1:9', neo4j.auth.basic('nobody', 'nothing'));
let app: FastifyInstance;

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
    expect(await problems('POST', '/api/nodes', {
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
    expect(await problems('PATCH', '/api/nodes/org-a', { version: 1, changes: { since: '2021-02-30x', name: '' } }))
      .toEqual({ '/changes/since': 'bad_date', '/changes/name': 'blank' });
    expect(await problems('PATCH', '/api/nodes/org-a', { version: 1, changes: {} })).toEqual({ '/changes': 'required' });
    expect(await problems('GET', '/api/paths?from=org%20a&to=org-b')).toEqual({ '/from': 'bad_format' });
  });

  it('words each problem for people, naming the field', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/search?q=x&types=Company&limit=1000' });
    const fields = response.json().fields as { field: string; message: string }[];
    expect(fields.map((f) => f.field).sort()).toEqual(['/limit', '/types/0']);
    for (const f of fields) expect(f.message).toMatch(/^"(types|limit)" /);
  });

  it('answers unknown routes and unreadable bodies in the same shape', async () => {
    expect((await app.inject('/api/nowhere')).json()).toMatchObject({ error: 'no_route' });
    const notJson = await app.inject({ method: 'POST', url: '/api/nodes', headers: { 'content-type': 'application/json' }, payload: '{' });
    expect(notJson.statusCode).toBe(400);
    expect(notJson.json()).toMatchObject({ error: 'bad_request', message: expect.any(String) });
  });
});
