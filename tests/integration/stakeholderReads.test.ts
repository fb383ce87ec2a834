/** The read API (search, stats, neighbourhood, paths, themes, subgraph) on the real Neo4j with the seed. */
import Graph from 'graphology';
import { bidirectional } from 'graphology-shortest-path/unweighted';
import { describe, expect, it } from 'vitest';
import { readSeed } from '../../seed/dataset.ts';
import { serviceForThisFile } from '../support/service.ts';

const dataset = readSeed();
const service = serviceForThisFile();

/** The seed as an undirected graphology graph: an independent oracle for path lengths and neighbourhoods. */
function seedGraph(keep: (type: string) => boolean = () => true): Graph {
  const graph = new Graph({ type: 'undirected', multi: true });
  for (const node of dataset.nodes) graph.addNode(node.id, { label: node.label });
  for (const tie of dataset.ties) if (keep(tie.type)) graph.addEdge(tie.from, tie.to, { type: tie.type });
  return graph;
}

async function get(url: string) {
  const response = await service.app.inject({ method: 'GET', url });
  return { status: response.statusCode, body: response.json() };
}

describe('GET /api/search', () => {
  it('finds by name, by prefix and with a typo, best match first', async () => {
    for (const q of ['Providence House', 'provid', 'Providense hous']) {
      const { status, body } = await get(`/api/search?q=${encodeURIComponent(q)}`);
      expect(status, q).toBe(200);
      expect(body.results[0].id, q).toBe('org-providence-house');
    }
  });

  it('finds by alias and says which alias matched', async () => {
    const withAlias = dataset.nodes.find((n) => n.aliases?.includes('SW11'))!;
    const { body } = await get('/api/search?q=SW11');
    const hit = body.results.find((r: { id: string }) => r.id === withAlias.id);
    expect(hit).toBeDefined();
    expect(hit.matchedAlias).toBe('SW11');
  });

  it('filters by type (comma-separated or repeated) and respects the limit', async () => {
    const comma = await get('/api/search?q=youth&types=Theme,Partnership&limit=3');
    expect(comma.status).toBe(200);
    expect(comma.body.results.length).toBeGreaterThan(0);
    expect(comma.body.results.length).toBeLessThanOrEqual(3);
    for (const r of comma.body.results) expect(['Theme', 'Partnership']).toContain(r.nodeType);
    const repeated = await get('/api/search?q=youth&types=Theme&types=Partnership&limit=3');
    expect(repeated.body).toEqual(comma.body);
  });

  it('answers an empty list for input with no words, and 400 for bad parameters', async () => {
    expect((await get(`/api/search?q=${encodeURIComponent('*** ~~ !!')}`)).body.results).toEqual([]);
    const missing = await get('/api/search');
    expect(missing.status).toBe(400);
    expect(missing.body.fields.length).toBeGreaterThan(0);
    const badType = await get('/api/search?q=x&types=Company');
    expect(badType.status).toBe(400);
    expect(badType.body.message).toMatch(/types/);
    expect((await get('/api/search?q=x&limit=1000')).status).toBe(400);
    expect((await get('/api/search?q=x&colour=red')).status).toBe(400);
  });
});

describe('GET /api/stats', () => {
  it('counts nodes by label and ties by type, matching the seed', async () => {
    const { status, body } = await get('/api/stats');
    expect(status).toBe(200);
    expect(body.nodes.total).toBe(dataset.nodes.length);
    expect(body.ties.total).toBe(dataset.ties.length);
    expect(body.nodes.byLabel.Organisation).toBe(dataset.nodes.filter((n) => n.label === 'Organisation').length);
    expect(body.ties.byType.FUNDS).toBe(dataset.ties.filter((t) => t.type === 'FUNDS').length);
  });
});

describe('GET /api/nodes/:id/neighbourhood', () => {
  const center = 'org-providence-house';

  it('returns the ego network at depth 1 and 2, with distances, matching the seed', async () => {
    const oracle = seedGraph();
    const direct = new Set(oracle.neighbors(center));
    const one = await get(`/api/nodes/${center}/neighbourhood?depth=1&limit=5000`);
    expect(one.status).toBe(200);
    expect(new Set(one.body.nodes.map((n: { key: string }) => n.key))).toEqual(new Set([center, ...direct]));
    expect(one.body.attributes).toMatchObject({ center, depth: 1, truncated: false, totalNodes: direct.size + 1 });
    const second = new Set<string>();
    for (const n of direct) for (const m of oracle.neighbors(n)) if (m !== center && !direct.has(m)) second.add(m);
    const two = await get(`/api/nodes/${center}/neighbourhood?depth=2&limit=5000`);
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
    const { body } = await get(`/api/nodes/${center}/neighbourhood?depth=2&limit=5`);
    expect(body.nodes.length).toBe(5);
    expect(body.attributes.truncated).toBe(true);
    expect(body.attributes.totalNodes).toBeGreaterThan(5);
    expect(body.nodes[0].key).toBe(center);
    for (const n of body.nodes.slice(1)) expect(n.attributes.distance).toBe(1);
  });

  it('walks only the tie types asked for', async () => {
    const { body } = await get(`/api/nodes/${center}/neighbourhood?depth=1&tieTypes=MEMBER_OF`);
    const expected = dataset.ties.filter((t) => t.type === 'MEMBER_OF' && t.from === center).map((t) => t.to);
    expect(new Set(body.nodes.map((n: { key: string }) => n.key))).toEqual(new Set([center, ...expected]));
    for (const e of body.edges) expect(e.attributes.tieType).toBe('MEMBER_OF');
  });

  it('answers 404 for an unknown node and 400 for a depth out of range', async () => {
    expect((await get('/api/nodes/org-nobody/neighbourhood')).status).toBe(404);
    const deep = await get(`/api/nodes/${center}/neighbourhood?depth=4`);
    expect(deep.status).toBe(400);
    expect(deep.body.fields[0].field).toMatch(/depth/);
  });
});

describe('GET /api/paths', () => {
  it('finds how Hayat Lifeline is connected to the Metropolitan Police, as short as the seed allows', async () => {
    const { status, body } = await get('/api/paths?from=org-hayat-lifeline&to=org-metropolitan-police');
    expect(status).toBe(200);
    const oracle = bidirectional(seedGraph(), 'org-hayat-lifeline', 'org-metropolitan-police')!;
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
    const all = await get('/api/paths?from=org-hayat-lifeline&to=org-metropolitan-police&all=true');
    expect(all.body.paths.length).toBeGreaterThanOrEqual(1);
    for (const p of all.body.paths) expect(p.ties.length).toBe(all.body.length);
    const onlyTypes = ['CONNECTED_WITH', 'PARTNER_IN'];
    const restricted = await get(`/api/paths?from=org-hayat-lifeline&to=org-metropolitan-police&tieTypes=${onlyTypes.join(',')}`);
    const oracle = bidirectional(seedGraph((t) => onlyTypes.includes(t)), 'org-hayat-lifeline', 'org-metropolitan-police');
    if (oracle) {
      expect(restricted.body.length).toBe(oracle.length - 1);
      for (const tie of restricted.body.paths[0].ties) expect(onlyTypes).toContain(tie.tieType);
    } else {
      expect(restricted.body).toMatchObject({ length: null, paths: [] });
    }
  });

  it('answers 404 for unknown ends and 400 for the same node twice', async () => {
    expect((await get('/api/paths?from=org-hayat-lifeline&to=org-nobody')).status).toBe(404);
    expect((await get('/api/paths?from=org-hayat-lifeline&to=org-hayat-lifeline')).status).toBe(400);
    expect((await get('/api/paths?from=org-hayat-lifeline')).status).toBe(400);
  });
});

describe('GET /api/themes/:id', () => {
  it('lists the lead organisations, the others, partnerships, people and funding of a theme', async () => {
    const leadTie = dataset.ties.find((t) => t.type === 'WORKS_ON' && t.lead === true && t.from.startsWith('org-'))!;
    const { status, body } = await get(`/api/themes/${leadTie.to}`);
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
    expect((await get('/api/themes/org-providence-house')).status).toBe(404);
  });
});

describe('GET /api/subgraph', () => {
  it('filters by alliance (its members) and by tier', async () => {
    const members = dataset.ties.filter((t) => t.type === 'MEMBER_OF' && t.to === 'alliance-battersea');
    const { status, body } = await get('/api/subgraph?alliance=alliance-battersea');
    expect(status).toBe(200);
    expect(new Set(body.nodes.map((n: { key: string }) => n.key))).toEqual(new Set(['alliance-battersea', ...members.map((t) => t.from)]));
    expect(body.attributes.totalNodes).toBe(members.length + 1);
    const core = await get('/api/subgraph?alliance=alliance-battersea&tier=core&types=Organisation');
    expect(new Set(core.body.nodes.map((n: { key: string }) => n.key))).toEqual(new Set(members.filter((t) => t.tier === 'core').map((t) => t.from)));
  });

  it('pages through the whole graph: every node and tie exactly once', async () => {
    const nodes: string[] = [];
    const edges: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const url: string = `/api/subgraph?limit=40${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
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
    const { body } = await get('/api/subgraph?types=Organisation&tieTypes=CONNECTED_WITH,FUNDS');
    for (const n of body.nodes) expect(n.attributes.nodeType).toBe('Organisation');
    for (const e of body.edges) expect(['CONNECTED_WITH', 'FUNDS']).toContain(e.attributes.tieType);
    const expectedTies = dataset.ties.filter((t) => ['CONNECTED_WITH', 'FUNDS'].includes(t.type) && t.from.startsWith('org-') && t.to.startsWith('org-'));
    expect(body.edges.length).toBe(expectedTies.length);
    const themed = await get('/api/subgraph?theme=theme-faith');
    const withNeighbours = await get('/api/subgraph?theme=theme-faith&neighbours=true');
    expect(withNeighbours.body.nodes.length).toBeGreaterThan(themed.body.nodes.length);
  });

  it('answers 404 for unknown filter ids and 400 for a bad date or tier', async () => {
    expect((await get('/api/subgraph?alliance=alliance-nowhere')).status).toBe(404);
    expect((await get('/api/subgraph?area=org-providence-house')).status).toBe(404);
    expect((await get('/api/subgraph?at=2024-13-01')).status).toBe(400);
    expect((await get('/api/subgraph?tier=gold')).status).toBe(400);
  });
});
