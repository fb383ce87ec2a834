/**
 * The map routes on the real service: the list with its figures, one map's record (create, change,
 * archive, delete, duplicate), the saved layout and copying a node into another map. The seed is
 * loaded once; tests that write make maps of their own, and check the seed's maps are untouched.
 */
import Graph from 'graphology';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysisContext, networkHealth, type AtlasGraph } from '../../graph-service/src/analysis/index.ts';
import { buildApp } from '../../graph-service/src/app.ts';
import { toPlain } from '../../graph-service/src/db/values.ts';
import { readSeed, seedMap, type SeedMap } from '../../seed/dataset.ts';
import { serviceForThisFile } from '../support/service.ts';

const rig = serviceForThisFile();
const seed = readSeed();

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely, each test checks the fields it needs.
type Json = Record<string, any>;

async function call(method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: unknown): Promise<{ status: number; body: Json }> {
  const response = await rig.app.inject({ method, url, ...(payload === undefined ? {} : { payload: payload as Json }) });
  return { status: response.statusCode, body: response.json() as Json };
}

/** Stored properties as plain values, keys sorted (Neo4j keeps no order). */
const sorted = (props: unknown) => Object.fromEntries(Object.entries(toPlain(props) as Json).sort(([a], [b]) => a.localeCompare(b)));

/** Every node and tie of one map, as sorted lines: to check a map is exactly as it was. */
async function contents(map: string): Promise<string[]> {
  const run = async (cypher: string) => (await rig.db.driver.executeQuery(cypher, { map }, { database: rig.db.database })).records;
  const nodes = await run('MATCH (n:Entity {map: $map}) RETURN labels(n) AS labels, properties(n) AS props');
  const ties = await run('MATCH (a:Entity {map: $map})-[r]->(b) RETURN type(r) AS type, a.id AS a, b.id AS b, b.map AS bMap, properties(r) AS props');
  return [
    ...nodes.map((r) => JSON.stringify([r.get('labels'), sorted(r.get('props'))])),
    ...ties.map((r) => JSON.stringify([r.get('type'), r.get('a'), r.get('b'), r.get('bMap'), sorted(r.get('props'))])),
  ].sort();
}

/** The headline figures the analysis gives for a seed map read straight from its files. */
function seedFigures(map: SeedMap): Json {
  const graph = new Graph({ type: 'directed', multi: true, allowSelfLoops: false }) as unknown as AtlasGraph;
  for (const { label, ...props } of map.nodes) graph.addNode(props.id, { ...props, label: props.name, nodeType: label } as never);
  for (const { type, from, to, ...props } of map.ties) graph.addDirectedEdgeWithKey(props.id, from, to, { ...props, tieType: type } as never);
  const health = networkHealth(analysisContext(graph));
  return { organisations: health.organisations, workingTies: health.ties, isolated: health.isolated, clusters: health.clusters };
}

async function newMap(title: string, extra: Json = {}): Promise<Json> {
  const created = await call('POST', '/api/maps', { title, ...extra });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body;
}

let batterseaBefore: string[];
beforeAll(async () => {
  batterseaBefore = await contents('battersea-alliance');
});
afterAll(async () => {
  // Nothing here changes the seed's maps' data.
  expect(await contents('battersea-alliance')).toEqual(batterseaBefore);
});

describe('GET /api/maps', () => {
  it('lists the four seed maps by title, each with the figures the analysis gives for that map alone', async () => {
    const { status, body } = await call('GET', '/api/maps');
    expect(status).toBe(200);
    const seedIds = ['battersea-alliance', 'empowered-communities-southampton', 'mutualgain-west-london', 'team-hackney'];
    const listed = body.maps.filter((m: Json) => seedIds.includes(m.id));
    expect(listed.map((m: Json) => m.id)).toEqual(seedIds);
    for (const map of listed) {
      expect(map.figures, map.id).toEqual(seedFigures(seedMap(seed, map.id)));
      expect(map).toMatchObject({ title: seedMap(seed, map.id).title, owner: seedMap(seed, map.id).owner, archived: false, version: 1 });
    }
    expect(listed[0].figures.organisations).toBe(seedMap(seed, 'battersea-alliance').nodes.filter((n) => n.label === 'Organisation').length);
  });

  it('leaves archived maps out unless ?archived=true, and answers 400 for an unknown parameter', async () => {
    const map = await newMap('Archived list test');
    expect((await call('PATCH', `/api/maps/${map.id}`, { version: 1, changes: { archived: true } })).status).toBe(200);
    expect((await call('GET', '/api/maps')).body.maps.some((m: Json) => m.id === map.id)).toBe(false);
    const all = await call('GET', '/api/maps?archived=true');
    expect(all.body.maps.find((m: Json) => m.id === map.id)).toMatchObject({ archived: true, figures: { organisations: 0, workingTies: 0, isolated: 0, clusters: 0 } });
    expect((await call('GET', '/api/maps?colour=red')).status).toBe(400);
  });
});

describe('POST /api/maps', () => {
  it('creates an empty map with an id made from its title, numbered when taken', async () => {
    const first = await newMap('Hounslow Food Network', { owner: 'Hounslow CVS', description: 'Food banks and pantries.', appearance: { colour: 'kind' } });
    expect(first).toMatchObject({ id: 'hounslow-food-network', title: 'Hounslow Food Network', owner: 'Hounslow CVS', archived: false, version: 1, appearance: { colour: 'kind' } });
    expect((await newMap('Hounslow Food Network')).id).toBe('hounslow-food-network-2');
    expect((await call('GET', '/api/maps/hounslow-food-network')).body.figures).toEqual({ organisations: 0, workingTies: 0, isolated: 0, clusters: 0 });
  });

  it('refuses an id already taken (409), a bad id or a blank title (400), and callers without the editor key (401)', async () => {
    const taken = await call('POST', '/api/maps', { title: 'Another', id: 'team-hackney' });
    expect(taken.status).toBe(409);
    expect(taken.body.message).toMatch(/"team-hackney" is already used by "Team Hackney"/);
    expect((await call('POST', '/api/maps', { title: 'Bad', id: 'Bad Id' })).status).toBe(400);
    expect((await call('POST', '/api/maps', { title: '   ' })).body).toMatchObject({ error: 'invalid_fields', fields: [{ field: '/title', code: 'blank' }] });
    const guarded = await buildApp({ db: rig.db, editorKey: 'maps-test-key' });
    try {
      const refused = await guarded.inject({ method: 'POST', url: '/api/maps', payload: { title: 'No key' } });
      expect([refused.statusCode, refused.json().error]).toEqual([401, 'editor_key_needed']);
      // Without the key people are hidden, and the figures are those of the map without them.
      const listed = (await guarded.inject({ method: 'GET', url: '/api/maps' })).json().maps as Json[];
      const battersea = seedMap(seed, 'battersea-alliance');
      const people = new Set(battersea.nodes.filter((n) => n.label === 'Person').map((n) => n.id));
      const withoutPeople = { ...battersea, nodes: battersea.nodes.filter((n) => !people.has(n.id)), ties: battersea.ties.filter((t) => !people.has(t.from) && !people.has(t.to)) };
      expect(listed.find((m) => m.id === 'battersea-alliance')?.figures).toEqual(seedFigures(withoutPeople));
    } finally {
      await guarded.close();
    }
  });
});

describe('GET|PATCH /api/maps/:map', () => {
  it('answers one map with its figures, and 404 no_map for an unknown id', async () => {
    const { status, body } = await call('GET', '/api/maps/team-hackney');
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: 'team-hackney', title: 'Team Hackney', figures: seedFigures(seedMap(seed, 'team-hackney')) });
    expect(body.description).toMatch(/2014 partnership event/);
    const missing = await call('GET', '/api/maps/no-such-map');
    expect([missing.status, missing.body.error]).toEqual([404, 'no_map']);
    expect((await call('PATCH', '/api/maps/no-such-map', { version: 1, changes: { title: 'x' } })).body.error).toBe('no_map');
  });

  it('renames, describes, sets the owner and appearance, and removes a field set to null, each based on the version read', async () => {
    const map = await newMap('Patch test', { description: 'first words' });
    const changed = await call('PATCH', `/api/maps/${map.id}`, { version: 1, changes: { title: 'Patched', owner: 'Someone', appearance: { size: 'degree' } } });
    expect(changed.body).toMatchObject({ id: map.id, title: 'Patched', owner: 'Someone', description: 'first words', appearance: { size: 'degree' }, version: 2 });
    const removed = await call('PATCH', `/api/maps/${map.id}`, { version: 2, changes: { description: null, appearance: null } });
    expect(removed.body.version).toBe(3);
    expect(removed.body).not.toHaveProperty('description');
    expect(removed.body).not.toHaveProperty('appearance');
    const stale = await call('PATCH', `/api/maps/${map.id}`, { version: 1, changes: { title: 'Too late' } });
    expect([stale.status, stale.body.error]).toEqual([409, 'conflict']);
    expect(stale.body.message).toMatch(/your version 1, now 3/);
    expect(stale.body.current).toMatchObject({ title: 'Patched', version: 3 });
    expect((await call('PATCH', `/api/maps/${map.id}`, { version: 3, changes: {} })).status).toBe(400);
    expect((await call('PATCH', `/api/maps/${map.id}`, { version: 3, changes: { colour: 'red' } })).status).toBe(400);
  });

  it('archives a map: it then refuses writes with map_archived until a change unarchives it', async () => {
    const map = await newMap('Archive test');
    expect((await call('PATCH', `/api/maps/${map.id}`, { version: 1, changes: { archived: true } })).body).toMatchObject({ archived: true, version: 2 });
    const renamed = await call('PATCH', `/api/maps/${map.id}`, { version: 2, changes: { title: 'Renamed while archived' } });
    expect([renamed.status, renamed.body.error]).toEqual([409, 'map_archived']);
    const layout = await call('PUT', `/api/maps/${map.id}/layout`, { positions: { 'org-a': [1, 2] } });
    expect([layout.status, layout.body.error]).toEqual([409, 'map_archived']);
    const copy = await call('POST', '/api/maps/battersea-alliance/nodes/org-providence-house/copy', { to: map.id });
    expect([copy.status, copy.body.error]).toEqual([409, 'map_archived']);
    expect((await call('GET', `/api/maps/${map.id}/layout`)).status).toBe(200);
    const back = await call('PATCH', `/api/maps/${map.id}`, { version: 2, changes: { archived: false, title: 'Back again' } });
    expect(back.body).toMatchObject({ archived: false, title: 'Back again', version: 3 });
    expect((await call('PUT', `/api/maps/${map.id}/layout`, { positions: { 'org-a': [1, 2] } })).status).toBe(200);
  });
});

describe('POST /api/maps/:map/duplicate', () => {
  it('copies every node and tie into a new map that remembers where it came from; the original is untouched', async () => {
    const source = seedMap(seed, 'battersea-alliance');
    const { status, body } = await call('POST', '/api/maps/battersea-alliance/duplicate', { title: 'Battersea what if' });
    expect(status).toBe(201);
    expect(body).toMatchObject({ nodes: source.nodes.length, ties: source.ties.length, map: { id: 'battersea-what-if', copiedFrom: 'battersea-alliance', owner: source.owner, version: 1 } });
    const copy = await call('GET', '/api/maps/battersea-what-if');
    expect(copy.body.figures).toEqual(seedFigures(source));
    // The copies are the originals' records in the new map.
    const strip = (lines: string[]) => lines.map((line) => line.replace(/"(createdAt|updatedAt|seedHash|seedVersion|version)":[^,\]}]*,?/g, '').replaceAll('battersea-what-if', 'battersea-alliance'));
    expect(strip(await contents('battersea-what-if'))).toEqual(strip(batterseaBefore));
    expect(await contents('battersea-alliance')).toEqual(batterseaBefore);
  });

  it('refuses an id already taken, duplicates an archived map, and answers 404 no_map for an unknown one', async () => {
    const taken = await call('POST', '/api/maps/team-hackney/duplicate', { title: 'x', id: 'battersea-alliance' });
    expect([taken.status, taken.body.error]).toEqual([409, 'conflict']);
    const map = await newMap('Archived source');
    await call('PATCH', `/api/maps/${map.id}`, { version: 1, changes: { archived: true } });
    expect((await call('POST', `/api/maps/${map.id}/duplicate`, { title: 'From archived' })).body.map).toMatchObject({ copiedFrom: map.id, archived: false });
    expect((await call('POST', '/api/maps/no-such-map/duplicate', { title: 'x' })).body.error).toBe('no_map');
  });
});

describe('DELETE /api/maps/:map', () => {
  it('deletes the map with all its nodes and ties and nothing else, only at the version read', async () => {
    const others = await Promise.all(['battersea-alliance', 'team-hackney'].map(contents));
    const made = await call('POST', '/api/maps/team-hackney/duplicate', { title: 'To delete' });
    const id = made.body.map.id;
    const stale = await call('DELETE', `/api/maps/${id}?version=7`);
    expect([stale.status, stale.body.error]).toEqual([409, 'conflict']);
    expect((await contents(id)).length).toBe(made.body.nodes + made.body.ties);
    const deleted = await call('DELETE', `/api/maps/${id}?version=1`);
    expect(deleted).toEqual({ status: 200, body: { deleted: id, nodes: made.body.nodes, ties: made.body.ties } });
    expect(await contents(id)).toEqual([]);
    expect((await call('GET', `/api/maps/${id}`)).body.error).toBe('no_map');
    expect(await Promise.all(['battersea-alliance', 'team-hackney'].map(contents))).toEqual(others);
    expect((await call('DELETE', `/api/maps/${id}?version=1`)).body.error).toBe('no_map');
    expect((await call('DELETE', '/api/maps/team-hackney')).status).toBe(400);
  });
});

describe('GET|PUT /api/maps/:map/layout', () => {
  it('saves and answers the positions, leaving the map\'s version alone', async () => {
    const map = await newMap('Layout test');
    expect((await call('GET', `/api/maps/${map.id}/layout`)).body).toEqual({ positions: {} });
    const positions = { 'org-providence-house': [12.5, -3.25], 'theme-youth': [0, 0] };
    const saved = await call('PUT', `/api/maps/${map.id}/layout`, { positions });
    expect(saved.status).toBe(200);
    const read = await call('GET', `/api/maps/${map.id}/layout`);
    expect(read.body.positions).toEqual(positions);
    expect(read.body.updatedAt).toBe(saved.body.updatedAt);
    expect((await call('GET', `/api/maps/${map.id}`)).body.version).toBe(1);
    expect((await call('PUT', `/api/maps/${map.id}/layout`, { positions: { 'org-a': [1, 2, 3] } })).status).toBe(400);
    expect((await call('GET', '/api/maps/no-such-map/layout')).body.error).toBe('no_map');
  });
});

describe('POST /api/maps/:map/nodes/:id/copy', () => {
  it('copies an organisation with its description into another map, remembering where it came from, without its ties', async () => {
    const original = seedMap(seed, 'battersea-alliance').nodes.find((n) => n.id === 'org-providence-house')!;
    const before = await call('GET', '/api/maps/empowered-communities-southampton');
    const { status, body } = await call('POST', '/api/maps/battersea-alliance/nodes/org-providence-house/copy', { to: 'empowered-communities-southampton' });
    expect(status).toBe(201);
    expect(body).toMatchObject({ map: 'empowered-communities-southampton', node: { id: original.id, name: original.name, description: original.description, nodeType: 'Organisation', version: 1, copiedFrom: 'battersea-alliance/org-providence-house' } });
    expect((await contents('empowered-communities-southampton')).filter((line) => line.includes('"org-providence-house"') && line.startsWith('["'))).toHaveLength(0);
    // The list's figures follow the change: one more organisation, with no working tie.
    const after = await call('GET', '/api/maps/empowered-communities-southampton');
    expect(after.body.figures.organisations).toBe(before.body.figures.organisations + 1);
    expect(after.body.figures.isolated).toBe(before.body.figures.isolated + 1);
  });

  it('refuses a target that already has the id (409, saying so), the same map (400), an unknown map (404 no_map) or node (404)', async () => {
    const again = await call('POST', '/api/maps/battersea-alliance/nodes/theme-youth/copy', { to: 'team-hackney' });
    expect([again.status, again.body.error]).toEqual([409, 'conflict']);
    expect(again.body.message).toMatch(/"Team Hackney" already has a node with the id "theme-youth"/);
    expect((await call('POST', '/api/maps/battersea-alliance/nodes/theme-youth/copy', { to: 'battersea-alliance' })).status).toBe(400);
    expect((await call('POST', '/api/maps/battersea-alliance/nodes/theme-youth/copy', { to: 'no-such-map' })).body.error).toBe('no_map');
    expect((await call('POST', '/api/maps/no-such-map/nodes/theme-youth/copy', { to: 'team-hackney' })).body.error).toBe('no_map');
    const missing = await call('POST', '/api/maps/battersea-alliance/nodes/org-nowhere/copy', { to: 'team-hackney' });
    expect([missing.status, missing.body.error]).toEqual([404, 'not_found']);
  });
});

describe('map routes keep to their map when another map has the same ids', () => {
  it('layout, copy, figures and delete in a twin of Battersea leave Battersea as it was', async () => {
    const twin = (await call('POST', '/api/maps/battersea-alliance/duplicate', { title: 'Battersea twin' })).body.map.id;
    const layout = await call('GET', '/api/maps/battersea-alliance/layout');
    expect((await call('PUT', `/api/maps/${twin}/layout`, { positions: { 'org-providence-house': [5, 5] } })).status).toBe(200);
    expect(await call('GET', '/api/maps/battersea-alliance/layout')).toEqual(layout);

    const target = await newMap('Twin copies');
    const copied = await call('POST', `/api/maps/${twin}/nodes/org-providence-house/copy`, { to: target.id });
    expect(copied.body.node.copiedFrom).toBe(`${twin}/org-providence-house`);

    const battersea = (await call('GET', '/api/maps/battersea-alliance')).body.figures;
    const ids = new Set(seedMap(seed, 'battersea-alliance').nodes.map((n) => n.id));
    const newcomer = seedMap(seed, 'team-hackney').nodes.find((n) => n.label === 'Organisation' && !ids.has(n.id))!;
    expect((await call('POST', `/api/maps/team-hackney/nodes/${newcomer.id}/copy`, { to: twin })).status).toBe(201);
    expect((await call('GET', `/api/maps/${twin}`)).body.figures.organisations).toBe(battersea.organisations + 1);
    expect((await call('GET', '/api/maps/battersea-alliance')).body.figures).toEqual(battersea);

    const version = (await call('GET', `/api/maps/${twin}`)).body.version;
    expect((await call('DELETE', `/api/maps/${twin}?version=${version}`)).status).toBe(200);
    expect(await contents('battersea-alliance')).toEqual(batterseaBefore);
    expect((await call('GET', '/api/maps/battersea-alliance')).body.figures).toEqual(battersea);
  });

  it('deletes an empty map, and an archived one', async () => {
    const empty = await newMap('Empty to delete');
    expect((await call('DELETE', `/api/maps/${empty.id}?version=1`)).body).toEqual({ deleted: empty.id, nodes: 0, ties: 0 });
    const archived = (await call('POST', '/api/maps/empowered-communities-southampton/duplicate', { title: 'Archived to delete' })).body;
    await call('PATCH', `/api/maps/${archived.map.id}`, { version: 1, changes: { archived: true } });
    expect((await call('DELETE', `/api/maps/${archived.map.id}?version=2`)).body).toEqual({ deleted: archived.map.id, nodes: archived.nodes, ties: archived.ties });
  });
});
