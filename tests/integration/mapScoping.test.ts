/**
 * Every route inside a map works in that map alone. Two maps hold the same node and tie ids (the
 * seed's Battersea map and a marked copy of it with one organisation more): every read in the
 * first answers exactly what it answered before the copy existed and never shows the copy's marks,
 * the copy's own ids are 404 in the first, writes in the first leave the copy's stored nodes and
 * ties identical, and an unknown map is 404 no_map on every route. A route added under
 * /api/maps/:map/ without a case here fails the coverage test: add its case to CASES.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { SEED_MAPS } from '../support/db.ts';
import { FIRST, firstDataset, loadSecondMap, MARK, mapSnapshot, ONLY_IN_SECOND, ONLY_IN_SECOND_TIE, SECOND } from '../support/secondMap.ts';
import { serviceForThisFile } from '../support/service.ts';

const service = serviceForThisFile();
const { db } = service;

// biome-ignore lint/suspicious/noExplicitAny: answers are read field by field, as JSON
type Json = Record<string, any>;
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

const AS_OF = 'asOf=2025-06-30';
const seedTie = firstDataset().ties.find((t) => t.type === 'WORKS_ON' && t.from === 'org-providence-house')!;
const tie = encodeURIComponent(seedTie.id);
const PERSON = firstDataset().nodes.find((n) => n.label === 'Person')!.id;
const org = (name: string) => ({ nodeType: 'Organisation', name, source: 'scoping test' });

/** One request per route inside a map: `route` as the OpenAPI document names it, `url` after `/api/maps/<map>/`. */
interface Case { method: Method; route: string; url: string; payload?: Json | string; headers?: Record<string, string> }
const read = (route: string, url = route): Case => ({ method: 'GET', route, url });
const READS: Case[] = [
  read('graph'), read('graph', 'graph?alliance=alliance-battersea'), read('graph', 'graph?area=area-london'),
  read('nodes/{id}', 'nodes/org-providence-house'), read('nodes/{id}', 'nodes/area-london'),
  read('search', 'search?q=Providence&limit=100'), read('search', 'search?q=London&limit=100'), read('search', 'search?q=house&limit=100'),
  read('stats'),
  read('nodes/{id}/neighbourhood', 'nodes/org-providence-house/neighbourhood?depth=3&limit=5000'),
  read('paths', 'paths?from=org-providence-house&to=org-caius-house&all=true'),
  read('themes/{id}', 'themes/theme-faith'),
  read('subgraph'), read('subgraph', 'subgraph?theme=theme-faith&neighbours=true'), read('subgraph', 'subgraph?area=area-london&neighbours=true'),
  read('ties/{id}', `ties/${tie}`),
  read('analysis/clusters', `analysis/clusters?${AS_OF}`), read('analysis/gaps', `analysis/gaps?${AS_OF}`), read('analysis/health', `analysis/health?${AS_OF}`),
  read('analysis/what-if', `analysis/what-if?remove=org-providence-house&${AS_OF}`), read('reports/health', `reports/health?${AS_OF}`),
  read('compare', 'compare?from=2021-10-07&to=2025-06-30'), read('analysis/growth', 'analysis/growth?by=event'),
  read('nodes/{id}/answers', `nodes/org-providence-house/answers?${AS_OF}`),
  read('answers/ties-among', `answers/ties-among?ids=org-providence-house,org-caius-house&${AS_OF}`),
  read('export/{format}', 'export/json'), read('export/{format}', 'export/csv?table=connections'),
  read('review'), read('review', 'review?limit=500'), read('people/{id}/contact', `people/${PERSON}/contact`), read('people/{id}/export', `people/${PERSON}/export`),
];
const WRITES: Case[] = [
  { method: 'POST', route: 'nodes', url: 'nodes', payload: org('Scoping Test Group') },
  { method: 'PATCH', route: 'nodes/{id}', url: 'nodes/org-providence-house', payload: { version: 1, changes: { description: 'changed' } } },
  { method: 'DELETE', route: 'nodes/{id}', url: 'nodes/org-providence-house?version=1' },
  { method: 'POST', route: 'organisations/merge', url: 'organisations/merge', payload: { survivor: { id: 'org-providence-house', version: 1 }, merged: { id: 'org-caius-house', version: 1 } } },
  { method: 'POST', route: 'ties', url: 'ties', payload: { tieType: 'FUNDS', from: 'org-caius-house', to: 'org-providence-house', source: 'scoping test' } },
  { method: 'PATCH', route: 'ties/{id}', url: `ties/${tie}`, payload: { version: 1, changes: { until: '2030' } } },
  { method: 'DELETE', route: 'ties/{id}', url: `ties/${tie}?version=1` },
  { method: 'PUT', route: 'people/{id}/contact', url: `people/${PERSON}/contact`, payload: { email: 'chair@example.org.uk', phone: '020 7946 0000' } },
  { method: 'DELETE', route: 'people/{id}/contact', url: `people/${PERSON}/contact` },
  { method: 'POST', route: 'people/{id}/erase', url: `people/${PERSON}/erase` },
];
const CSV_ROW = 'id,name,type,source\norg-scoping-import,Scoping Import Group,Organisation,scoping test\n';
const csv = { 'content-type': 'text/csv' };
const csvFiles = { files: [{ name: 'elements.csv', data: Buffer.from(CSV_ROW).toString('base64') }] };
/** The maps' own routes inside a map, and imports into a map. */
const MAP_ROUTES: Case[] = [
  read('layout'),
  { method: 'PUT', route: 'layout', url: 'layout', payload: { positions: { 'org-providence-house': [1, 2] } } },
  { method: 'POST', route: 'duplicate', url: 'duplicate', payload: { title: 'Scoping duplicate' } },
  { method: 'POST', route: 'nodes/{id}/copy', url: 'nodes/org-caius-house/copy', payload: { to: 'team-hackney' } },
  { method: 'POST', route: 'import/preview', url: 'import/preview?name=elements.csv', payload: CSV_ROW, headers: csv },
  { method: 'POST', route: 'import/commit', url: 'import/commit?name=elements.csv', payload: CSV_ROW, headers: csv },
  { method: 'POST', route: 'import/files/preview', url: 'import/files/preview', payload: csvFiles },
  { method: 'POST', route: 'import/files/commit', url: 'import/files/commit', payload: csvFiles },
];
/** The history's routes: covered here for 404 no_map; their own scoping is checked in "writes in one map". */
const HISTORY_ROUTES: Case[] = [
  read('history'), read('nodes/{id}/history', 'nodes/org-providence-house/history'),
  { method: 'POST', route: 'changes/{id}/revert', url: 'changes/no-such-change/revert' },
  { method: 'POST', route: 'imports/{importId}/revert', url: 'imports/no-such-import/revert' },
  { method: 'POST', route: 'nodes/{id}/confirm', url: 'nodes/org-caius-house/confirm' },
  { method: 'POST', route: 'ties/{id}/confirm', url: `ties/${tie}/confirm` },
];
/** A map's members (accounts): memberships are per map by their `map` key; tests/integration/accounts.test.ts covers them in full. */
const ACCOUNT_ID = 'acc-00000000-0000-4000-8000-000000000000';
const MEMBER_ROUTES: Case[] = [
  read('members'),
  { method: 'POST', route: 'members', url: 'members', payload: { email: 'someone@example.org', role: 'viewer' } },
  { method: 'PUT', route: 'members/{accountId}', url: `members/${ACCOUNT_ID}`, payload: { role: 'viewer' } },
  { method: 'DELETE', route: 'members/{accountId}', url: `members/${ACCOUNT_ID}` },
];
/** Saved views: covered here for 404 no_map; their own scoping is checked in tests/integration/savedViews.test.ts. */
const SAVED_VIEW_ROUTES: Case[] = [
  read('views'),
  { method: 'POST', route: 'views', url: 'views', payload: { name: 'Scoping view', text: '', state: '?colour=cluster' } },
  { method: 'PUT', route: 'views/{view}', url: 'views/scoping-view', payload: { name: 'Scoping view', text: '', state: '', version: 1 } },
  { method: 'DELETE', route: 'views/{view}', url: 'views/scoping-view' },
];
const CASES = [...READS, ...WRITES, ...MAP_ROUTES, ...MEMBER_ROUTES, ...HISTORY_ROUTES, ...SAVED_VIEW_ROUTES];

async function call(method: Method, url: string, payload?: Json | string, headers?: Record<string, string>) {
  const response = await service.app.inject({ method, url, payload, headers });
  const json = response.headers['content-type']?.toString().startsWith('application/json');
  return { status: response.statusCode, text: response.body, body: (json ? response.json() : {}) as Json };
}
const inMap = (map: string, c: Case) => call(c.method, `/api/maps/${map}/${c.url}`, c.payload, c.headers);

/** What a read answers, without what depends on the whole index rather than the map (search scores). */
/**
 * JSON with every object's keys in order, and a graph's nodes and edges in the order of their keys:
 * Neo4j promises neither the order of a record's properties nor that of rows without ORDER BY.
 */
function canonical(value: unknown): string {
  const byKey = (list: unknown[]) => (list.every((item) => item && typeof item === 'object' && typeof (item as { key?: unknown }).key === 'string')
    ? [...list].sort((a, b) => String((a as { key: string }).key).localeCompare(String((b as { key: string }).key))) : list);
  return JSON.stringify(value, (_key, v) => (Array.isArray(v) ? byKey(v) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v));
}

function comparable(c: Case, answer: { text: string; body: Json }): string {
  // A person's export says when it was made; the rest of it must not change.
  if (c.route === 'people/{id}/export') return canonical({ ...answer.body, exportedAt: null });
  if (c.route !== 'search') return /^[[{]/.test(answer.text) ? canonical(JSON.parse(answer.text)) : answer.text;
  return canonical(answer.body.results.map(({ score: _score, ...hit }: Json) => hit).sort((a: Json, b: Json) => a.id.localeCompare(b.id)));
}

const before = new Map<Case, string>();
let second: string;
beforeAll(async () => {
  for (const c of READS) {
    const answer = await inMap(FIRST.id, c);
    expect(answer.status, c.url).toBe(200);
    before.set(c, comparable(c, answer));
  }
  await loadSecondMap(db);
  second = await mapSnapshot(db, SECOND.id);
});

describe('a route inside a map', () => {
  it('exists for every case here, and every route under /api/maps/{map}/ has a case', async () => {
    const documented = Object.entries((await call('GET', '/api/docs/json')).body.paths as Record<string, Json>)
      .filter(([path]) => path.startsWith('/api/maps/{map}/'))
      .flatMap(([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`));
    const covered = new Set(CASES.map((c) => `${c.method} /api/maps/{map}/${c.route}`));
    expect(documented.filter((route) => !covered.has(route)), 'add a scoping case for these routes').toEqual([]);
    expect([...covered].filter((route) => !documented.includes(route))).toEqual([]);
  });

  it('reads the same in the first map with the copy beside it, and never shows the copy', async () => {
    for (const c of READS) {
      const answer = await inMap(FIRST.id, c);
      expect(answer.status, c.url).toBe(200);
      expect(comparable(c, answer), c.url).toBe(before.get(c));
      expect(answer.text, c.url).not.toContain(MARK);
      expect(answer.text, c.url).not.toContain(ONLY_IN_SECOND.id);
    }
  });

  it('reads the copy in the copy: the same ids, its own names and its own organisation', async () => {
    const node = await call('GET', `/api/maps/${SECOND.id}/nodes/org-providence-house`);
    expect(node.body.node.name).toContain(MARK);
    expect(node.body.ties.map((t: Json) => t.other.id)).toContain(ONLY_IN_SECOND.id);
    const found = await call('GET', `/api/maps/${SECOND.id}/search?q=${encodeURIComponent(ONLY_IN_SECOND.name)}`);
    expect(found.body.results[0].id).toBe(ONLY_IN_SECOND.id);
    const theme = await call('GET', `/api/maps/${SECOND.id}/themes/theme-faith`);
    expect(theme.text).toContain(MARK);
    expect(await mapSnapshot(db, SECOND.id)).toBe(second);
  });

  it('answers 404 in the first map for what only the copy has, and changes nothing', async () => {
    const only = ONLY_IN_SECOND.id;
    const first = await mapSnapshot(db, FIRST.id);
    const requests: [Method, string, Json?][] = [
      ['GET', `nodes/${only}`], ['GET', `nodes/${only}/neighbourhood`], ['GET', `paths?from=org-providence-house&to=${only}`],
      ['GET', `ties/${encodeURIComponent(ONLY_IN_SECOND_TIE)}`], ['GET', `analysis/what-if?remove=${only}`], ['GET', `nodes/${only}/answers`],
      ['PATCH', `nodes/${only}`, { version: 1, changes: { description: 'x' } }], ['DELETE', `nodes/${only}?version=1`],
      ['POST', 'ties', { tieType: 'FUNDS', from: 'org-caius-house', to: only, source: 'scoping test' }],
      ['POST', 'organisations/merge', { survivor: { id: 'org-caius-house', version: 1 }, merged: { id: only, version: 1 } }],
      ['PATCH', `ties/${encodeURIComponent(ONLY_IN_SECOND_TIE)}`, { version: 1, changes: { until: '2030' } }],
    ];
    for (const [method, url, payload] of requests) expect((await call(method, `/api/maps/${FIRST.id}/${url}`, payload)).status, `${method} ${url}`).toBe(404);
    expect(await mapSnapshot(db, FIRST.id)).toBe(first);
    expect(await mapSnapshot(db, SECOND.id)).toBe(second);
  });

  it('answers 404 no_map for a map that does not exist, on every route', async () => {
    for (const c of CASES) {
      const answer = await inMap('no-such-map', c);
      expect(answer.status, `${c.method} ${c.url}`).toBe(404);
      expect(answer.body, `${c.method} ${c.url}`).toMatchObject({ error: 'no_map', message: expect.stringContaining('no-such-map') });
    }
    expect(await mapSnapshot(db, SECOND.id)).toBe(second);
  });

  it('is gone from the old paths without a map: 404 no_route', async () => {
    const old: [Method, string][] = [
      ['GET', '/api/graph'], ['GET', '/api/nodes/org-providence-house'], ['GET', '/api/stats'], ['GET', '/api/nodes/org-providence-house/neighbourhood'],
      ['GET', '/api/paths?from=org-providence-house&to=org-caius-house'], ['GET', '/api/themes/theme-faith'], ['GET', '/api/subgraph'],
      ['POST', '/api/nodes'], ['PATCH', '/api/nodes/org-providence-house'], ['DELETE', '/api/nodes/org-providence-house?version=1'],
      ['POST', '/api/organisations/merge'], ['POST', '/api/ties'], ['GET', `/api/ties/${tie}`], ['PATCH', `/api/ties/${tie}`], ['DELETE', `/api/ties/${tie}?version=1`],
      ['GET', '/api/analysis/clusters'], ['GET', '/api/analysis/gaps'], ['GET', '/api/analysis/health'], ['GET', '/api/analysis/what-if?remove=org-a'],
      ['GET', '/api/reports/health'], ['GET', '/api/export/json'],
    ];
    for (const [method, url] of old) {
      const answer = await call(method, url, method === 'GET' || method === 'DELETE' ? undefined : {});
      expect(answer.status, `${method} ${url}`).toBe(404);
      expect(answer.body.error, `${method} ${url}`).toBe('no_route');
    }
  });
});

describe('writes in one map', () => {
  const first = (method: Method, url: string, payload?: Json) => call(method, `/api/maps/${FIRST.id}/${url}`, payload);
  const version = async (id: string) => (await first('GET', `nodes/${id}`)).body.node.version as number;

  it('take ids that another map uses, and leave that map\'s nodes and ties identical', async () => {
    const steps: [string, () => Promise<{ status: number; body: Json }>, number, (body: Json) => void][] = [
      ['create the copy\'s organisation', () => first('POST', 'nodes', org(ONLY_IN_SECOND.name)), 201, (b) => expect(b.id).toBe(ONLY_IN_SECOND.id)],
      ['create the copy\'s tie', () => first('POST', 'ties', { tieType: 'CONNECTED_WITH', from: ONLY_IN_SECOND.neighbour, to: ONLY_IN_SECOND.id, source: 'scoping test' }), 201, (b) => expect(b.id).toBe(ONLY_IN_SECOND_TIE)],
      ['change a node both maps have', async () => first('PATCH', 'nodes/org-providence-house', { version: await version('org-providence-house'), changes: { description: 'changed in the first map' } }), 200, (b) => expect(b.description).toBe('changed in the first map')],
      ['change a tie both maps have', () => first('PATCH', `ties/${tie}`, { version: 1, changes: { until: '2030' } }), 200, (b) => expect(b.until).toBe('2030')],
      ['delete that tie', () => first('DELETE', `ties/${tie}?version=2`), 200, (b) => expect(b.deleted).toBe(seedTie.id)],
      ['merge two organisations both maps have', async () => first('POST', 'organisations/merge', { survivor: { id: 'org-providence-house', version: await version('org-providence-house') }, merged: { id: 'org-caius-house', version: await version('org-caius-house') } }), 200, (b) => expect(b.node.mergedIds).toEqual(['org-caius-house'])],
      ['delete a node both maps have', async () => first('DELETE', `nodes/org-providence-house?version=${await version('org-providence-house')}`), 200, (b) => expect(b.ties).toBeGreaterThan(0)],
    ];
    // The maps' own routes and imports, in the first map: none of them touches the copy.
    for (const c of MAP_ROUTES.filter((route) => route.method !== 'GET')) {
      const answer = await inMap(FIRST.id, c);
      expect(answer.status, `${c.method} ${c.url}: ${answer.text.slice(0, 200)}`).toBeLessThan(300);
      expect(await mapSnapshot(db, SECOND.id), `${c.method} ${c.url}`).toBe(second);
      if (c.route === 'duplicate') {
        const made = answer.body.map as Json;
        expect((await call('DELETE', `/api/maps/${made.id}?version=${made.version}`)).status).toBe(200);
      }
    }
    expect((await call('GET', `/api/maps/${SECOND.id}/layout`)).body.positions).toEqual({});
    for (const [what, step, status, check] of steps) {
      const answer = await step();
      expect(answer.status, `${what}: ${JSON.stringify(answer.body).slice(0, 200)}`).toBe(status);
      check(answer.body);
      expect(await mapSnapshot(db, SECOND.id), what).toBe(second);
    }
    expect((await first('GET', 'nodes/org-providence-house')).status).toBe(404);
    expect((await call('GET', `/api/maps/${SECOND.id}/nodes/org-providence-house`)).body.node.name).toContain(MARK);
  });
});

describe('the history in one map', () => {
  it("records, lists, confirms and reverts in its own map only: the copy's history stays empty, and its nodes identical", async () => {
    const inFirst = (method: Method, url: string, payload?: Json) => call(method, `/api/maps/${FIRST.id}/${url}`, payload);
    const inSecond = (method: Method, url: string, payload?: Json) => call(method, `/api/maps/${SECOND.id}/${url}`, payload);
    // A node and a tie both maps have, which the writes above left alone.
    const both = firstDataset().ties.find((t) => ![t.from, t.to].some((id) => ['org-providence-house', 'org-caius-house'].includes(id)) && t.id !== seedTie.id)!;
    for (const url of [`nodes/${both.from}/confirm`, `ties/${encodeURIComponent(both.id)}/confirm`]) {
      expect((await inFirst('POST', url)).status, url).toBe(200);
      expect(await mapSnapshot(db, SECOND.id), url).toBe(second);
    }
    const ours = (await inFirst('GET', 'history?limit=500')).body.changes as Json[];
    expect(ours.slice(0, 2).map((c) => [c.action, c.targetId])).toEqual([['confirm', both.id], ['confirm', both.from]]);
    expect((await inFirst('GET', `nodes/${both.from}/history`)).body.changes[0].id).toBe(ours[0].id);
    expect((await inSecond('GET', 'history?limit=500')).body.changes).toEqual([]);
    expect((await inSecond('GET', `nodes/${both.from}/history`)).body.changes).toEqual([]);
    expect((await inSecond('POST', `changes/${ours[0].id}/revert`)).status).toBe(404);
    for (const change of ours.slice(0, 2)) expect((await inFirst('POST', `changes/${change.id}/revert`)).status).toBe(200);
    expect(await mapSnapshot(db, SECOND.id)).toBe(second);
  });
});

describe('the search across maps', () => {
  const everywhere = async (extra = '') => (await call('GET', `/api/search?q=${encodeURIComponent('Providence House')}&types=Organisation&limit=100${extra}`)).body.results as Json[];
  const archive = (archived: boolean) => db.driver.executeQuery('MATCH (m:Map {id: $id}) SET m.archived = $archived', { id: SECOND.id, archived }, { database: db.database });

  it('names each hit\'s map, and leaves archived maps out unless asked', async () => {
    const maps = (hits: Json[]) => hits.filter((h) => h.id === 'org-providence-house').map((h) => `${h.map}: ${h.mapTitle}`).sort();
    // The writes above may have deleted the first map's Providence House; the copy's is there in any case.
    const firstHasIt = (await call('GET', `/api/maps/${FIRST.id}/nodes/org-providence-house`)).status === 200;
    const withFirst = (list: string[]) => (firstHasIt ? [`${FIRST.id}: ${FIRST.title}`, ...list] : list).sort();
    expect(maps(await everywhere())).toEqual(withFirst([`${SECOND.id}: ${SECOND.title}`]));
    await archive(true);
    try {
      expect(maps(await everywhere())).toEqual(withFirst([]));
      expect(maps(await everywhere('&archived=true'))).toEqual(withFirst([`${SECOND.id}: ${SECOND.title}`]));
      const refused = await call('POST', `/api/maps/${SECOND.id}/nodes`, org('Not in an archived map'));
      expect(refused).toMatchObject({ status: 409, body: { error: 'map_archived' } });
      expect((await call('GET', `/api/maps/${SECOND.id}/nodes/org-providence-house`)).status).toBe(200);
    } finally {
      await archive(false);
    }
    expect(SEED_MAPS.map((m) => m.id)).not.toContain(SECOND.id);
    expect(await mapSnapshot(db, SECOND.id)).toBe(second);
  });
});
