/** The read API (search, stats, neighbourhood, paths, themes, subgraph) on the real Neo4j with the seed. */
import Graph from 'graphology';
import { bidirectional } from 'graphology-shortest-path/unweighted';
import { describe, expect, it } from 'vitest';
import { readSeed } from '../../seed/dataset.ts';
import { SEED_MAP, SEED_MAPS, seedMap } from '../support/db.ts';
import { serviceForThisFile } from '../support/service.ts';

const seed = readSeed();
/** Most reads ask the Battersea map; the path between Hayat Lifeline and the police is in MutualGain's. */
const dataset = seedMap(seed, SEED_MAPS[0].id);
const mutualGain = seedMap(seed, SEED_MAPS[1].id);
const inMap = `/api/maps/${SEED_MAP}`;
const paths = `/api/maps/${SEED_MAPS[1].id}/paths`;
const service = serviceForThisFile();

/** A map's seed as an undirected graphology graph: an independent oracle for path lengths and neighbourhoods. */
function seedGraph(keep: (type: string) => boolean = () => true, data = dataset): Graph {
  const graph = new Graph({ type: 'undirected', multi: true });
  for (const node of data.nodes) graph.addNode(node.id, { label: node.label });
  for (const tie of data.ties) if (keep(tie.type)) graph.addEdge(tie.from, tie.to, { type: tie.type });
  return graph;
}

async function get(url: string) {
  const response = await service.app.inject({ method: 'GET', url });
  return { status: response.statusCode, body: response.json() };
}

describe('GET /api/maps/:map/search', () => {
  it('finds by name, by prefix and with a typo, best match first', async () => {
    for (const q of ['Providence House', 'provid', 'Providense hous']) {
      const { status, body } = await get(`${inMap}/search?q=${encodeURIComponent(q)}`);
      expect(status, q).toBe(200);
      expect(body.results[0].id, q).toBe('org-providence-house');
    }
  });

  it('finds by alias and says which alias matched', async () => {
    const withAlias = dataset.nodes.find((n) => n.aliases?.includes('SW11'))!;
    const { body } = await get(`${inMap}/search?q=SW11`);
    const hit = body.results.find((r: { id: string }) => r.id === withAlias.id);
    expect(hit).toBeDefined();
    expect(hit.matchedAlias).toBe('SW11');
  });

  it('filters by type (comma-separated or repeated) and respects the limit', async () => {
    const comma = await get(`${inMap}/search?q=youth&types=Theme,Partnership&limit=3`);
    expect(comma.status).toBe(200);
    expect(comma.body.results.length).toBeGreaterThan(0);
    expect(comma.body.results.length).toBeLessThanOrEqual(3);
    for (const r of comma.body.results) expect(['Theme', 'Partnership']).toContain(r.nodeType);
    const repeated = await get(`${inMap}/search?q=youth&types=Theme&types=Partnership&limit=3`);
    expect(repeated.body).toEqual(comma.body);
  });

  it('answers an empty list for input with no words, and 400 for bad parameters', async () => {
    expect((await get(`${inMap}/search?q=${encodeURIComponent('*** ~~ !!')}`)).body.results).toEqual([]);
    const missing = await get(`${inMap}/search`);
    expect(missing.status).toBe(400);
    expect(missing.body.fields.length).toBeGreaterThan(0);
    const badType = await get(`${inMap}/search?q=x&types=Company`);
    expect(badType.status).toBe(400);
    expect(badType.body.message).toMatch(/types/);
    expect((await get(`${inMap}/search?q=x&limit=1000`)).status).toBe(400);
    expect((await get(`${inMap}/search?q=x&colour=red`)).status).toBe(400);
  });
});

describe('GET /api/search (every map)', () => {
  const police = 'org-metropolitan-police';
  const mapsWith = (id: string) => SEED_MAPS.filter((m) => seedMap(seed, m.id).nodes.some((n) => n.id === id));

  it('finds an organisation in every map that has it, each hit naming its map and title', async () => {
    expect(mapsWith(police).length).toBeGreaterThan(1);
    const { status, body } = await get(`/api/search?q=${encodeURIComponent('Metropolitan Police')}&types=Organisation`);
    expect(status).toBe(200);
    const hits = body.results.filter((r: { id: string }) => r.id === police);
    expect(hits.map((h: { map: string; mapTitle: string }) => [h.map, h.mapTitle]).sort())
      .toEqual(mapsWith(police).map((m) => [m.id, m.title]).sort());
  });

  it('while the search inside a map finds only that map\'s nodes', async () => {
    // area-london is in three maps; inside one it is found once, and only that map's nodes come back.
    expect(mapsWith('area-london').length).toBeGreaterThan(1);
    const everywhere = await get('/api/search?q=London&limit=100');
    expect(everywhere.body.results.filter((r: { id: string }) => r.id === 'area-london')).toHaveLength(mapsWith('area-london').length);
    const inside = await get(`${inMap}/search?q=London&limit=100`);
    const ids = new Set(dataset.nodes.map((n) => n.id));
    const found = inside.body.results.map((r: { id: string }) => r.id);
    expect(found).toContain('area-london');
    expect(new Set(found).size).toBe(found.length);
    for (const id of found) expect(ids.has(id), id).toBe(true);
    expect(inside.body.results[0]).not.toHaveProperty('map');
    expect(dataset.nodes.some((n) => n.id === police)).toBe(false);
    expect((await get(`${inMap}/search?q=${encodeURIComponent('Metropolitan Police')}&types=Organisation`)).body.results.map((r: { id: string }) => r.id)).not.toContain(police);
    const elsewhere = await get(`/api/maps/${SEED_MAPS[1].id}/search?q=${encodeURIComponent('Metropolitan Police')}`);
    expect(elsewhere.body.results[0].id).toBe(police);
  });

  it('answers 400 for bad parameters, as the search in a map does', async () => {
    expect((await get('/api/search')).status).toBe(400);
    expect((await get('/api/search?q=x&limit=1000')).status).toBe(400);
    expect((await get('/api/search?q=x&map=battersea-alliance')).status).toBe(400);
  });
});

describe('GET /api/maps/:map/stats', () => {
  it('counts nodes by label and ties by type, matching the seed', async () => {
    const { status, body } = await get(`${inMap}/stats`);
    expect(status).toBe(200);
    expect(body.nodes.total).toBe(dataset.nodes.length);
    expect(body.ties.total).toBe(dataset.ties.length);
    expect(body.nodes.byLabel.Organisation).toBe(dataset.nodes.filter((n) => n.label === 'Organisation').length);
    expect(body.ties.byType.FUNDS).toBe(dataset.ties.filter((t) => t.type === 'FUNDS').length);
  });
});

describe('GET /api/maps/:map/nodes/:id/neighbourhood', () => {
  const center = 'org-providence-house';

  it('returns the ego network at depth 1 and 2, with distances, matching the seed', async () => {
    const oracle = seedGraph();
    const direct = new Set(oracle.neighbors(center));
    const one = await get(`${inMap}/nodes/${center}/neighbourhood?depth=1&limit=5000`);
    expect(one.status).toBe(200);
    expect(new Set(one.body.nodes.map((n: { key: string }) => n.key))).toEqual(new Set([center, ...direct]));
    expect(one.body.attributes).toMatchObject({ center, depth: 1, truncated: false, totalNodes: direct.size + 1 });
    const second = new Set<string>();
    for (const n of direct) for (const m of oracle.neighbors(n)) if (m !== center && !direct.has(m)) second.add(m);
    const two = await get(`${inMap}/nodes/${center}/neighbourhood?depth=2&limit=5000`);
    expect(two.body.nodes.length).toBe(1 + direct.size + second.size);
    const distances = Object.fromEntries(two.body.nodes.map((n: { key: string; attributes: { distance: number } }) => [n.key, n.attributes.distance]));
    expect(distances[center]).toBe(0);
    for (const id of second) expect(distances[id]).toBe(2);
    // Every tie among the returned nodes comes back.
    const ids = new Set(Object.keys(distances));
    const expectedTies = dataset.ties.filter((t) => ids.has(t.from) && ids.has(t.to)).length;
    expect(two.body.edges.length).toBe(expectedTies);
  });

  it('cuts at the node cap, nearest first, and says it was truncated', async () => {
    const { body } = await get(`${inMap}/nodes/${center}/neighbourhood?depth=2&limit=5`);
    expect(body.nodes.length).toBe(5);
    expect(body.attributes.truncated).toBe(true);
    expect(body.attributes.totalNodes).toBeGreaterThan(5);
    expect(body.nodes[0].key).toBe(center);
    for (const n of body.nodes.slice(1)) expect(n.attributes.distance).toBe(1);
  });

  it('walks only the tie types asked for', async () => {
    const { body } = await get(`${inMap}/nodes/${center}/neighbourhood?depth=1&tieTypes=MEMBER_OF`);
    const expected = dataset.ties.filter((t) => t.type === 'MEMBER_OF' && t.from === center).map((t) => t.to);
    expect(new Set(body.nodes.map((n: { key: string }) => n.key))).toEqual(new Set([center, ...expected]));
    for (const e of body.edges) expect(e.attributes.tieType).toBe('MEMBER_OF');
  });

  it('answers 404 for an unknown node and 400 for a depth out of range', async () => {
    expect((await get(`${inMap}/nodes/org-nobody/neighbourhood`)).status).toBe(404);
    const deep = await get(`${inMap}/nodes/${center}/neighbourhood?depth=4`);
    expect(deep.status).toBe(400);
    expect(deep.body.fields[0].field).toMatch(/depth/);
  });
});

describe('GET /api/maps/:map/paths', () => {
  it('finds how Hayat Lifeline is connected to the Metropolitan Police, as short as the seed allows', async () => {
    const { status, body } = await get(`${paths}?from=org-hayat-lifeline&to=org-metropolitan-police`);
    expect(status).toBe(200);
    const oracle = bidirectional(seedGraph(undefined, mutualGain), 'org-hayat-lifeline', 'org-metropolitan-police')!;
    expect(body.length).toBe(oracle.length - 1);
    const path = body.paths[0];
    expect(path.nodes[0].id).toBe('org-hayat-lifeline');
    expect(path.nodes.at(-1).id).toBe('org-metropolitan-police');
    expect(path.ties.length).toBe(path.nodes.length - 1);
    // Consecutive nodes are joined by the tie between them.
    path.ties.forEach((tie: { source: string; target: string }, i: number) => {
      expect([tie.source, tie.target].sort()).toEqual([path.nodes[i].id, path.nodes[i + 1].id].sort());
    });
  });

  it('returns all shortest paths on request, and keeps to the tie types asked for', async () => {
    const all = await get(`${paths}?from=org-hayat-lifeline&to=org-metropolitan-police&all=true`);
    expect(all.body.paths.length).toBeGreaterThanOrEqual(1);
    for (const p of all.body.paths) expect(p.ties.length).toBe(all.body.length);
    const onlyTypes = ['CONNECTED_WITH', 'PARTNER_IN'];
    const restricted = await get(`${paths}?from=org-hayat-lifeline&to=org-metropolitan-police&tieTypes=${onlyTypes.join(',')}`);
    const oracle = bidirectional(seedGraph((t) => onlyTypes.includes(t), mutualGain), 'org-hayat-lifeline', 'org-metropolitan-police');
    if (oracle) {
      expect(restricted.body.length).toBe(oracle.length - 1);
      for (const tie of restricted.body.paths[0].ties) expect(onlyTypes).toContain(tie.tieType);
    } else {
      expect(restricted.body).toMatchObject({ length: null, paths: [] });
    }
  });

  it('answers 404 for unknown ends and 400 for the same node twice', async () => {
    expect((await get(`${paths}?from=org-hayat-lifeline&to=org-nobody`)).status).toBe(404);
    expect((await get(`${paths}?from=org-hayat-lifeline&to=org-hayat-lifeline`)).status).toBe(400);
    expect((await get(`${paths}?from=org-hayat-lifeline`)).status).toBe(400);
  });
});

describe('GET /api/maps/:map/themes/:id', () => {
  it('lists the lead organisations, the others, partnerships, people and funding of a theme', async () => {
    const leadTie = dataset.ties.find((t) => t.type === 'WORKS_ON' && t.lead === true && t.from.startsWith('org-'))!;
    const { status, body } = await get(`${inMap}/themes/${leadTie.to}`);
    expect(status).toBe(200);
    expect(body.theme.id).toBe(leadTie.to);
    expect(body.leads.map((l: { id: string }) => l.id)).toContain(leadTie.from);
    const workers = dataset.ties.filter((t) => t.type === 'WORKS_ON' && t.to === leadTie.to && t.from.startsWith('org-') && t.lead !== true).map((t) => t.from);
    const listed = body.organisations.map((o: { id: string }) => o.id);
    for (const id of workers) expect(listed).toContain(id);
    expect(Array.isArray(body.people)).toBe(true);
    const orgIds = new Set([...listed, ...body.leads.map((l: { id: string }) => l.id)]);
    for (const p of body.people) expect(orgIds.has(p.organisation.id)).toBe(true);
    // Each funding line is a FUNDS tie in the seed that reaches an organisation or partnership on the theme.
    const recipients = new Set([...orgIds, ...body.partnerships.map((p: { id: string }) => p.id)]);
    const expectedFunding = dataset.ties.filter((t) => t.type === 'FUNDS' && recipients.has(t.to));
    expect(body.funding.map((f: { funder: { id: string }; recipient: { id: string } }) => `${f.funder.id}->${f.recipient.id}`).sort())
      .toEqual(expectedFunding.map((t) => `${t.from}->${t.to}`).sort());
  });

  it('answers 404 for an id that is not a theme', async () => {
    expect((await get(`${inMap}/themes/org-providence-house`)).status).toBe(404);
  });
});

describe('GET /api/maps/:map/subgraph', () => {
  it('filters by alliance (its members) and by tier', async () => {
    const members = dataset.ties.filter((t) => t.type === 'MEMBER_OF' && t.to === 'alliance-battersea');
    const { status, body } = await get(`${inMap}/subgraph?alliance=alliance-battersea`);
    expect(status).toBe(200);
    expect(new Set(body.nodes.map((n: { key: string }) => n.key))).toEqual(new Set(['alliance-battersea', ...members.map((t) => t.from)]));
    expect(body.attributes.totalNodes).toBe(members.length + 1);
    const core = await get(`${inMap}/subgraph?alliance=alliance-battersea&tier=core&types=Organisation`);
    expect(new Set(core.body.nodes.map((n: { key: string }) => n.key))).toEqual(new Set(members.filter((t) => t.tier === 'core').map((t) => t.from)));
  });

  it('pages through the whole graph: every node and tie exactly once', async () => {
    const nodes: string[] = [];
    const edges: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const url: string = `${inMap}/subgraph?limit=40${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const { body } = await get(url);
      nodes.push(...body.nodes.map((n: { key: string }) => n.key));
      edges.push(...body.edges.map((e: { key: string }) => e.key));
      cursor = body.attributes.nextCursor;
      pages++;
    } while (cursor && pages < 100);
    expect(pages).toBe(Math.ceil(dataset.nodes.length / 40));
    expect(nodes.length).toBe(dataset.nodes.length);
    expect(new Set(nodes).size).toBe(nodes.length);
    expect(new Set(edges).size).toBe(dataset.ties.length);
  });

  it('keeps only the node and tie kinds asked for, and can add the neighbours', async () => {
    const { body } = await get(`${inMap}/subgraph?types=Organisation&tieTypes=CONNECTED_WITH,FUNDS`);
    for (const n of body.nodes) expect(n.attributes.nodeType).toBe('Organisation');
    for (const e of body.edges) expect(['CONNECTED_WITH', 'FUNDS']).toContain(e.attributes.tieType);
    const expectedTies = dataset.ties.filter((t) => ['CONNECTED_WITH', 'FUNDS'].includes(t.type) && t.from.startsWith('org-') && t.to.startsWith('org-'));
    expect(body.edges.length).toBe(expectedTies.length);
    const themed = await get(`${inMap}/subgraph?theme=theme-faith`);
    const withNeighbours = await get(`${inMap}/subgraph?theme=theme-faith&neighbours=true`);
    expect(withNeighbours.body.nodes.length).toBeGreaterThan(themed.body.nodes.length);
  });

  it('answers 404 for unknown filter ids and 400 for a bad date or tier', async () => {
    expect((await get(`${inMap}/subgraph?alliance=alliance-nowhere`)).status).toBe(404);
    expect((await get(`${inMap}/subgraph?area=org-providence-house`)).status).toBe(404);
    expect((await get(`${inMap}/subgraph?at=2024-13-01`)).status).toBe(400);
    expect((await get(`${inMap}/subgraph?tier=gold`)).status).toBe(400);
  });
});
