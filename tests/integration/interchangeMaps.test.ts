/**
 * Import and export inside maps, on the real Neo4j: two maps hold the same ids, and an import or
 * export in one never reads, counts or changes the other; an import into a new map makes exactly
 * one map holding exactly the file's data, and a refused one makes nothing.
 */
import { describe, expect, it } from 'vitest';
import type { ImportPlan } from '../../graph-service/src/interchange/plan/types.ts';
import { serviceForThisFile } from '../support/service.ts';
import { contentHash, mapIds, snapshot } from '../fixtures/interchange/database.ts';

const service = serviceForThisFile({ reseed: 'each' });
const { db } = service;

/** The same three organisations and two ties; `flavour` changes names and descriptions, not ids. */
function network(flavour: string) {
  return {
    elements: [
      'id,label,type,description,source',
      `org-lantern,Lantern ${flavour},Organisation,Runs a ${flavour} lunch club,test sheet`,
      `org-compass,Compass ${flavour},Organisation,Advice in ${flavour},test sheet`,
      `org-willow,Willow ${flavour},Organisation,,test sheet`,
    ].join('\n'),
    connections: ['from,to,type,source', 'org-lantern,org-compass,CONNECTED_WITH,test sheet', 'org-compass,org-willow,CONNECTED_WITH,test sheet'].join('\n'),
  };
}

function files(csv: { elements: string; connections?: string }) {
  const list = [{ name: 'elements.csv', data: Buffer.from(csv.elements).toString('base64') }];
  if (csv.connections) list.push({ name: 'connections.csv', data: Buffer.from(csv.connections).toString('base64') });
  return { files: list };
}

/** `from`: the caller's address (one caller may run only two imports at once). */
async function newMap(title: string, csv: { elements: string; connections?: string }, from = '127.0.0.1'): Promise<string> {
  const res = await service.app.inject({ method: 'POST', url: `/api/import/files/commit?title=${encodeURIComponent(title)}`, payload: files(csv), remoteAddress: from });
  expect(res.statusCode, res.body.slice(0, 400)).toBe(201);
  return res.json().map.id;
}

function intoMap(map: string, route: 'preview' | 'commit', csv: { elements: string; connections?: string }) {
  return service.app.inject({ method: 'POST', url: `/api/maps/${map}/import/files/${route}`, payload: files(csv) });
}

describe('an import into one map', () => {
  it('never reads or changes another map with the same ids', async () => {
    const a = await newMap('Map A', network('Battersea'));
    const b = await newMap('Map B', network('Hackney'));
    const bBefore = await contentHash(db, b);
    const change = {
      elements: [
        'id,label,type,description',
        'org-lantern,Lantern Battersea,Organisation,Now a breakfast club too', // updates A's copy only
        'org-beacon,Beacon Hackney,Organisation,', // B has no such id; named like nothing in A
        ',Compass Hackney,Organisation,', // B's name: in A it is a new organisation, not B's one
      ].join('\n'),
      connections: ['from,to,type', 'org-willow,org-lantern,CONNECTED_WITH'].join('\n'),
    };
    const preview = (await intoMap(a, 'preview', change)).json() as ImportPlan;
    expect(preview.rows.map((r) => [r.outcome, r.id])).toEqual([
      ['updated', 'org-lantern'], ['created', 'org-beacon'], ['created', 'org-compass-hackney'], ['created', 'CONNECTED_WITH:org-willow->org-lantern'],
    ]);
    const commit = await intoMap(a, 'commit', change);
    expect(commit.statusCode, commit.body.slice(0, 400)).toBe(200);
    expect(commit.json().written).toEqual({ nodesCreated: 2, nodesUpdated: 1, tiesCreated: 1, tiesUpdated: 0 });

    expect(await contentHash(db, b)).toBe(bBefore);
    const inA = await snapshot(db, a);
    expect([...inA.nodes.keys()].sort()).toEqual(['org-beacon', 'org-compass', 'org-compass-hackney', 'org-lantern', 'org-willow']);
    expect(inA.nodes.get('org-lantern')?.properties.description).toBe('Now a breakfast club too');
    expect(inA.ties.size).toBe(3);
    // What was created carries the map it was imported into.
    const { records } = await db.driver.executeQuery(
      'MATCH (n:Entity {map: $a}) OPTIONAL MATCH (n)-[r]-() RETURN count(DISTINCT n) AS nodes, sum(CASE WHEN r.map = $a THEN 1 ELSE 0 END) AS inMap, count(r) AS ties',
      { a }, { database: db.database },
    );
    expect(records[0].get('nodes').toNumber()).toBe(5);
    expect(records[0].get('inMap').toNumber()).toBe(records[0].get('ties').toNumber());
  });

  it('answers 404 no_map for a map that does not exist, and refuses a commit into an archived map', async () => {
    const mapsBefore = await mapIds(db);
    for (const url of ['/api/maps/no-such-map/import/files/preview', '/api/maps/no-such-map/import/files/commit']) {
      const res = await service.app.inject({ method: 'POST', url, payload: files(network('Battersea')) });
      expect(res.statusCode, url).toBe(404);
      expect(res.json()).toMatchObject({ error: 'no_map', message: expect.stringMatching(/No map has the id "no-such-map"/) });
    }
    const raw = await service.app.inject({ method: 'POST', url: '/api/maps/no-such-map/import/commit?name=a.csv', headers: { 'content-type': 'text/csv' }, payload: network('x').elements });
    expect(raw.json().error).toBe('no_map');
    expect((await service.app.inject('/api/maps/no-such-map/export/json')).json().error).toBe('no_map');

    const a = await newMap('Archived one', network('Battersea'));
    await db.driver.executeQuery('MATCH (m:Map {id: $a}) SET m.archived = true', { a }, { database: db.database });
    const archivedBefore = await contentHash(db, a);
    expect((await intoMap(a, 'preview', network('Battersea'))).statusCode).toBe(200);
    const refused = await intoMap(a, 'commit', { elements: 'name,type\nNew Org,Organisation' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toBe('map_archived');
    expect(await contentHash(db, a)).toBe(archivedBefore);
    expect((await mapIds(db)).filter((id) => !mapsBefore.includes(id))).toEqual([a]);
  });
});

describe('an import into a new map', () => {
  it('makes exactly one map holding exactly the file\'s data, and leaves every other map alone', async () => {
    const others = await mapIds(db);
    const hashes = await Promise.all(others.map((id) => contentHash(db, id)));
    const preview = await service.app.inject({ method: 'POST', url: '/api/import/files/preview', payload: files(network('Hounslow')) });
    expect(preview.statusCode).toBe(200);
    // Planned against an empty map: nothing is matched, everything is created.
    expect((preview.json() as ImportPlan).rows.every((r) => r.outcome === 'created')).toBe(true);
    expect(await mapIds(db)).toEqual(others);

    const res = await service.app.inject({ method: 'POST', url: '/api/import/files/commit?title=Hounslow%20network&description=From%20a%20sheet', payload: files(network('Hounslow')) });
    expect(res.statusCode, res.body.slice(0, 400)).toBe(201);
    const body = res.json();
    expect(body.map).toEqual({ id: 'hounslow-network', title: 'Hounslow network' });
    expect(body.written).toEqual({ nodesCreated: 3, nodesUpdated: 0, tiesCreated: 2, tiesUpdated: 0 });
    expect(await mapIds(db)).toEqual([...others, 'hounslow-network'].sort());
    const { records } = await db.driver.executeQuery('MATCH (m:Map {id: $id}) RETURN properties(m) AS m', { id: 'hounslow-network' }, { database: db.database });
    expect(records[0].get('m')).toMatchObject({ title: 'Hounslow network', description: 'From a sheet', archived: false });

    const made = await snapshot(db, 'hounslow-network');
    expect([...made.nodes.keys()].sort()).toEqual(['org-compass', 'org-lantern', 'org-willow']);
    expect(made.nodes.get('org-lantern')?.properties).toMatchObject({ name: 'Lantern Hounslow', description: 'Runs a Hounslow lunch club', source: 'test sheet' });
    expect([...made.ties.keys()].sort()).toEqual(['CONNECTED_WITH|CONNECTED_WITH:org-compass->org-willow', 'CONNECTED_WITH|CONNECTED_WITH:org-lantern->org-compass']);
    expect(await Promise.all(others.map((id) => contentHash(db, id)))).toEqual(hashes);
    // Its reads see it at once (the map hook finds the record made with the data).
    expect((await service.app.inject('/api/maps/hounslow-network/export/json')).statusCode).toBe(200);

    // The same title again gets an id of its own.
    const again = await service.app.inject({ method: 'POST', url: '/api/import/commit?title=Hounslow%20network&name=elements.csv', headers: { 'content-type': 'text/csv' }, payload: network('Hounslow').elements });
    expect(again.statusCode, again.body.slice(0, 400)).toBe(201);
    expect(again.json().map.id).toBe('hounslow-network-2');
  });

  it('gives new maps of one title made at the same time ids of their own', async () => {
    const ids = await Promise.all([1, 2, 3].map((n) => newMap('Same title', network('Hounslow'), `127.0.0.${n}`)));
    expect(ids.sort()).toEqual(['same-title', 'same-title-2', 'same-title-3']);
    for (const id of ids) expect((await snapshot(db, id)).nodes.size, id).toBe(3);
  });

  it('creates nothing, not even the map, when any row is rejected', async () => {
    const before = await contentHash(db);
    const maps = await mapIds(db);
    const bad = { elements: ['name,type', 'Good Org,Organisation', 'Bad Org,Spaceship'].join('\n') };
    const res = await service.app.inject({ method: 'POST', url: '/api/import/files/commit?title=Refused', payload: files(bad) });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ error: 'import_rejected', message: expect.stringMatching(/nothing was written/) });
    expect(await mapIds(db)).toEqual(maps);
    expect(await contentHash(db)).toBe(before);
  });

  it('asks for a title', async () => {
    for (const url of ['/api/import/files/commit', '/api/import/files/commit?title=%20%20']) {
      const res = await service.app.inject({ method: 'POST', url, payload: files(network('x')) });
      expect(res.statusCode, url).toBe(400);
      expect(res.json().message, url).toMatch(/title/);
    }
  });
});

describe('an export of one map', () => {
  it('holds that map\'s data and nothing of another map with the same ids', async () => {
    const a = await newMap('Map A', network('Battersea'));
    await newMap('Map B', network('Hackney'));
    const json = JSON.parse((await service.app.inject(`/api/maps/${a}/export/json`)).body);
    expect(json.nodes.map((n: { key: string }) => n.key).sort()).toEqual(['org-compass', 'org-lantern', 'org-willow']);
    expect(json.nodes.map((n: { attributes: { name: string } }) => n.attributes.name).sort()).toEqual(['Compass Battersea', 'Lantern Battersea', 'Willow Battersea']);
    expect(json.edges).toHaveLength(2);
    for (const format of ['gexf', 'graphml', 'csv?table=elements', 'csv?table=connections', 'json']) {
      const res = await service.app.inject(`/api/maps/${a}/export/${format}`);
      expect(res.statusCode, format).toBe(200);
      expect(res.body, format).not.toMatch(/Hackney/);
      // The map is in the URL and the file name, not in the data.
      expect(res.body, format).not.toMatch(/"map"|\bmap\b,|attr\.name="map"|title="map"/);
      expect(res.headers['content-disposition'], format).toMatch(new RegExp(`filename="${a}[-.]`));
    }
  });
});
