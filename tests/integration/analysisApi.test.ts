/**
 * The analysis API of one map (the seed's Battersea Alliance) on the real Neo4j: clusters, gaps,
 * what-if, health, the report, each on what the filters leave and saying so, and bad input.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../graph-service/src/app.ts';
import { GAP_DETECTORS } from '../../graph-service/src/analysis/index.ts';
import { readSeed } from '../../seed/dataset.ts';
import { BATTERSEA, organisationsIn } from '../fixtures/analysis/maps.ts';
import { resetAndSeed, testDatabase } from '../support/db.ts';

const db = testDatabase();
const dataset = readSeed();
const core = dataset.ties.filter((t) => t.type === 'MEMBER_OF' && t.tier === 'core').map((t) => t.from);
const MAP = `/api/maps/${BATTERSEA}`;
let organisations: string[];
let app: FastifyInstance;
let guarded: FastifyInstance;

beforeAll(async () => {
  await resetAndSeed(db);
  organisations = await organisationsIn(db, BATTERSEA);
  app = await buildApp({ db });
  // With an editor key, callers without it do not see people (graph-service/src/access.ts).
  const withKey = { db, editorKey: 'analysis-test-key' };
  guarded = await buildApp(withKey);
});
afterAll(async () => {
  await app.close();
  await guarded.close();
  await db.driver.close();
});

const get = async (url: string, target = app) => {
  const res = await target.inject(url);
  return { status: res.statusCode, body: res.headers['content-type']?.toString().includes('json') ? res.json() : res.body, res };
};

describe('GET /api/maps/:map/analysis/clusters', () => {
  it('clusters every organisation, with names, colours and modularity, the same on every call', async () => {
    const { status, body } = await get(`${MAP}/analysis/clusters`);
    expect(status).toBe(200);
    expect(Object.keys(body.byNode).sort()).toEqual(organisations);
    // One alliance on its own: its clusters are less apart than the four seed communities were together (0.2, not 0.4).
    expect(body.modularity).toBeGreaterThan(0.15);
    expect(body.seed).toBe(42);
    expect(body.weights).toMatchObject({ partnership: 1, alliance: 0.05 });
    expect(body.clusters.length).toBeGreaterThan(1);
    for (const c of body.clusters) {
      expect(c.name).toMatch(/\S/);
      expect(c.colour).toMatch(/^#[0-9a-f]{6}$/);
      expect(c.size).toBe(c.members.length);
    }
    // The Battersea core group works together (partnerships, alliance funding): most of it shares a cluster.
    const coreCluster = body.clusters.find((c: { coreMembers: { id: string }[] }) => c.coreMembers.length >= 3);
    expect(coreCluster).toBeDefined();
    expect(new Set(body.clusters.map((c: { colour: string }) => c.colour)).size).toBe(Math.min(body.clusters.length, 12));
    const again = await get(`${MAP}/analysis/clusters`);
    expect(again.body).toEqual(body);
  });

  it('takes resolution, seed and weights', async () => {
    const fine = await get(`${MAP}/analysis/clusters?resolution=3&seed=7&weights=alliance:0,event:0`);
    expect(fine.status).toBe(200);
    expect(fine.body).toMatchObject({ resolution: 3, seed: 7, weights: { alliance: 0, event: 0 } });
    const coarse = await get(`${MAP}/analysis/clusters?resolution=0.2&weights=alliance:0,event:0`);
    expect(fine.body.clusters.length).toBeGreaterThanOrEqual(coarse.body.clusters.length);
  });

  it('answers 400 for bad parameters, naming the field', async () => {
    for (const query of ['resolution=0', 'resolution=abc', 'seed=-1', 'weights=people', 'weights=friendship:1', 'colour=red']) {
      const { status, body } = await get(`${MAP}/analysis/clusters?${query}`);
      expect(status, query).toBe(400);
      expect(JSON.stringify(body), query).toContain(query.split('=')[0]);
    }
    const { body } = await get(`${MAP}/analysis/clusters?weights=friendship:1`);
    expect(body.message).toMatch(/Unknown projection weight "friendship"/);
  });
});

describe('GET /api/maps/:map/analysis/gaps', () => {
  it('returns every gap list with a one-line reason per item', async () => {
    const { status, body } = await get(`${MAP}/analysis/gaps`);
    expect(status).toBe(200);
    expect(body.gaps.map((g: { detector: string }) => g.detector)).toEqual(GAP_DETECTORS.map((d) => d.id));
    for (const list of body.gaps) {
      for (const item of list.items) {
        expect(item.reason).toMatch(/\.$/);
        expect(item.reason).not.toContain('\n');
        expect(item.nodeIds.length).toBeGreaterThan(0);
      }
    }
    const byId = Object.fromEntries(body.gaps.map((g: { detector: string }) => [g.detector, g]));
    // The Covid-19 Fund is the seed's one delivery partner; it has no working tie at all.
    expect(byId['delivery-partners-far-from-core'].items.map((i: { id: string }) => i.id)).toContain('org-covid-19-fund');
    expect(byId.isolated.items.map((i: { id: string }) => i.id)).toContain('org-covid-19-fund');
    expect(byId.brokers.items).toHaveLength(5);
    expect(byId.introductions.items.length).toBeGreaterThan(0);
    // Core-group members lead themes; their themes are not "without a lead".
    const led = dataset.ties.filter((t) => t.type === 'WORKS_ON' && t.lead === true && core.includes(t.from)).map((t) => t.to);
    for (const item of byId.themes.items) if (led.includes(item.id)) expect(item.reason).not.toMatch(/No organisation leads it/);
  });

  it('takes the registry parameters and a subset of lists', async () => {
    const { status, body } = await get(`${MAP}/analysis/gaps?only=themes,brokers&minActiveOrganisations=5&count=3`);
    expect(status).toBe(200);
    expect(body.gaps.map((g: { detector: string }) => g.detector)).toEqual(['themes', 'brokers']);
    expect(body.gaps[0].parameters).toEqual({ minActiveOrganisations: 5 });
    expect(body.gaps[1].items).toHaveLength(3);
  });

  it('stale records depend on the age asked for and the date', async () => {
    const none = await get(`${MAP}/analysis/gaps?only=stale&staleMonths=120&asOf=2026-01-01`);
    expect(none.body.gaps[0].items).toEqual([]);
    const all = await get(`${MAP}/analysis/gaps?only=stale&staleMonths=1&asOf=2030-01-01`);
    expect(all.body.gaps[0].items.length).toBeGreaterThan(organisations.length);
    for (const item of all.body.gaps[0].items) expect(item.reason).toMatch(/^Last confirmed .*, .* ago; source /);
  });

  it('answers 400 for out-of-range parameters and unknown lists', async () => {
    for (const query of ['staleMonths=0', 'minActiveOrganisations=1.5', 'only=nonsense', 'asOf=yesterday', 'limit=100000']) {
      expect((await get(`${MAP}/analysis/gaps?${query}`)).status, query).toBe(400);
    }
  });

  it('leaves people out for callers without the editor key', async () => {
    const hasPerson = (body: { gaps: { items: { nodeIds: string[] }[] }[] }) => body.gaps[0].items.some((i) => i.nodeIds.some((n) => n.startsWith('person-')));
    const open = await get(`${MAP}/analysis/gaps?only=stale&staleMonths=1`, guarded);
    expect(open.status).toBe(200);
    expect(hasPerson(open.body)).toBe(false);
    const editor = await guarded.inject({ url: `${MAP}/analysis/gaps?only=stale&staleMonths=1`, headers: { authorization: 'Bearer analysis-test-key' } });
    expect(hasPerson(editor.json())).toBe(true);
  });

  it('lists the detectors with their parameters', async () => {
    const { body } = await get('/api/analysis/detectors');
    expect(body.detectors.map((d: { id: string }) => d.id)).toEqual(GAP_DETECTORS.map((d) => d.id));
    expect(body.detectors.find((d: { id: string }) => d.id === 'stale').parameters[0]).toMatchObject({ name: 'staleMonths', type: 'integer' });
  });
});

describe('GET /api/maps/:map/analysis/what-if', () => {
  it('an organisation closes', async () => {
    const { status, body } = await get(`${MAP}/analysis/what-if?remove=org-kls&mode=closes`);
    expect(status).toBe(200);
    expect(body.organisation).toEqual({ id: 'org-kls', name: expect.any(String) });
    expect(body.mode).toBe('closes');
    expect(body.summary).toMatch(/^If .* closed, /);
    // KLS Elders' only working tie is to KLS.
    expect(body.isolated.map((i: { id: string }) => i.id)).toContain('org-kls-elders');
    for (const key of ['isolated', 'lostCoreLink', 'lostThemeLink', 'themes', 'lostFunding']) expect(Array.isArray(body[key])).toBe(true);
  });

  it('an organisation loses its funding', async () => {
    const { status, body } = await get(`${MAP}/analysis/what-if?remove=org-kls&mode=loses-funding`);
    expect(status).toBe(200);
    expect(body.lostFunding.map((i: { id: string }) => i.id)).toEqual(['org-kls']);
    expect(body.summary).toMatch(/lost its funding/);
  });

  it('answers 404 for an id that is not an organisation and 400 for bad input', async () => {
    const missing = await get(`${MAP}/analysis/what-if?remove=org-does-not-exist`);
    expect(missing.status).toBe(404);
    expect(missing.body.message).toMatch(/org-does-not-exist/);
    expect((await get(`${MAP}/analysis/what-if?remove=theme-faith`)).status).toBe(404);
    expect((await get(`${MAP}/analysis/what-if`)).status).toBe(400);
    expect((await get(`${MAP}/analysis/what-if?remove=org-kls&mode=explodes`)).status).toBe(400);
    expect((await get(`${MAP}/analysis/what-if?remove=%27%20OR%201%3D1`)).status).toBe(400);
  });
});

describe('GET /api/maps/:map/analysis/health and the report', () => {
  it('health figures', async () => {
    const { status, body } = await get(`${MAP}/analysis/health`);
    expect(status).toBe(200);
    expect(body.organisations).toBe(organisations.length);
    expect(body.scope).toMatchObject({ description: `all ${organisations.length} organisations`, organisations: organisations.length, filtered: false });
    expect(body.density).toBeGreaterThan(0);
    expect(body.density).toBeLessThan(1);
    expect(body.components).toBeGreaterThanOrEqual(1);
    expect(body.averageDegree).toBeCloseTo((2 * body.ties) / body.organisations, 12);
    expect(body.modularity).toBeGreaterThan(0.15);
  });

  it('GET /api/maps/:map/reports/health is a printable one-page HTML report', async () => {
    // On a date the report covers the network then; undated ties are left out and it says so.
    const { status, res } = await get(`${MAP}/reports/health?asOf=2026-11-01`);
    expect(status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    const html = res.body;
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('@media print');
    expect(html).toContain('1 November 2026');
    expect(html).toContain('<h1>Battersea Alliance: network health</h1>');
    expect(html).toMatch(new RegExp(`Covers ${organisations.length} organisations, the network on 1 Nov 2026, \\d+ undated ties? left out \\(\\d+ of the map&#39;s \\d+ nodes\\), as of 1 November 2026\\.`));
    expect((await get(`${MAP}/reports/health`)).res.body).toContain(`Covers all ${organisations.length} organisations, as of `);
    const clusters = (await get(`${MAP}/analysis/clusters`)).body;
    const first = clusters.clusters[0].name.replace(/&/g, '&amp;').replace(/'/g, '&#39;');
    expect(html).toContain(first);
    expect(html).not.toMatch(/<script/i);
    expect((await get(`${MAP}/reports/health?staleMonths=-3`)).status).toBe(400);
  });
});

/** Organisations based in an area or any area inside it, straight from the database. */
async function organisationsInArea(area: string): Promise<string[]> {
  const { records } = await db.driver.executeQuery(
    `MATCH (o:Organisation {map: $map})-[:LOCATED_IN]->(:Area {map: $map})-[:PART_OF*0..3]->(:Area {map: $map, id: $area})
     RETURN DISTINCT o.id AS id ORDER BY id`,
    { map: BATTERSEA, area },
    { database: db.database },
  );
  return records.map((r) => r.get('id') as string);
}

describe('what the filters leave is what is analysed', () => {
  it('an area: only its organisations are clustered and counted, and the answer says so', async () => {
    const inBattersea = await organisationsInArea('area-battersea');
    expect(inBattersea.length).toBeGreaterThan(5);
    expect(inBattersea.length).toBeLessThan(organisations.length);
    const clusters = (await get(`${MAP}/analysis/clusters?areas=area-battersea`)).body;
    expect(Object.keys(clusters.byNode).sort()).toEqual(inBattersea);
    expect(clusters.scope).toMatchObject({ description: `${inBattersea.length} organisations in Battersea`, organisations: inBattersea.length, filtered: true });
    const health = (await get(`${MAP}/analysis/health?areas=area-battersea`)).body;
    expect(health.organisations).toBe(inBattersea.length);
    const gaps = (await get(`${MAP}/analysis/gaps?areas=area-battersea`)).body;
    const named = gaps.gaps.flatMap((g: { items: { nodeIds: string[] }[] }) => g.items.flatMap((i) => i.nodeIds)).filter((id: string) => id.startsWith('org-'));
    expect(named.every((id: string) => inBattersea.includes(id))).toBe(true);
    // Wandsworth holds Battersea: more organisations, the same rule.
    const wider = (await get(`${MAP}/analysis/health?areas=area-wandsworth`)).body;
    expect(wider.organisations).toBe((await organisationsInArea('area-wandsworth')).length);
    expect(wider.organisations).toBeGreaterThan(inBattersea.length);
  });

  it('node kinds, tie kinds and a date change the figures, and the sentence names them', async () => {
    const all = (await get(`${MAP}/analysis/health`)).body;
    const informal = (await get(`${MAP}/analysis/health?tieTypes=CONNECTED_WITH`)).body;
    expect(informal.organisations).toBe(all.organisations);
    expect(informal.ties).toBeLessThan(all.ties);
    expect(informal.scope.description).toBe(`${all.organisations} organisations, only informal ties`);
    const bare = (await get(`${MAP}/analysis/health?types=Organisation,Alliance`)).body;
    expect(bare.scope.description).toMatch(/^\d+ organisations, without people, themes, partnerships, events and areas$/);
    expect(bare.ties).toBeLessThan(all.ties);
    const dated = (await get(`${MAP}/analysis/health?asOf=2021-10-07`)).body;
    expect(dated.scope.description).toMatch(/, the network on 7 Oct 2021(, \d+ undated ties? left out)?$/);
    expect(dated.organisations).toBeLessThan(all.organisations);
  });

  it('what-if and the report work on the same scope', async () => {
    const inBattersea = await organisationsInArea('area-battersea');
    const outside = organisations.find((id) => !inBattersea.includes(id))!;
    const missing = await get(`${MAP}/analysis/what-if?remove=${outside}&areas=area-battersea`);
    expect(missing.status).toBe(404);
    expect(missing.body.message).toContain(`among those analysed: ${inBattersea.length} organisations in Battersea`);
    const inside = await get(`${MAP}/analysis/what-if?remove=${inBattersea[0]}&areas=area-battersea`);
    expect(inside.status).toBe(200);
    expect(inside.body.scope.organisations).toBe(inBattersea.length);
    const report = await get(`${MAP}/reports/health?areas=area-battersea&asOf=2026-11-01`);
    expect(report.body).toContain(`Covers ${inBattersea.length} organisations in Battersea, the network on 1 Nov 2026`);
  });

  it('answers 400 for filters that are not filters, and 404 for a map that does not exist', async () => {
    for (const query of ['types=Company', 'tieTypes=LIKES', 'areas=not%20an%20id', 'asOf=2021-02-30', 'asOf=soon', 'date=2021']) {
      const { status, body } = await get(`${MAP}/analysis/health?${query}`);
      expect(status, query).toBe(400);
      expect(JSON.stringify(body.fields), query).toMatch(/types|tieTypes|areas|date|asOf|must NOT have additional properties/);
    }
    const unknown = await get('/api/maps/no-such-map/analysis/clusters');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toBe('no_map');
    expect((await get('/api/analysis/clusters')).status).toBe(404);
  });
});
