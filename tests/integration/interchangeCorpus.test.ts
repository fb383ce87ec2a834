/**
 * Files of the interop corpus committed into new maps on the real Neo4j and read back: the counts,
 * weights, direction, imported ids, free-word types and positions networkx and igraph gave
 * (tests/fixtures/interop/manifest.json); and the second choice on rejected rows.
 */
import { tieDirection } from '../../graph-service/src/interchange/exportGraph.ts';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ImportPlan } from '../../graph-service/src/interchange/plan/types.ts';
import { REJECTED_HEADERS } from '../../graph-service/src/interchange/rejectedRows.ts';
import { serviceForThisFile } from '../support/service.ts';
import { contentHash, mapIds } from '../fixtures/interchange/database.ts';

const service = serviceForThisFile({ reseed: 'each' });
const { db } = service;
const corpus = new URL('../fixtures/interop/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('manifest.json', corpus), 'utf8')) as Record<string, { nodes: number; ties: number; weightSum: number; directed: boolean | null; positions: number }>;

interface Graph {
  nodes: { key: string; attributes: Record<string, unknown> }[];
  edges: { key: string; source: string; target: string; attributes: Record<string, unknown> }[];
}

async function commitNewMap(title: string, files: { name: string; data: Buffer | string }[], extra: Record<string, unknown> = {}) {
  return service.app.inject({
    method: 'POST', url: `/api/import/files/commit?title=${encodeURIComponent(title)}`,
    payload: { files: files.map((f) => ({ name: f.name, data: Buffer.from(f.data).toString('base64') })), ...extra },
  });
}

async function graphOf(map: string): Promise<Graph> {
  const res = await service.app.inject(`/api/maps/${map}/graph`);
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  return res.json() as Graph;
}

describe('the interop corpus on the real Neo4j', () => {
  for (const name of ['lesmis-gephi.gexf', 'davis-nx3.edgelist.csv', 'karate-gephi-edges.csv', 'florentine-nx2.json']) {
    it(`${name} comes back from its new map as networkx counted it`, async () => {
      const expected = manifest[name];
      const res = await commitNewMap(name, [{ name, data: readFileSync(new URL(name, corpus)) }]);
      expect(res.statusCode, res.body.slice(0, 400)).toBe(201);
      const map = res.json().map.id as string;
      const graph = await graphOf(map);
      expect(graph.nodes).toHaveLength(expected.nodes);
      expect(graph.edges).toHaveLength(expected.ties);
      const weights = graph.edges.map((e) => e.attributes.weight).filter((w) => w !== undefined);
      expect(weights.reduce<number>((sum, w) => sum + Number(w), 0)).toBeCloseTo(expected.weightSum, 9);
      // Undirected by the tie's own `directed`, or by its type (the plain tie is undirected), as the exports read it.
      if (expected.directed === false) expect(graph.edges.filter((e) => tieDirection(e.attributes) === 'undirected')).toHaveLength(expected.ties);
      // The map starts from the file's drawing: its saved layout holds the imported positions.
      const layout = (await service.app.inject(`/api/maps/${map}/layout`)).json() as { positions: Record<string, [number, number]> };
      expect(Object.keys(layout.positions)).toHaveLength(expected.positions);
      for (const node of graph.nodes.filter((n) => layout.positions[n.key])) expect(layout.positions[node.key]).toEqual([node.attributes.x, node.attributes.y]);
    });
  }

  it('keeps Davis Southern women\'s ids with spaces as importedId, and a second import of the file changes nothing', async () => {
    const file = { name: 'davis.csv', data: readFileSync(new URL('davis-nx3.edgelist.csv', corpus)) };
    const first = await commitNewMap('Davis', [file]);
    expect(first.statusCode).toBe(201);
    const map = first.json().map.id as string;
    const evelyn = (await graphOf(map)).nodes.find((n) => n.attributes.name === 'Evelyn Jefferson');
    expect(evelyn?.attributes).toMatchObject({ importedId: 'Evelyn Jefferson' });
    const again = await service.app.inject({ method: 'POST', url: `/api/maps/${map}/import/files/commit`, payload: { files: [{ name: file.name, data: file.data.toString('base64') }] } });
    expect(again.statusCode, again.body.slice(0, 400)).toBe(200);
    expect(again.json().written).toEqual({ nodesCreated: 0, nodesUpdated: 0, tiesCreated: 0, tiesUpdated: 0 });
  });

  it('imports the Kumu workbook whole: free-word types are plain ties described by their word', async () => {
    const res = await commitNewMap('Kumu', [{ name: 'kumu-workbook.xlsx', data: readFileSync(new URL('kumu-workbook.xlsx', corpus)) }]);
    expect(res.statusCode, res.body.slice(0, 400)).toBe(201);
    const graph = await graphOf(res.json().map.id);
    expect(graph.edges.map((e) => [e.attributes.tieType, e.attributes.description ?? null]).sort()).toEqual([
      ['CONNECTED_WITH', 'partnership'], ['CONNECTED_WITH', 'runs'], ['CONNECTED_WITH', 'shares a building with'], ['CONNECTED_WITH', null], ['FUNDS', null],
    ].sort());
  });
});

describe('a choice on rejected rows', () => {
  const elements = ['name,type,since', 'Good Org,Organisation,2020', 'Bad Date Org,Organisation,someday', 'Other Good Org,Organisation,'].join('\n');

  it('refuses the whole import by default', async () => {
    const before = await contentHash(db);
    const maps = await mapIds(db);
    const res = await commitNewMap('All or nothing', [{ name: 'orgs.csv', data: elements }]);
    expect(res.statusCode).toBe(422);
    expect(await mapIds(db)).toEqual(maps);
    expect(await contentHash(db)).toBe(before);
  });

  it('with "skip", writes the valid rows in one commit and gives the rejected ones back as a CSV with a reason', async () => {
    const preview = await service.app.inject({ method: 'POST', url: '/api/import/files/preview', payload: { files: [{ name: 'orgs.csv', data: Buffer.from(elements).toString('base64') }], rejectedRows: 'skip' } });
    expect((preview.json() as ImportPlan).committable).toBe(true);
    const res = await commitNewMap('Valid rows', [{ name: 'orgs.csv', data: elements }], { rejectedRows: 'skip', fingerprint: preview.json().fingerprint });
    expect(res.statusCode, res.body.slice(0, 400)).toBe(201);
    expect(res.json().written).toMatchObject({ nodesCreated: 2 });
    const csv = res.json().rejectedCsv as string;
    const [header, row, ...rest] = csv.trim().split('\n');
    expect(header).toBe(REJECTED_HEADERS.join(','));
    expect(rest).toEqual([]);
    // The CSV quotes the cells that hold quotes, doubling them.
    expect(row).toMatch(/^"CSV ""orgs.csv""",3,element,,Bad Date Org,Organisation,,,.*""someday"", which is not a date/);
    const names = (await graphOf(res.json().map.id)).nodes.map((n) => n.attributes.name).sort();
    expect(names).toEqual(['Good Org', 'Other Good Org']);
  });

  it('with "skip", still refuses a file whose every row is rejected, or that has a problem as a whole', async () => {
    const maps = await mapIds(db);
    const bad = await commitNewMap('Nothing valid', [{ name: 'orgs.csv', data: 'name,type\nBad,Spaceship\n' }], { rejectedRows: 'skip' });
    expect(bad.statusCode).toBe(422);
    const contact = await commitNewMap('Contact column', [{ name: 'orgs.csv', data: 'name,type,Email\nGood,Organisation,a@b.example\n' }], { rejectedRows: 'skip' });
    expect(contact.statusCode).toBe(422);
    expect(await mapIds(db)).toEqual(maps);
  });
});
