/** The analysis API on the real Neo4j with the seed: clusters, gaps, what-if, health, the report, and bad input. */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../graph-service/src/app.ts';
import { GAP_DETECTORS } from '../../graph-service/src/analysis/index.ts';
import { readSeed } from '../../seed/dataset.ts';
import { resetAndSeed, testDatabase } from '../support/db.ts';

const db = testDatabase();
const dataset = readSeed();
const organisations = dataset.nodes.filter((n) => n.label === 'Organisation');
const core = dataset.ties.filter((t) => t.type === 'MEMBER_OF' && t.tier === 'core').map((t) => t.from);
let app: FastifyInstance;
let guarded: FastifyInstance;

beforeAll(async () => {
  await resetAndSeed(db);
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

describe('GET /api/analysis/clusters', () => {
  it('clusters every organisation, with names, colours and modularity, the same on every call', async () => {
    const { status, body } = await get('/api/analysis/clusters');
    expect(status).toBe(200);
    expect(Object.keys(body.byNode).sort()).toEqual(organisations.map((o) => o.id).sort());
    expect(body.modularity).toBeGreaterThan(0.3);
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
    const again = await get('/api/analysis/clusters');
    expect(again.body).toEqual(body);
  });

  it('takes resolution, seed and weights', async () => {
    const fine = await get('/api/analysis/clusters?resolution=3&seed=7&weights=alliance:0,event:0');
    expect(fine.status).toBe(200);
    expect(fine.body).toMatchObject({ resolution: 3, seed: 7, weights: { alliance: 0, event: 0 } });
    const coarse = await get('/api/analysis/clusters?resolution=0.2&weights=alliance:0,event:0');
    expect(fine.body.clusters.length).toBeGreaterThanOrEqual(coarse.body.clusters.length);
  });

  it('answers 400 for bad parameters, naming the field', async () => {
    for (const query of ['resolution=0', 'resolution=abc', 'seed=-1', 'weights=people', 'weights=friendship:1', 'colour=red']) {
      const { status, body } = await get(`/api/analysis/clusters?${query}`);
      expect(status, query).toBe(400);
      expect(JSON.stringify(body), query).toContain(query.split('=')[0]);
    }
    const { body } = await get('/api/analysis/clusters?weights=friendship:1');
    expect(body.message).toMatch(/Unknown projection weight "friendship"/);
  });
});

describe('GET /api/analysis/gaps', () => {
  it('returns every gap list with a one-line reason per item', async () => {
    const { status, body } = await get('/api/analysis/gaps');
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
    const { status, body } = await get('/api/analysis/gaps?only=themes,brokers&minActiveOrganisations=5&count=3');
    expect(status).toBe(200);
    expect(body.gaps.map((g: { detector: string }) => g.detector)).toEqual(['themes', 'brokers']);
    expect(body.gaps[0].parameters).toEqual({ minActiveOrganisations: 5 });
    expect(body.gaps[1].items).toHaveLength(3);
  });

  it('stale records depend on the age asked for and the date', async () => {
    const none = await get('/api/analysis/gaps?only=stale&staleDays=36500&asOf=2026-01-01');
    expect(none.body.gaps[0].items).toEqual([]);
    const all = await get('/api/analysis/gaps?only=stale&staleDays=1&asOf=2030-01-01');
    expect(all.body.gaps[0].items.length).toBeGreaterThan(100);
    for (const item of all.body.gaps[0].items) expect(item.reason).toMatch(/^Last confirmed .* ago\)/);
  });

  it('answers 400 for out-of-range parameters and unknown lists', async () => {
    for (const query of ['staleDays=0', 'minActiveOrganisations=1.5', 'only=nonsense', 'asOf=yesterday', 'limit=100000']) {
      expect((await get(`/api/analysis/gaps?${query}`)).status, query).toBe(400);
    }
  });

  it('leaves people out for callers without the editor key', async () => {
    const hasPerson = (body: { gaps: { items: { nodeIds: string[] }[] }[] }) => body.gaps[0].items.some((i) => i.nodeIds.some((n) => n.startsWith('person-')));
    const open = await get('/api/analysis/gaps?only=stale&staleDays=1', guarded);
    expect(open.status).toBe(200);
    expect(hasPerson(open.body)).toBe(false);
    const editor = await guarded.inject({ url: '/api/analysis/gaps?only=stale&staleDays=1', headers: { authorization: 'Bearer analysis-test-key' } });
    expect(hasPerson(editor.json())).toBe(true);
  });

  it('lists the detectors with their parameters', async () => {
    const { body } = await get('/api/analysis/detectors');
    expect(body.detectors.map((d: { id: string }) => d.id)).toEqual(GAP_DETECTORS.map((d) => d.id));
    expect(body.detectors.find((d: { id: string }) => d.id === 'stale').parameters[0]).toMatchObject({ name: 'staleDays', type: 'integer' });
  });
});

describe('GET /api/analysis/what-if', () => {
  it('an organisation closes', async () => {
    const { status, body } = await get('/api/analysis/what-if?remove=org-kls&mode=closes');
    expect(status).toBe(200);
    expect(body.organisation).toEqual({ id: 'org-kls', name: expect.any(String) });
    expect(body.mode).toBe('closes');
    expect(body.summary).toMatch(/^If .* closed, /);
    // KLS Elders' only working tie is to KLS.
    expect(body.isolated.map((i: { id: string }) => i.id)).toContain('org-kls-elders');
    for (const key of ['isolated', 'lostCoreLink', 'lostThemeLink', 'themes', 'lostFunding']) expect(Array.isArray(body[key])).toBe(true);
  });

  it('an organisation loses its funding', async () => {
    const { status, body } = await get('/api/analysis/what-if?remove=org-kls&mode=loses-funding');
    expect(status).toBe(200);
    expect(body.lostFunding.map((i: { id: string }) => i.id)).toEqual(['org-kls']);
    expect(body.summary).toMatch(/lost its funding/);
  });

  it('answers 404 for an id that is not an organisation and 400 for bad input', async () => {
    const missing = await get('/api/analysis/what-if?remove=org-does-not-exist');
    expect(missing.status).toBe(404);
    expect(missing.body.message).toMatch(/org-does-not-exist/);
    expect((await get('/api/analysis/what-if?remove=theme-faith')).status).toBe(404);
    expect((await get('/api/analysis/what-if')).status).toBe(400);
    expect((await get('/api/analysis/what-if?remove=org-kls&mode=explodes')).status).toBe(400);
    expect((await get('/api/analysis/what-if?remove=%27%20OR%201%3D1')).status).toBe(400);
  });
});

describe('GET /api/analysis/health and the report', () => {
  it('health figures', async () => {
    const { status, body } = await get('/api/analysis/health');
    expect(status).toBe(200);
    expect(body.organisations).toBe(organisations.length);
    expect(body.density).toBeGreaterThan(0);
    expect(body.density).toBeLessThan(1);
    expect(body.components).toBeGreaterThanOrEqual(1);
    expect(body.averageDegree).toBeCloseTo((2 * body.ties) / body.organisations, 12);
    expect(body.modularity).toBeGreaterThan(0.3);
  });

  it('GET /api/reports/health is a printable one-page HTML report', async () => {
    const { status, res } = await get('/api/reports/health?asOf=2026-11-01');
    expect(status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    const html = res.body;
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('@media print');
    expect(html).toContain('1 November 2026');
    expect(html).toContain('Network health');
    const clusters = (await get('/api/analysis/clusters')).body;
    const first = clusters.clusters[0].name.replace(/&/g, '&amp;').replace(/'/g, '&#39;');
    expect(html).toContain(first);
    expect(html).not.toMatch(/<script/i);
    expect((await get('/api/reports/health?staleDays=-3')).status).toBe(400);
  });
});
