/**
 * Dates through import and export on the real Neo4j: since, until, dateBasis and madeAt survive
 * every format's round trip; an export on a date holds only what held then; Gephi's dynamic GEXF
 * comes in with its dates, and networkx (a peer reader) reads our dynamic GEXF's lifetimes.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serviceForThisFile } from '../support/service.ts';
import { differences, snapshot } from '../fixtures/interchange/database.ts';

const service = serviceForThisFile({ reseed: 'each' });
const { db } = service;

const ELEMENTS = [
  'id,label,type,since,dateBasis',
  'org-lantern,Lantern Trust,Organisation,2014,registered 2014',
  'org-kingfisher,Kingfisher Centre,Organisation,,',
  'org-harbour,Harbour Advice,Organisation,,',
  'event-fair,Riverside Fair,Event,,',
].join('\n');
const CONNECTIONS = [
  'id,from,to,type,since,until,dateBasis,madeAt',
  'CONNECTED_WITH:tie-met,org-lantern,org-kingfisher,CONNECTED_WITH,2021-10-08,,met at the Riverside Fair on 8 Oct 2021,event-fair',
  'ATTENDED:tie-went,org-kingfisher,event-fair,ATTENDED,2021-10-08,2021-10-08,attended on 8 Oct 2021,',
  'CONNECTED_WITH:tie-old,org-lantern,org-harbour,CONNECTED_WITH,2016,2019-06,worked together 2016 to mid 2019,',
  'CONNECTED_WITH:tie-later,org-harbour,org-kingfisher,CONNECTED_WITH,2024-03,,reported in March 2024,',
  'CONNECTED_WITH:tie-undated,org-harbour,org-lantern,CONNECTED_WITH,,,no document dates it,',
].join('\n');

const base64 = (data: string | Buffer) => Buffer.from(data).toString('base64');

async function newMap(title: string, files: { name: string; data: string | Buffer }[]): Promise<string> {
  const res = await service.app.inject({ method: 'POST', url: `/api/import/files/commit?title=${encodeURIComponent(title)}`, payload: { files: files.map((f) => ({ name: f.name, data: base64(f.data) })) } });
  expect(res.statusCode, res.body.slice(0, 800)).toBe(201);
  return res.json().map.id;
}

const datedMap = () => newMap('Dated', [{ name: 'elements.csv', data: ELEMENTS }, { name: 'connections.csv', data: CONNECTIONS }]);

async function download(map: string, format: string, query = '') {
  const res = await service.app.inject(`/api/maps/${map}/export/${format}${query}`);
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  return res;
}

describe('dates through import and export', () => {
  it('keeps since, until, dateBasis and madeAt through every format', async () => {
    const map = await datedMap();
    const original = await snapshot(db, map);
    expect(original.ties.get('CONNECTED_WITH|CONNECTED_WITH:tie-met')?.properties).toMatchObject({ since: '2021-10-08', dateBasis: 'met at the Riverside Fair on 8 Oct 2021', madeAt: 'event-fair' });
    expect(original.ties.get('CONNECTED_WITH|CONNECTED_WITH:tie-old')?.properties).toMatchObject({ since: '2016', until: '2019-06' });
    expect(original.nodes.get('org-lantern')?.properties).toMatchObject({ since: '2014', dateBasis: 'registered 2014' });
    const exports: Record<string, { name: string; data: string | Buffer }[]> = {
      csv: [{ name: 'e.csv', data: (await download(map, 'csv', '?table=elements')).body }, { name: 'c.csv', data: (await download(map, 'csv', '?table=connections')).body }],
      xlsx: [{ name: 'd.xlsx', data: (await download(map, 'xlsx')).rawPayload }],
      json: [{ name: 'd.json', data: (await download(map, 'json')).body }],
      gexf: [{ name: 'd.gexf', data: (await download(map, 'gexf')).body }],
      graphml: [{ name: 'd.graphml', data: (await download(map, 'graphml')).body }],
    };
    for (const [format, files] of Object.entries(exports)) {
      const copy = await snapshot(db, await newMap(`Copy ${format}`, files), ['x', 'y', 'color']);
      expect(differences(await snapshot(db, map, ['x', 'y', 'color']), copy), format).toEqual([]);
    }
  });

  it('exports the network on a date: what held then, undated ties only when counted', async () => {
    const map = await datedMap();
    const ties = async (query: string) => (JSON.parse((await download(map, 'json', query)).body).edges as { key: string }[]).map((e) => e.key).sort();
    expect(await ties('')).toEqual(['ATTENDED:tie-went', 'CONNECTED_WITH:tie-later', 'CONNECTED_WITH:tie-met', 'CONNECTED_WITH:tie-old', 'CONNECTED_WITH:tie-undated']);
    expect(await ties('?asOf=2022-03-31')).toEqual(['CONNECTED_WITH:tie-met']);
    expect(await ties('?asOf=2018')).toEqual(['CONNECTED_WITH:tie-old']);
    expect(await ties('?asOf=2022-03-31&undated=include')).toEqual(['CONNECTED_WITH:tie-met', 'CONNECTED_WITH:tie-undated']);
    const res = await download(map, 'gexf', '?asOf=2022-03-31');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="${map}-2022-03-31.gexf"`);
    expect(res.body).toMatch(/<description>[^<]*1 undated tie/);
    expect(res.body).not.toContain('tie-later');
    const csv = (await download(map, 'csv', '?table=connections&asOf=2022-03-31')).body.trim().split('\n');
    expect(csv).toHaveLength(2);
    const bad = await service.app.inject(`/api/maps/${map}/export/gexf?asOf=2022-02-31`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/not on the calendar/);
  });

  it('reads a dynamic GEXF as Gephi writes it, with its dates', async () => {
    const file = readFileSync(new URL('../fixtures/interchange/gephi-dynamic.gexf', import.meta.url));
    const map = await newMap('From Gephi', [{ name: 'gephi-dynamic.gexf', data: file }]);
    const copy = await snapshot(db, map);
    const dates = [...copy.ties.values()].map((t) => [t.from, t.to, t.properties.since, t.properties.until]).sort((a, b) => String(a).localeCompare(String(b)));
    expect(dates).toEqual([
      ['n0', 'n1', '2021-10-08', '2022-03-24'], ['n0', 'n2', '2019-03-01', undefined], ['n1', 'n0', undefined, undefined], ['n1', 'n2', '2018-06-01', '2023-05-17'],
    ]);
  });

  it('writes a dynamic GEXF networkx reads with the same lifetimes', async () => {
    const map = await datedMap();
    const gexf = (await download(map, 'gexf')).body;
    const script = [
      'import io, json, re, sys, networkx as nx',
      // networkx reads GEXF 1.3's colours only as r, g, b, not the hex form; colours are not what this test is about.
      'text = re.sub(r"<viz:color[^>]*/>", "", sys.stdin.read())',
      'g = nx.read_gexf(io.BytesIO(text.encode()))',
      'print(json.dumps({"mode": g.graph.get("mode"), "edges": sorted([[d.get("id"), d.get("start"), d.get("end")] for _, _, d in g.edges(data=True)], key=str),',
      ' "nodes": {n: [d.get("start"), d.get("end"), d.get("spells")] for n, d in g.nodes(data=True)}}))',
    ].join('\n');
    const run = spawnSync('python3', ['-c', script], { input: gexf, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const read = JSON.parse(run.stdout);
    expect(read.mode).toBe('dynamic');
    expect(read.edges).toEqual([
      ['ATTENDED:tie-went', '2021-10-08', '2021-10-08'], ['CONNECTED_WITH:tie-later', '2024-03-01', null], ['CONNECTED_WITH:tie-met', '2021-10-08', null], ['CONNECTED_WITH:tie-old', '2016-01-01', '2019-06-30'], ['CONNECTED_WITH:tie-undated', null, null],
    ]);
    // Harbour Advice: 2016 to mid 2019, then again from March 2024: two spells (networkx writes an open end as "None").
    expect(read.nodes['org-harbour'][2]).toEqual([['2016-01-01', '2019-06-30'], ['2024-03-01', 'None']]);
    expect(read.nodes['event-fair'].slice(0, 2)).toEqual(['2021-10-08', '2021-10-08']);
  });
});
