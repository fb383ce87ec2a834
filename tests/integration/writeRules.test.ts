/**
 * The one set of write rules on the real service: API writes and imports make the same ids, refuse
 * the same bookkeeping names and the same personal data, with the same problem codes.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../graph-service/src/app.ts';
import type { Database } from '../../graph-service/src/db/connection.ts';
import type { ImportPlan } from '../../graph-service/src/interchange/plan/types.ts';
import { resetAndSeed, SEED_MAP, testDatabase } from '../support/db.ts';

// Only the first test writes, and what it writes is the one name no other test uses: one reset will do.
const db: Database = testDatabase();
const ready: Promise<FastifyInstance> = resetAndSeed(db).then(() => buildApp({ db }));
afterAll(async () => {
  await (await ready).close();
  await db.driver.close();
});

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely, each test checks the fields it needs.
type Json = Record<string, any>;

async function post(url: string, payload: unknown) {
  const response = await (await ready).inject({ method: 'POST', url, payload: payload as Json });
  return { status: response.statusCode, body: response.json() as Json };
}

function previewCsv(csv: string): Promise<{ status: number; body: Json }> {
  return post('/api/import/files/preview', { files: [{ name: 'elements.csv', data: Buffer.from(csv).toString('base64') }] });
}

const inMap = `/api/maps/${SEED_MAP}`;
const organisation = (name: string, extra: Json = {}) => ({ nodeType: 'Organisation', name, source: 'test: write rules', ...extra });

describe('ids', () => {
  it('the API and the import make the same id from the same name ("&" reads "and")', async () => {
    const planned = await previewCsv('name,type\nUnicode Group & Co,Organisation\n');
    expect(planned.status).toBe(200);
    const row = (planned.body as ImportPlan).rows[0];
    const created = await post(`${inMap}/nodes`, organisation('Unicode Group & Co'));
    expect(created.status).toBe(201);
    expect(created.body.id).toBe('org-unicode-group-and-co');
    expect(row.id).toBe(created.body.id);
  });
});

describe('personal data', () => {
  it('POST /api/maps/:map/nodes refuses an e-mail address in the description, with the personal_data code', async () => {
    const refused = await post(`${inMap}/nodes`, organisation('Mail Club', { description: 'Write to jo.bloggs@example.org for a place' }));
    expect(refused.status).toBe(400);
    expect(refused.body.fields).toEqual([expect.objectContaining({ field: '/description', code: 'personal_data' })]);
    expect((await (await ready).inject(`${inMap}/nodes/org-mail-club`)).statusCode).toBe(404);
  });

  it('POST /api/maps/:map/ties refuses a phone number in a property', async () => {
    const refused = await post(`${inMap}/ties`, { tieType: 'CONNECTED_WITH', from: 'org-providence-house', to: 'org-caius-house', source: 'test', properties: { description: 'Call 020 7223 1234' } });
    expect(refused.status).toBe(400);
    expect(refused.body.fields).toEqual([expect.objectContaining({ field: '/properties/description', code: 'personal_data' })]);
  });
});

describe('reserved names', () => {
  it('an import refuses a mergedIds column the way the API does', async () => {
    const api = await post(`${inMap}/nodes`, organisation('Merged Club', { properties: { mergedIds: ['org-a'] } }));
    expect(api.status).toBe(400);
    expect(api.body.fields).toEqual([expect.objectContaining({ field: '/properties/mergedIds', code: 'reserved' })]);
    const planned = await previewCsv('name,type,mergedIds\nMerged Club,Organisation,org-a\n');
    expect(planned.status).toBe(200);
    const plan = planned.body as ImportPlan;
    expect(plan.committable).toBe(false);
    expect(plan.rows[0]).toMatchObject({ outcome: 'rejected', problems: [expect.objectContaining({ field: 'mergedIds', code: 'reserved' })] });
  });
});
