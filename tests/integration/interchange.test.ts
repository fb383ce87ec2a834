/** Import and export of one map through the API on the real Neo4j: dry runs, commits, round trips, limits. */
import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import type { ImportPlan } from '../../graph-service/src/interchange/plan/types.ts';
import { buildApp } from '../../graph-service/src/app.ts';
import { readCsv } from '../../graph-service/src/interchange/csv.ts';
import { serviceForThisFile } from '../support/service.ts';
import { contentHash, differences, snapshot } from '../fixtures/interchange/database.ts';

const service = serviceForThisFile({ reseed: 'each' });
const { db } = service;
/** The seed map the tests import into and export (Providence House is one of its organisations). */
const MAP = 'battersea-alliance';
const PROVIDENCE = 'org-providence-house';

function upload(route: 'preview' | 'commit', body: string | Buffer, query: Record<string, string> = {}) {
  const search = new URLSearchParams(query).toString();
  return service.app.inject({ method: 'POST', url: `/api/maps/${MAP}/import/${route}${search ? `?${search}` : ''}`, headers: { 'content-type': 'application/octet-stream' }, payload: body });
}

/** Into the seed map, or with `newMap` into a new map of that title. */
function uploadFiles(route: 'preview' | 'commit', files: { name: string; data: string | Buffer }[], extra: Record<string, unknown> = {}, newMap?: string) {
  return service.app.inject({
    method: 'POST', url: newMap === undefined ? `/api/maps/${MAP}/import/files/${route}` : `/api/import/files/${route}?title=${encodeURIComponent(newMap)}`,
    payload: { files: files.map((f) => ({ name: f.name, data: Buffer.from(f.data).toString('base64') })), ...extra },
  });
}

async function download(format: string, query = ''): Promise<LightMyRequestResponse> {
  const res = await service.app.inject(`/api/maps/${MAP}/export/${format}${query}`);
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  return res;
}

function outcomes(plan: ImportPlan) {
  return { elements: plan.summary.elements, connections: plan.summary.connections };
}

const ELEMENTS = [
  'id,label,type,description,themes,area,source',
  'org-riverside-food-bank,Riverside Food Bank,organization,Food parcels every Friday,,,test sheet',
  ',Hope Youth Club,Org,Youth club in Battersea,,,test sheet',
].join('\n');
const CONNECTIONS = [
  'from,to,type,since,source',
  'org-riverside-food-bank,Hope Youth Club,connected,2024-03,test sheet',
].join('\n');

describe('import: dry run and commit', () => {
  it('plans row by row without writing, then commits everything in one go', async () => {
    const before = await contentHash(db);
    const preview = await uploadFiles('preview', [{ name: 'elements.csv', data: ELEMENTS }, { name: 'connections.csv', data: CONNECTIONS }]);
    expect(preview.statusCode, preview.body).toBe(200);
    const plan = preview.json() as ImportPlan;
    expect(plan.committable).toBe(true);
    expect(outcomes(plan).elements.created).toBe(2);
    expect(outcomes(plan).connections.created).toBe(1);
    const tie = plan.rows.find((r) => r.record === 'connection')!;
    expect(tie).toMatchObject({ type: 'CONNECTED_WITH', from: 'org-riverside-food-bank', to: 'org-hope-youth-club', outcome: 'created' });
    expect(await contentHash(db)).toBe(before);

    const commit = await uploadFiles('commit', [{ name: 'elements.csv', data: ELEMENTS }, { name: 'connections.csv', data: CONNECTIONS }]);
    expect(commit.statusCode, commit.body).toBe(200);
    expect(commit.json().written).toEqual({ nodesCreated: 2, nodesUpdated: 0, tiesCreated: 1, tiesUpdated: 0 });
    const node = await service.app.inject(`/api/maps/${MAP}/nodes/org-hope-youth-club`);
    expect(node.json().node).toMatchObject({ name: 'Hope Youth Club', nodeType: 'Organisation', version: 1, source: 'test sheet' });
  });

  it('re-importing the same files changes nothing', async () => {
    const files = [{ name: 'elements.csv', data: ELEMENTS }, { name: 'connections.csv', data: CONNECTIONS }];
    expect((await uploadFiles('commit', files)).statusCode).toBe(200);
    const after = await contentHash(db);
    const again = await uploadFiles('commit', files);
    expect(again.statusCode).toBe(200);
    expect(again.json().written).toEqual({ nodesCreated: 0, nodesUpdated: 0, tiesCreated: 0, tiesUpdated: 0 });
    expect(new Set(again.json().plan.rows.map((r: { outcome: string }) => r.outcome))).toEqual(new Set(['unchanged']));
    expect(await contentHash(db)).toBe(after);
  });

  it('updates by id and by name, and adds ties from the themes and area columns', async () => {
    const csv = [
      'id,name,type,description,themes,area',
      `${PROVIDENCE},Providence House,Organisation,New description,,`,
      ',Riverside Food Bank,Organisation,,Youth,Battersea',
    ].join('\n');
    const res = await upload('commit', csv, { name: 'orgs.csv' });
    expect(res.statusCode, res.body).toBe(200);
    const plan = res.json().plan as ImportPlan;
    expect(plan.rows[0]).toMatchObject({ outcome: 'updated', matchedBy: 'id', changes: ['description'] });
    expect(plan.rows[1]).toMatchObject({ outcome: 'created', id: 'org-riverside-food-bank' });
    const derived = plan.rows.filter((r) => r.record === 'connection');
    expect(derived.map((r) => r.type).sort()).toEqual(['LOCATED_IN', 'WORKS_ON']);
    expect(derived.every((r) => r.outcome === 'created')).toBe(true);
    const node = (await service.app.inject(`/api/maps/${MAP}/nodes/${PROVIDENCE}`)).json().node;
    expect(node.description).toBe('New description');
    expect(node.version).toBe(2);
  });

  it('flags near-duplicate names for merging instead of creating a duplicate', async () => {
    const csv = ['name,type,description', 'Providence Hosue,Organisation,Youth centre', 'The Providence House Ltd,Organisation,'].join('\n');
    const res = await upload('preview', csv, { name: 'orgs.csv' });
    expect(res.statusCode, res.body).toBe(200);
    const plan = res.json() as ImportPlan;
    for (const row of plan.rows) {
      expect(row.outcome).toBe('merged');
      expect(row.into).toEqual({ id: PROVIDENCE, name: 'Providence House' });
      expect(row.matchedBy).toBe('near-duplicate');
    }
    expect(plan.summary.elements.created).toBe(0);
    const commit = await upload('commit', csv, { name: 'orgs.csv' });
    expect(commit.json().written.nodesCreated).toBe(0);
    const node = (await service.app.inject(`/api/maps/${MAP}/nodes/${PROVIDENCE}`)).json().node;
    expect(node.aliases).toEqual(expect.arrayContaining(['Providence Hosue', 'The Providence House Ltd']));
    // The alias now finds it, so a second import is unchanged.
    const again = (await upload('preview', csv, { name: 'orgs.csv' })).json() as ImportPlan;
    expect(again.rows.map((r) => r.outcome)).toEqual(['unchanged', 'unchanged']);
  });

  it('refuses the whole commit when one row is rejected, and says why for each', async () => {
    const before = await contentHash(db);
    const csv = [
      'id,name,type,description',
      ',Good New Org,Organisation,fine',
      ',Bad Type Org,Spaceship,',
      ',Formula Org,Organisation,"=HYPERLINK(""http://evil.example"")"',
      ',Contact Org,Organisation,call 07700 900123',
    ].join('\n');
    const res = await upload('commit', csv, { name: 'orgs.csv' });
    expect(res.statusCode).toBe(422);
    const body = res.json();
    expect(body.message).toMatch(/nothing was written/);
    const reasons = (body.plan as ImportPlan).rows.map((r) => r.reasons.join('; '));
    expect(reasons[0]).toBe('');
    expect(reasons[1]).toMatch(/"Spaceship" is not an element type; use one of Organisation/);
    expect(reasons[2]).toMatch(/spreadsheet would run as a formula/);
    expect(reasons[3]).toMatch(/phone number/);
    expect(await contentHash(db)).toBe(before);
  });

  it('rejects connections to elements that exist nowhere, or that break the model, or hold an impossible date', async () => {
    const before = await contentHash(db);
    // With a table of elements beside them, a connection's ends must be in it or in the map (a typo is not a new element).
    const elements = ['id,name,type', 'org-new-hall,New Hall,Organisation'].join('\n');
    const connections = ['from,to,type,since', 'org-new-hall,org-nowhere,CONNECTED_WITH,', 'theme-youth,org-providence-house,funds,', 'org-new-hall,org-providence-house,CONNECTED_WITH,someday'].join('\n');
    const res = await uploadFiles('commit', [{ name: 'elements.csv', data: elements }, { name: 'ties.csv', data: connections }]);
    expect(res.statusCode).toBe(422);
    const rows = (res.json().plan as ImportPlan).rows.filter((r) => r.record === 'connection');
    expect(rows[0].reasons.join()).toMatch(/"to" "org-nowhere" is not the id or name of an element/);
    expect(rows[1].reasons.join()).toMatch(/FUNDS cannot start at a Theme/);
    expect(rows[2].reasons.join()).toMatch(/"since" is "someday", which is not a date/);
    expect(await contentHash(db)).toBe(before);
  });

  it('creates the ends of an edge list that comes alone, finding those the map has by id or name', async () => {
    const csv = ['source,target,weight', 'org-providence-house,Nowhere Hall,1', 'Nowhere Hall,Evelyn Jefferson,2.5'].join('\n');
    const res = await upload('commit', csv, { name: 'edges.csv' });
    expect(res.statusCode, res.body).toBe(200);
    const plan = res.json().plan as ImportPlan;
    expect(plan.rows.filter((r) => r.record === 'element').map((r) => [r.name, r.outcome])).toEqual([
      ['org-providence-house', 'unchanged'], ['Nowhere Hall', 'created'], ['Evelyn Jefferson', 'created'],
    ]);
    const graph = (await service.app.inject(`/api/maps/${MAP}/graph`)).json() as { nodes: { key: string; attributes: Record<string, unknown> }[]; edges: { source: string; target: string; attributes: Record<string, unknown> }[] };
    const evelyn = graph.nodes.find((n) => n.attributes.name === 'Evelyn Jefferson');
    expect(evelyn?.attributes).toMatchObject({ importedId: 'Evelyn Jefferson' });
    const weights = graph.edges.filter((e) => e.target === evelyn?.key || e.source === PROVIDENCE && e.attributes.weight !== undefined).map((e) => e.attributes.weight);
    expect(weights.sort()).toEqual([1, 2.5]);
  });

  it('refuses a column of contact details and honours an explicit column mapping', async () => {
    const csv = ['Organisation,Kind of group,Email', 'Lantern Trust,Organisation,info@lantern.example'].join('\n');
    const refused = await upload('preview', csv, { name: 'orgs.csv' });
    expect(refused.statusCode).toBe(200);
    expect(refused.json().committable).toBe(false);
    expect(refused.json().problems.join()).toMatch(/column "Email" holds contact details/);
    const mapping = JSON.stringify({ elements: { Organisation: 'name', 'Kind of group': 'type', Email: null } });
    const mapped = await upload('commit', csv, { name: 'orgs.csv', mapping });
    expect(mapped.statusCode, mapped.body).toBe(200);
    expect(mapped.json().plan.rows[0]).toMatchObject({ outcome: 'created', id: 'org-lantern-trust' });
  });

  it('answers 413 with the limit for an oversized file and 400 for a malformed one', async () => {
    const big = Buffer.alloc(21 * 1024 * 1024, 'a');
    const tooLarge = await upload('preview', big, { format: 'csv', name: 'huge.csv' });
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json().message).toMatch(/CSV imports are limited to 20\.0 MiB/);
    const huge = await upload('preview', Buffer.alloc(41 * 1024 * 1024, 'a'), { format: 'gexf' });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().message).toMatch(/Split it into smaller files/);
    const bad = await upload('preview', '<gexf><graph>', { format: 'gexf' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/not well-formed XML/);
  });

  it('needs the editor key to import when one is set, and hides people from exports without it', async () => {
    const guarded = await buildApp({ db, editorKey: 'correct-horse-battery' });
    try {
      for (const url of [`/api/maps/${MAP}/import/preview`, '/api/import/preview', '/api/import/commit?title=Guarded']) {
        const res = await guarded.inject({ method: 'POST', url, headers: { 'content-type': 'text/csv' }, payload: ELEMENTS });
        expect(res.statusCode, url).toBe(401);
      }
      const publicExport = JSON.parse((await guarded.inject(`/api/maps/${MAP}/export/json`)).body);
      expect(publicExport.nodes.some((n: { attributes: { nodeType: string } }) => n.attributes.nodeType === 'Person')).toBe(false);
      const editorExport = JSON.parse((await guarded.inject({ url: `/api/maps/${MAP}/export/json`, headers: { authorization: 'Bearer correct-horse-battery' } })).body);
      expect(editorExport.nodes.some((n: { attributes: { nodeType: string } }) => n.attributes.nodeType === 'Person')).toBe(true);
    } finally {
      await guarded.close();
    }
  });
});

describe('export → import gives the same map', () => {
  const LAYOUT = ['x', 'y', 'color'];

  async function roundTrip(files: { name: string; data: string | Buffer }[], ignore: string[] = []) {
    const original = await snapshot(db, MAP, ignore);
    expect(original.nodes.size).toBeGreaterThan(50);
    // Into the map it came from: nothing but the drawing may change.
    const same = await uploadFiles('preview', files);
    expect(same.statusCode, same.body.slice(0, 500)).toBe(200);
    const samePlan = same.json() as ImportPlan;
    expect(samePlan.committable, JSON.stringify(samePlan.rows.filter((r) => r.outcome === 'rejected').slice(0, 3))).toBe(true);
    for (const row of samePlan.rows) {
      expect((row.changes ?? []).filter((c) => !ignore.includes(c)), `${row.origin} line ${row.line}`).toEqual([]);
    }
    // Into a new map: the same nodes and ties with the same properties.
    const commit = await uploadFiles('commit', files, {}, 'Round trip');
    expect(commit.statusCode, commit.body.slice(0, 500)).toBe(201);
    const copy = await snapshot(db, commit.json().map.id, ignore);
    expect(copy.nodes.size).toBe(original.nodes.size);
    expect(copy.ties.size).toBe(original.ties.size);
    expect(differences(original, copy)).toEqual([]);
    return samePlan;
  }

  it('CSV (two files)', async () => {
    const elements = (await download('csv', '?table=elements')).body;
    const connections = (await download('csv', '?table=connections')).body;
    // Kumu's column names.
    expect(elements.split('\n')[0]).toMatch(/^ID,Label,Type,Description,Aliases/);
    expect(connections.split('\n')[0]).toMatch(/^ID,From,To,Type,Direction,Weight/);
    // The last column names each organisation's cluster, the same clusters the Clusters panel lists.
    const table = readCsv(new TextEncoder().encode(elements));
    expect(table.headers.at(-1)).toBe('Atlas cluster');
    const clusters = (await service.app.inject({ method: 'GET', url: `/api/maps/${MAP}/analysis/clusters` })).json() as { clusters: { name: string; members: { id: string }[] }[] };
    expect(clusters.clusters.length).toBeGreaterThan(1);
    const clusterOf = new Map(table.rows.map((row) => [String(row.cells[0]), row.cells.at(-1)]));
    for (const cluster of clusters.clusters) for (const member of cluster.members) expect(clusterOf.get(member.id), member.id).toBe(cluster.name);
    const plan = await roundTrip([{ name: `${MAP}-elements.csv`, data: elements }, { name: `${MAP}-connections.csv`, data: connections }]);
    expect(plan.summary.elements.unchanged).toBe((await snapshot(db, MAP)).nodes.size);
  });

  it('XLSX (two sheets)', async () => {
    const res = await download('xlsx');
    expect(res.headers['content-type']).toMatch(/spreadsheetml/);
    await roundTrip([{ name: `${MAP}.xlsx`, data: res.rawPayload }]);
  });

  it('JSON (graphology)', async () => {
    await roundTrip([{ name: `${MAP}.json`, data: (await download('json')).body }]);
  });

  it('GEXF (positions, colours and communities only add the drawing)', async () => {
    const res = await download('gexf');
    expect(res.body).toContain('xmlns:viz');
    expect(res.body).toMatch(/<viz:position x="-?[\d.]+" y="-?[\d.]+"/);
    expect(res.body).toMatch(/<attribute id="community" title="community" type="integer"/);
    await roundTrip([{ name: `${MAP}.gexf`, data: res.body }], LAYOUT);
  });

  it('GraphML', async () => {
    const res = await download('graphml');
    expect(res.body).toMatch(/<key id="n\d+" for="node" attr.name="nodeType" attr.type="string"\/>/);
    await roundTrip([{ name: `${MAP}.graphml`, data: res.body }], LAYOUT);
  });
});
