/**
 * A map's saved views on a real Neo4j: anyone who sees the map lists them, editors save, change and
 * delete them, each map keeps its own, an unpublished map's views are hidden with the map, and a
 * bad view is refused with the field named and nothing saved.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../graph-service/src/app.ts';
import { as, grant, makeAccount, signIn, type Caller } from '../support/accounts.ts';
import { resetAndSeed, SEED_MAP, SEED_MAPS, testDatabase } from '../support/db.ts';

const db = testDatabase();
let app: Awaited<ReturnType<typeof buildApp>>;
const OTHER = SEED_MAPS[1].id;
const callers: Record<'viewer' | 'editor' | 'admin' | 'elsewhere', Caller> = {} as never;
const views = (map: string, caller?: Caller) => as(app, caller, { method: 'GET', url: `/api/maps/${map}/views` });
const GAPS = { name: 'Gaps in Battersea', text: 'Half of us work with no other organisation.', state: '?colour=cluster&sel=org-providence-house' };

beforeAll(async () => {
  await resetAndSeed(db);
  app = await buildApp({ db, access: 'accounts' });
  for (const role of ['viewer', 'editor', 'admin'] as const) {
    const account = await makeAccount(app, `${role}@views.example.org`);
    await grant(db, SEED_MAP, account.id, role);
    callers[role] = await signIn(app, `${role}@views.example.org`);
  }
  const elsewhere = await makeAccount(app, 'elsewhere@views.example.org');
  await grant(db, OTHER, elsewhere.id, 'editor');
  callers.elsewhere = await signIn(app, 'elsewhere@views.example.org');
});
afterAll(async () => {
  await app?.close();
  await db.driver.close();
});

describe('saved views', () => {
  it('are saved by an editor, listed to anyone who sees the map, in the order saved', async () => {
    expect((await views(SEED_MAP)).json()).toEqual({ views: [] });
    const made = await as(app, callers.editor, { method: 'POST', url: `/api/maps/${SEED_MAP}/views`, payload: GAPS });
    expect(made.statusCode).toBe(201);
    expect(made.json()).toMatchObject({ id: 'gaps-in-battersea', ...GAPS, version: 1 });
    const second = await as(app, callers.editor, { method: 'POST', url: `/api/maps/${SEED_MAP}/views`, payload: { ...GAPS, text: 'Again', state: '' } });
    expect(second.json().id).toBe('gaps-in-battersea-2');
    for (const caller of [undefined, callers.viewer, callers.elsewhere]) {
      expect((await views(SEED_MAP, caller)).json().views.map((v: { id: string }) => v.id)).toEqual(['gaps-in-battersea', 'gaps-in-battersea-2']);
    }
    // The map's record and its data are not touched by a view.
    expect(Object.keys((await app.inject({ method: 'GET', url: `/api/maps/${SEED_MAP}` })).json())).not.toContain('savedViews');
  });

  it('are changed by version and deleted by an editor; a viewer or an editor of another map may not', async () => {
    const url = `/api/maps/${SEED_MAP}/views/gaps-in-battersea-2`;
    for (const caller of [callers.viewer, callers.elsewhere]) {
      expect((await as(app, caller, { method: 'POST', url: `/api/maps/${SEED_MAP}/views`, payload: GAPS })).statusCode).toBe(403);
      expect((await as(app, caller, { method: 'DELETE', url })).statusCode).toBe(403);
    }
    expect((await as(app, undefined, { method: 'POST', url: `/api/maps/${SEED_MAP}/views`, payload: GAPS })).statusCode).toBe(401);
    const changed = await as(app, callers.editor, { method: 'PUT', url, payload: { ...GAPS, name: 'Who is alone', version: 1 } });
    expect(changed.json()).toMatchObject({ id: 'gaps-in-battersea-2', name: 'Who is alone', version: 2 });
    const stale = await as(app, callers.admin, { method: 'PUT', url, payload: { ...GAPS, version: 1 } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ name: 'Who is alone', version: 2 });
    expect((await as(app, callers.editor, { method: 'DELETE', url })).json()).toEqual({ deleted: 'gaps-in-battersea-2' });
    expect((await as(app, callers.editor, { method: 'DELETE', url })).statusCode).toBe(404);
    expect((await views(SEED_MAP)).json().views.map((v: { id: string }) => v.id)).toEqual(['gaps-in-battersea']);
  });

  it('refuse a bad view with the field named, and save nothing', async () => {
    const before = (await views(SEED_MAP)).json();
    const cases: [Record<string, unknown>, string][] = [
      [{ ...GAPS, state: 'colour=cluster' }, '/state'],
      [{ ...GAPS, name: '   ' }, '/name'],
      [{ ...GAPS, name: 'x'.repeat(81) }, '/name'],
      [{ ...GAPS, state: `?${'a'.repeat(4000)}` }, '/state'],
      [{ name: 'No text', state: '' }, '/text'],
    ];
    for (const [payload, field] of cases) {
      const refused = await as(app, callers.editor, { method: 'POST', url: `/api/maps/${SEED_MAP}/views`, payload });
      expect(refused.statusCode, field).toBe(400);
      expect(refused.json().fields.map((f: { field: string }) => f.field), field).toContain(field);
    }
    expect((await views(SEED_MAP)).json()).toEqual(before);
  });

  it('belong to their map: another map has none of them, and the same id is its own there', async () => {
    expect((await views(OTHER)).json()).toEqual({ views: [] });
    expect((await as(app, callers.elsewhere, { method: 'DELETE', url: `/api/maps/${OTHER}/views/gaps-in-battersea` })).statusCode).toBe(404);
    const there = await as(app, callers.elsewhere, { method: 'POST', url: `/api/maps/${OTHER}/views`, payload: GAPS });
    expect(there.json().id).toBe('gaps-in-battersea');
    expect((await views(SEED_MAP)).json().views).toHaveLength(1);
    expect((await views(SEED_MAP)).json().views[0].text).toBe(GAPS.text);
  });

  it('of an unpublished map are hidden with it, and shown to its members', async () => {
    const map = (await as(app, callers.admin, { method: 'GET', url: `/api/maps/${SEED_MAP}` })).json();
    const hidden = await as(app, callers.admin, { method: 'PATCH', url: `/api/maps/${SEED_MAP}`, payload: { version: map.version, changes: { published: false } } });
    expect(hidden.statusCode).toBe(200);
    expect((await views(SEED_MAP)).statusCode).toBe(404);
    expect((await views(SEED_MAP, callers.elsewhere)).statusCode).toBe(404);
    expect((await views(SEED_MAP, callers.viewer)).json().views).toHaveLength(1);
    await as(app, callers.admin, { method: 'PATCH', url: `/api/maps/${SEED_MAP}`, payload: { version: hidden.json().version, changes: { published: true } } });
  });
});
