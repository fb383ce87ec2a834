/**
 * Each map is analysed on its own, on the real Neo4j: the Florentine families and the Davis
 * Southern women, each imported into a new map of its own beside the seed, get the figures networkx
 * gives for that graph alone, and the Battersea map's clusters and report do not change by a byte.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../graph-service/src/app.ts';
import { BATTERSEA, importNetworkMap, organisationsIn } from '../fixtures/analysis/maps.ts';
import { PEERS } from '../fixtures/analysis/peers/peers.ts';
import { resetAndSeed, testDatabase } from '../support/db.ts';

const db = testDatabase();
let FLORENTINE: string;
let DAVIS: string;
// The date fixes the clock for the answers compared byte for byte; undated ties count, as the analysts' files carry no dates.
const AS_OF = '2026-11-01';
let app: Awaited<ReturnType<typeof buildApp>>;

/** What the Battersea map answers, as the bytes served. */
async function batterseaAnswers(): Promise<Record<string, string>> {
  const paths = [
    `analysis/clusters?asOf=${AS_OF}&undated=include`,
    `analysis/health?asOf=${AS_OF}&undated=include`,
    `analysis/gaps?asOf=${AS_OF}&undated=include`,
    `reports/health?asOf=${AS_OF}&undated=include`,
    'reports/health?asOf=2021-10-08',
  ];
  const answers: Record<string, string> = {};
  for (const path of paths) {
    const res = await app.inject(`/api/maps/${BATTERSEA}/${path}`);
    expect(res.statusCode, path).toBe(200);
    answers[path] = res.body;
  }
  return answers;
}

let before: Record<string, string>;

beforeAll(async () => {
  await resetAndSeed(db);
  app = await buildApp({ db });
  before = await batterseaAnswers();
  FLORENTINE = await importNetworkMap(app, PEERS.florentine);
  DAVIS = await importNetworkMap(app, PEERS.davis);
});
afterAll(async () => {
  await app.close();
  await db.driver.close();
});

const get = async (path: string) => (await app.inject(path)).json();

describe('the Florentine families in a map of their own', () => {
  it('names Medici the top broker, with the betweenness networkx gives on that graph alone', async () => {
    const answer = await get(`/api/maps/${FLORENTINE}/analysis/gaps?only=brokers&count=15`);
    const brokers = answer.gaps[0].items as { id: string; score: number }[];
    expect(brokers[0].id).toBe(PEERS.florentine.topBroker);
    expect(brokers[0].id).toBe('org-medici');
    expect(brokers[0].score).toBeCloseTo(PEERS.florentine.betweenness['org-medici'], 12);
    for (const b of brokers) expect(b.score, b.id).toBeCloseTo(PEERS.florentine.betweenness[b.id], 12);
    expect(brokers.map((b) => b.id).every((id) => id in PEERS.florentine.betweenness)).toBe(true);
    expect(answer.scope).toMatchObject({ description: 'all 15 organisations', organisations: 15, nodes: 15, ties: 20 });
  });
});

describe('the Davis Southern women in a map of their own', () => {
  it('shows its own modularity, not the atlas', async () => {
    const health = await get(`/api/maps/${DAVIS}/analysis/health`);
    const clusters = await get(`/api/maps/${DAVIS}/analysis/clusters`);
    expect(health).toMatchObject({ organisations: 32, ties: 89 });
    expect(Object.keys(clusters.byNode).sort()).toEqual(PEERS.davis.nodes.map((n) => n.id).sort());
    expect(health.modularity).toBe(clusters.modularity);
    // At least as good a partition as networkx Louvain finds on the same graph (0.319 with seed 42).
    expect(health.modularity).toBeGreaterThan(PEERS.davis.louvain.modularity - 0.03);
    expect(health.modularity).toBeLessThan(0.4);
    const battersea = await get(`/api/maps/${BATTERSEA}/analysis/health`);
    expect(health.modularity).not.toBeCloseTo(battersea.modularity, 3);
    expect(health.scope.description).toBe('all 32 organisations');
  });
});

describe('the Battersea map beside them', () => {
  it('answers clusters, health, gaps and the report byte for byte as before they came', async () => {
    const after = await batterseaAnswers();
    for (const path of Object.keys(before)) expect(after[path], path).toBe(before[path]);
    const names = [...PEERS.florentine.nodes, ...PEERS.davis.nodes].map((n) => n.name);
    for (const [path, body] of Object.entries(after)) for (const name of names) expect(body.includes(`>${name}<`) || body.includes(`"${name}"`), `${path}: ${name}`).toBe(false);
  });

  it('counts only its own organisations', async () => {
    const health = await get(`/api/maps/${BATTERSEA}/analysis/health`);
    expect(health.organisations).toBe((await organisationsIn(db, BATTERSEA)).length);
    expect(health.scope.description).toBe(`all ${health.organisations} organisations`);
  });
});
