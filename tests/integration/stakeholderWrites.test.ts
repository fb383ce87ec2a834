/** The write API on the real Neo4j: create, update, delete, merge, versions, access and errors. */
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../graph-service/src/app.ts';
import { readSeed } from '../../seed/dataset.ts';
import { SEED_MAP, SEED_MAPS, seedMap } from '../support/db.ts';
import { serviceForThisFile } from '../support/service.ts';

const dataset = seedMap(readSeed(), SEED_MAPS[0].id);
const inMap = `/api/maps/${SEED_MAP}`;
const service = serviceForThisFile({ reseed: 'each' });
const { db } = service;

// biome-ignore lint/suspicious/noExplicitAny: answers are read field by field, as JSON
type Json = Record<string, any>;

async function call(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown, headers: Record<string, string> = {}) {
  const response = await service.app.inject({ method, url, payload: payload as Json, headers });
  return { status: response.statusCode, body: response.body ? (response.json() as Json) : {} };
}

/** Everything stored, as text, to show that a refused write changed nothing. */
async function snapshot(): Promise<string> {
  const { records } = await db.driver.executeQuery(
    `MATCH (n) OPTIONAL MATCH (n)-[r]->(m) WITH n, r, m ORDER BY n.id, type(r), m.id
     RETURN n.id AS id, properties(n) AS props, collect([type(r), m.id, properties(r)]) AS ties ORDER BY id`,
    {}, { database: db.database },
  );
  return JSON.stringify(records.map((r) => [r.get('id'), r.get('props'), r.get('ties')]));
}

const newOrganisation = (name: string, extra: Json = {}) => ({ nodeType: 'Organisation', name, source: 'test: stakeholder writes', ...extra });

describe('nodes', () => {
  it('creates an entity with a readable id, version 1 and provenance, and search finds it', async () => {
    const created = await call('POST', `${inMap}/nodes`, newOrganisation("St Brigid's Battersea", { description: 'Parish church', aliases: ['St Brigid’s Church'], since: '1876', properties: { kind: 'faith group' } }));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: 'org-st-brigids-battersea', nodeType: 'Organisation', name: "St Brigid's Battersea", version: 1, kind: 'faith group', since: '1876' });
    expect(created.body.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/);
    expect(created.body.updatedAt).toBe(created.body.createdAt);
    const again = await call('POST', `${inMap}/nodes`, newOrganisation("St Brigid's Battersea"));
    expect(again.body.id).toBe('org-st-brigids-battersea-2');
    const found = await call('GET', `${inMap}/search?q=brigids%20battersea&types=Organisation`);
    expect(found.body.results.map((r: Json) => r.id)).toContain('org-st-brigids-battersea');
    const alias = await call('GET', `${inMap}/search?q=church&types=Organisation`);
    expect(alias.body.results.find((r: Json) => r.id === 'org-st-brigids-battersea')?.matchedAlias).toBe('St Brigid’s Church');
  });

  it('refuses bad input with field messages and writes nothing', async () => {
    const before = await snapshot();
    const cases: [Json, RegExp][] = [
      [{ nodeType: 'Company', name: 'X', source: 's' }, /nodeType/],
      [{ nodeType: 'Organisation', name: 'X' }, /source/],
      [{ nodeType: 'Organisation', name: '   ', source: 's' }, /name/],
      [{ nodeType: 'Organisation', name: 'X', source: 's', since: '2020', until: '2019' }, /until/],
      [{ nodeType: 'Organisation', name: 'X', source: 's', since: '20-01-2020' }, /since/],
      [{ nodeType: 'Organisation', name: 'X', source: 's', colour: 'red' }, /colour|additional/],
      [{ nodeType: 'Organisation', name: 'X', source: 's', properties: { version: 7 } }, /version/],
      [{ nodeType: 'Organisation', name: 'X', source: 's', properties: { name: 'Y' } }, /name/],
      [{ nodeType: 'Organisation', name: 'X', source: 's', properties: { 'bad key': 1 } }, /properties/],
      [{ nodeType: 'Organisation', name: 'X'.repeat(301), source: 's' }, /name/],
    ];
    for (const [body, field] of cases) {
      const response = await call('POST', `${inMap}/nodes`, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(JSON.stringify(response.body.fields ?? response.body.message), JSON.stringify(body)).toMatch(field);
    }
    expect((await call('POST', `${inMap}/nodes`, newOrganisation('Taken', { id: 'org-providence-house' }))).status).toBe(409);
    expect(await snapshot()).toBe(before);
  });

  it('updates with the version read, and refuses a stale version with 409 and the current state', async () => {
    const read = await call('GET', `${inMap}/nodes/org-providence-house`);
    const version = read.body.node.version;
    const updated = await call('PATCH', `${inMap}/nodes/org-providence-house`, { version, changes: { description: 'Youth centre in Battersea', aliases: ['Providence'], properties: { kind: 'charity' } } });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ version: version + 1, description: 'Youth centre in Battersea', aliases: ['Providence'], kind: 'charity' });

    const before = await snapshot();
    const stale = await call('PATCH', `${inMap}/nodes/org-providence-house`, { version, changes: { description: 'Overwritten?' } });
    expect(stale.status).toBe(409);
    expect(stale.body.message).toMatch(/changed by someone else/);
    expect(stale.body.current).toMatchObject({ id: 'org-providence-house', version: version + 1, description: 'Youth centre in Battersea' });
    expect(await snapshot()).toBe(before);

    const removed = await call('PATCH', `${inMap}/nodes/org-providence-house`, { version: version + 1, changes: { kind: undefined, properties: { kind: null }, aliases: null } });
    expect(removed.status).toBe(200);
    expect(removed.body.kind).toBeUndefined();
    expect(removed.body.aliases).toBeUndefined();
    expect((await call('PATCH', `${inMap}/nodes/org-providence-house`, { version: 1, changes: {} })).status).toBe(400);
    expect((await call('PATCH', `${inMap}/nodes/org-nobody`, { version: 1, changes: { name: 'X' } })).status).toBe(404);
  });

  it('lets exactly one of two simultaneous writers based on the same version win', async () => {
    const { body } = await call('GET', `${inMap}/nodes/org-caius-house`);
    const results = await Promise.all(
      ['First', 'Second', 'Third'].map((who) => call('PATCH', `${inMap}/nodes/org-caius-house`, { version: body.node.version, changes: { description: `${who} writer` } })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    const after = await call('GET', `${inMap}/nodes/org-caius-house`);
    expect(after.body.node.version).toBe(body.node.version + 1);
    expect(after.body.node.description).toBe(results.find((r) => r.status === 200)!.body.description);
  });

  it('deletes a node with its ties, based on the version read', async () => {
    const { body } = await call('GET', `${inMap}/nodes/org-caius-house`);
    expect((await call('DELETE', `${inMap}/nodes/org-caius-house?version=${body.node.version - 1}`)).status).toBe(409);
    const deleted = await call('DELETE', `${inMap}/nodes/org-caius-house?version=${body.node.version}`);
    expect(deleted).toMatchObject({ status: 200, body: { deleted: 'org-caius-house', ties: body.ties.length } });
    expect((await call('GET', `${inMap}/nodes/org-caius-house`)).status).toBe(404);
    expect((await call('DELETE', `${inMap}/nodes/org-caius-house`)).status).toBe(400);
  });
});

describe('ties', () => {
  it('creates, reads, updates and deletes a tie with provenance and dates', async () => {
    const created = await call('POST', `${inMap}/ties`, { tieType: 'FUNDS', from: 'org-providence-house', to: 'org-caius-house', source: 'test', since: '2021-04', until: '2022', properties: { amount: 5000, currency: 'GBP' } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: 'FUNDS:org-providence-house->org-caius-house', tieType: 'FUNDS', version: 1, amount: 5000 });
    const parallel = await call('POST', `${inMap}/ties`, { tieType: 'FUNDS', from: 'org-providence-house', to: 'org-caius-house', source: 'test', since: '2023' });
    expect(parallel.body.id).toBe('FUNDS:org-providence-house->org-caius-house~2');

    const id = encodeURIComponent(created.body.id);
    const updated = await call('PATCH', `${inMap}/ties/${id}`, { version: 1, changes: { properties: { amount: 6000 }, lastConfirmed: '2024-01-01' } });
    expect(updated.body).toMatchObject({ version: 2, amount: 6000, lastConfirmed: '2024-01-01', since: '2021-04' });
    expect((await call('PATCH', `${inMap}/ties/${id}`, { version: 1, changes: { properties: { amount: 1 } } })).status).toBe(409);

    // The network on a date: the first tie ran 2021-04 to 2022, the parallel one from 2023.
    const in2021 = await call('GET', `${inMap}/subgraph?types=Organisation&tieTypes=FUNDS&asOf=2021-06-01`);
    const in2024 = await call('GET', `${inMap}/subgraph?types=Organisation&tieTypes=FUNDS&asOf=2024-06-01`);
    const keys = (r: Json) => r.body.edges.map((e: Json) => e.key);
    expect(keys(in2021)).toContain(created.body.id);
    expect(keys(in2021)).not.toContain(parallel.body.id);
    expect(keys(in2024)).toContain(parallel.body.id);
    expect(keys(in2024)).not.toContain(created.body.id);

    expect((await call('DELETE', `${inMap}/ties/${id}?version=2`)).body).toEqual({ deleted: created.body.id });
    expect((await call('GET', `${inMap}/ties/${id}`)).status).toBe(404);
  });

  it('refuses ties between the wrong kinds of node, to unknown nodes, and to itself', async () => {
    const before = await snapshot();
    const wrong = await call('POST', `${inMap}/ties`, { tieType: 'MEMBER_OF', from: 'theme-faith', to: 'org-providence-house', source: 'test' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.fields.map((f: Json) => f.field).sort()).toEqual(['/from', '/to']);
    expect(wrong.body.message).toMatch(/MEMBER_OF tie starts at a Organisation/);
    expect((await call('POST', `${inMap}/ties`, { tieType: 'FUNDS', from: 'org-nobody', to: 'org-caius-house', source: 'test' })).status).toBe(404);
    expect((await call('POST', `${inMap}/ties`, { tieType: 'FUNDS', from: 'org-caius-house', to: 'org-caius-house', source: 'test' })).status).toBe(400);
    expect((await call('POST', `${inMap}/ties`, { tieType: 'MEMBER_OF', from: 'org-caius-house', to: 'alliance-battersea', source: 'test', properties: { tier: 'gold' } })).status).toBe(400);
    expect((await call('POST', `${inMap}/ties`, { tieType: 'KNOWS', from: 'org-caius-house', to: 'org-providence-house', source: 'test' })).status).toBe(400);
    expect(await snapshot()).toBe(before);
  });
});

describe('merging organisations', () => {
  it('moves every tie to the survivor, keeps the merged name as an alias that search finds, and loses nothing', async () => {
    const make = async (name: string) => (await call('POST', `${inMap}/nodes`, newOrganisation(name, { description: name === 'St Brigids Battersea' ? 'Runs a lunch club' : undefined }))).body;
    const survivor = await make("St Brigid's Battersea");
    const merged = await make('St Brigids Battersea');
    const tie = async (from: string, to: string, tieType: string, properties: Json = {}) => {
      const created = await call('POST', `${inMap}/ties`, { tieType, from, to, source: `test ${from}`, properties });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
    };
    await tie(survivor.id, 'alliance-battersea', 'MEMBER_OF', { tier: 'associate' });
    await tie(merged.id, 'alliance-battersea', 'MEMBER_OF', { tier: 'associate', description: 'joined at the 2023 event' });
    await tie(merged.id, 'theme-faith', 'WORKS_ON');
    await tie('org-providence-house', merged.id, 'CONNECTED_WITH');
    await tie(survivor.id, merged.id, 'CONNECTED_WITH');
    const tiesBefore = (await call('GET', `${inMap}/stats`)).body.ties.total;

    const stale = await call('POST', `${inMap}/organisations/merge`, { survivor: { id: survivor.id, version: survivor.version }, merged: { id: merged.id, version: 0 } });
    expect(stale.status).toBe(409);
    const fresh = async (id: string) => (await call('GET', `${inMap}/nodes/${id}`)).body.node.version;
    const result = await call('POST', `${inMap}/organisations/merge`, { survivor: { id: survivor.id, version: await fresh(survivor.id) }, merged: { id: merged.id, version: await fresh(merged.id) } });
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ movedTies: 2, combinedTies: 1, droppedTies: [`CONNECTED_WITH:${survivor.id}->${merged.id}`] });
    expect(result.body.node.aliases).toContain('St Brigids Battersea');
    expect(result.body.node.description).toBe('Runs a lunch club');
    expect(result.body.node.mergedIds).toEqual([merged.id]);

    const details = (await call('GET', `${inMap}/nodes/${survivor.id}`)).body;
    const summary = details.ties.map((t: Json) => `${t.tieType} ${t.direction} ${t.other.id}`).sort();
    expect(summary).toEqual(['CONNECTED_WITH in org-providence-house', 'MEMBER_OF out alliance-battersea', 'WORKS_ON out theme-faith']);
    const membership = details.ties.find((t: Json) => t.tieType === 'MEMBER_OF').properties;
    expect(membership.description).toBe('joined at the 2023 event');
    expect(membership.source).toBe(`test ${survivor.id}; test ${merged.id}`);
    expect((await call('GET', `${inMap}/stats`)).body.ties.total).toBe(tiesBefore - 2);

    const gone = await call('GET', `${inMap}/nodes/${merged.id}`);
    expect(gone.status).toBe(404);
    expect(gone.body.message).toMatch(/merged into "St Brigid's Battersea"/);
    const search = await call('GET', `${inMap}/search?q=St%20Brigids%20Battersea&types=Organisation`);
    expect(search.body.results).toHaveLength(1);
    expect(search.body.results[0].id).toBe(survivor.id);
  });

  it('refuses to merge anything but two different organisations, and writes nothing then', async () => {
    const before = await snapshot();
    const version = async (id: string) => (await call('GET', `${inMap}/nodes/${id}`)).body.node.version;
    const self = await call('POST', `${inMap}/organisations/merge`, { survivor: { id: 'org-caius-house', version: 1 }, merged: { id: 'org-caius-house', version: 1 } });
    expect(self.status).toBe(400);
    const theme = await call('POST', `${inMap}/organisations/merge`, { survivor: { id: 'org-caius-house', version: await version('org-caius-house') }, merged: { id: 'theme-faith', version: await version('theme-faith') } });
    expect(theme.status).toBe(409);
    expect(theme.body.message).toMatch(/Only organisations/);
    expect((await call('POST', `${inMap}/organisations/merge`, { survivor: { id: 'org-caius-house', version: 1 }, merged: { id: 'org-nobody', version: 1 } })).status).toBe(404);
    expect(await snapshot()).toBe(before);
  });
});

describe('contracts', () => {
  it('answers 413 to an oversized body and writes nothing', async () => {
    const before = await snapshot();
    const response = await call('POST', `${inMap}/nodes`, newOrganisation('Big', { description: 'x'.repeat(2_000_000) }));
    expect(response.status).toBe(413);
    expect(response.body.message).toMatch(/larger than 1 MiB/);
    expect(await snapshot()).toBe(before);
  });

  it('serves an OpenAPI document covering every route, and its UI', async () => {
    const { status, body } = await call('GET', '/api/docs/json');
    expect(status).toBe(200);
    expect(body.openapi).toMatch(/^3\./);
    for (const path of ['/api/search', ...['search', 'stats', 'paths', 'subgraph', 'themes/{id}', 'nodes', 'nodes/{id}', 'nodes/{id}/neighbourhood', 'ties', 'ties/{id}', 'organisations/merge'].map((p) => `/api/maps/{map}/${p}`)]) {
      expect(Object.keys(body.paths), path).toContain(path);
    }
    expect(body.paths['/api/maps/{map}/nodes'].post.requestBody.content['application/json'].schema.required).toEqual(expect.arrayContaining(['nodeType', 'name', 'source']));
    const ui = await service.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(ui.statusCode).toBe(200);
    expect(ui.body).toMatch(/swagger/i);
  });

  it('with an editor key, hides people and refuses writes from callers without it', async () => {
    const key = 'a-long-editor-key-for-tests';
    const guarded = await buildApp({ db, editorKey: key });
    try {
      const person = dataset.nodes.find((n) => n.label === 'Person')!;
      const asPublic = await guarded.inject({ method: 'GET', url: `${inMap}/search?q=${encodeURIComponent(person.name)}` });
      expect(asPublic.json().results.map((r: Json) => r.nodeType)).not.toContain('Person');
      const asEditor = await guarded.inject({ method: 'GET', url: `${inMap}/search?q=${encodeURIComponent(person.name)}`, headers: { authorization: `Bearer ${key}` } });
      expect(asEditor.json().results.map((r: Json) => r.id)).toContain(person.id);
      expect((await guarded.inject({ method: 'GET', url: `${inMap}/nodes/${person.id}` })).statusCode).toBe(404);
      const graph = (await guarded.inject({ method: 'GET', url: `${inMap}/graph` })).json();
      expect(graph.nodes.some((n: Json) => n.attributes.nodeType === 'Person')).toBe(false);
      const stats = (await guarded.inject({ method: 'GET', url: `${inMap}/stats` })).json();
      expect(stats.nodes.byLabel.Person).toBeUndefined();

      const refused = await guarded.inject({ method: 'POST', url: `${inMap}/nodes`, payload: newOrganisation('Not allowed') });
      expect(refused.statusCode).toBe(401);
      expect(refused.json().message).toMatch(/editor key/);
      const wrongKey = await guarded.inject({ method: 'POST', url: `${inMap}/nodes`, payload: newOrganisation('Not allowed'), headers: { authorization: 'Bearer wrong-key-wrong-key' } });
      expect(wrongKey.statusCode).toBe(401);
      const allowed = await guarded.inject({ method: 'POST', url: `${inMap}/nodes`, payload: newOrganisation('Allowed'), headers: { authorization: `Bearer ${key}` } });
      expect(allowed.statusCode).toBe(201);
    } finally {
      await guarded.close();
    }
  });

  it('keeps madeAt to an event or partnership of the map, reads dateBasis back, and the event lists what it led to', async () => {
    const [a, b] = dataset.nodes.filter((n) => n.label === 'Organisation').slice(-2).map((n) => n.id);
    const event = 'event-battersea-together-2021';
    const tie = { tieType: 'CONNECTED_WITH', from: a, to: b, source: 'write test', since: '2021-10-08', dateBasis: 'met at Battersea Together on 8 Oct 2021' };
    const before = await snapshot();
    const refused = await call('POST', `${inMap}/ties`, { ...tie, properties: { madeAt: a } });
    expect(refused.status).toBe(400);
    expect(refused.body.fields).toEqual([expect.objectContaining({ field: '/properties/madeAt', code: 'not_found' })]);
    expect(await snapshot()).toBe(before);
    const created = await call('POST', `${inMap}/ties`, { ...tie, properties: { madeAt: event } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ dateBasis: tie.dateBasis, madeAt: event });
    const led = (await call('GET', `${inMap}/nodes/${event}`)).body.ledTo as Json[];
    expect(led).toContainEqual(expect.objectContaining({ id: created.body.id, tieType: 'CONNECTED_WITH', since: '2021-10-08', from: expect.objectContaining({ id: a }) }));
    const stale = await call('PATCH', `${inMap}/ties/${encodeURIComponent(created.body.id)}`, { version: 1, changes: { properties: { madeAt: 'event-no-such-event' } } });
    expect(stale.status).toBe(400);
    expect(stale.body.fields[0]).toMatchObject({ field: '/changes/properties/madeAt', code: 'not_found' });
  });
});
