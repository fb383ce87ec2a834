/**
 * p50 and p95 latency of the API's read routes through HTTP injection on one map of 10,000
 * organisations alone in its database, against the same map with nine other maps of the same size
 * beside it (the same id scheme, so every id exists ten times). The ratio of the two p95s is what
 * a map costs its neighbours; with the map property indexed it should stay near 1 (target ≤ 1.2).
 *
 * The two databases run side by side and each request is asked of both in turn, so whatever
 * else the machine is doing slows both alike. With NEO4J_URI there is one database: the map is
 * timed alone, then again once the nine others are loaded.
 */
import type { FastifyInstance } from 'fastify';
import { performance } from 'node:perf_hooks';
import { buildApp } from '../graph-service/src/app.ts';
import type { SeedDataset } from '../seed/dataset.ts';
import { generateDataset, seededRandom } from './support/generate.ts';
import { loadMap } from './support/maps.ts';
import { benchDatabase, type BenchDatabase } from './support/neo4j.ts';
import { ms, summarise, table, type Timing } from './support/stats.ts';

const ORGANISATIONS = 10_000;
const NEIGHBOURS = 9;
const MEMORY = { heap: '1g', pageCache: '1g' };
/** The routes the issue names: what opening a map, searching it, reading a node and its health cost. */
/** `API_ROUTES=graph,node` times only the routes whose names start so (the full run takes about 15 minutes). */
const ONLY = process.env.API_ROUTES?.split(',').map((word) => word.trim()).filter(Boolean);
const MAIN_ROUTES = new Set(['graph', 'search (name words)', 'node', 'neighbourhood depth 1', 'analysis health']);

interface Case {
  name: string;
  url: (map: string) => string;
  iterations: number;
}

function cases(dataset: SeedDataset): Case[] {
  const random = seededRandom(7);
  const organisations = dataset.nodes.filter((n) => n.label === 'Organisation');
  const pick = () => organisations[Math.floor(random() * organisations.length)];
  const words = (name: string) => name.split(' ').slice(0, 2).join(' ');
  const twoEnds = () => {
    const from = pick();
    let to = pick();
    while (to.id === from.id) to = pick();
    return `from=${from.id}&to=${to.id}`;
  };
  const alliance = dataset.nodes.find((n) => n.label === 'Alliance')!.id;
  return [
    { name: 'graph', url: (map) => `/api/maps/${map}/graph`, iterations: 20 },
    { name: 'search (name words)', url: (map) => `/api/maps/${map}/search?q=${encodeURIComponent(words(pick().name))}&limit=10`, iterations: 60 },
    { name: 'search (prefix + typo)', url: (map) => `/api/maps/${map}/search?q=${encodeURIComponent(`${pick().name.slice(0, 5)}x`)}&limit=10`, iterations: 40 },
    { name: 'node', url: (map) => `/api/maps/${map}/nodes/${pick().id}`, iterations: 60 },
    { name: 'neighbourhood depth 1', url: (map) => `/api/maps/${map}/nodes/${pick().id}/neighbourhood?depth=1`, iterations: 60 },
    { name: 'neighbourhood depth 2, cap 200', url: (map) => `/api/maps/${map}/nodes/${pick().id}/neighbourhood?depth=2&limit=200`, iterations: 40 },
    { name: 'shortest path', url: (map) => `/api/maps/${map}/paths?${twoEnds()}`, iterations: 40 },
    { name: 'subgraph: organisations, page of 2,000', url: (map) => `/api/maps/${map}/subgraph?types=Organisation&limit=2000`, iterations: 20 },
    { name: 'subgraph: alliance members', url: (map) => `/api/maps/${map}/subgraph?alliance=${alliance}`, iterations: 30 },
    { name: 'analysis health', url: (map) => `/api/maps/${map}/analysis/health`, iterations: 20 },
  ];
}

async function timed(app: FastifyInstance, url: string): Promise<number> {
  const start = performance.now();
  const response = await app.inject({ method: 'GET', url });
  const elapsed = performance.now() - start;
  if (response.statusCode !== 200) throw new Error(`bench: ${url} answered ${response.statusCode}: ${response.body.slice(0, 200)}`);
  return elapsed;
}

/** Each case's timings per app: every request is asked of each app in turn, after two unmeasured rounds. */
async function timeRoutes(apps: FastifyInstance[], map: string, dataset: SeedDataset): Promise<Map<string, Timing[]>> {
  const out = new Map<string, Timing[]>();
  for (const { name, url, iterations } of cases(dataset).filter((c) => !ONLY || ONLY.some((word) => c.name.startsWith(word)))) {
    const started = Date.now();
    const samples = apps.map((): number[] => []);
    for (let i = -2; i < iterations; i++) {
      const target = url(map);
      // Who goes first alternates: a large answer's garbage is collected during the next request, so a fixed order would bill one side for the other's.
      const order = i % 2 === 0 ? [...apps.keys()] : [...apps.keys()].reverse();
      for (const index of order) {
        const elapsed = await timed(apps[index], target);
        if (i >= 0) samples[index].push(elapsed);
      }
    }
    out.set(name, samples.map(summarise));
    console.log(`  ${name}: ${iterations} × ${apps.length} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  return out;
}

async function loadNeighbours(db: BenchDatabase): Promise<void> {
  const started = Date.now();
  let rows = 0;
  for (let i = 1; i <= NEIGHBOURS; i++) {
    const neighbour = generateDataset({ organisations: ORGANISATIONS, seed: 11 + i });
    await loadMap(db, `Neighbour ${i}`, neighbour);
    rows += neighbour.nodes.length + neighbour.ties.length;
  }
  console.log(`Loaded ${NEIGHBOURS} neighbouring maps (${rows} nodes and ties, with the map's ids) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function report(alone: Map<string, Timing>, beside: Map<string, Timing>): void {
  const ratios: number[] = [];
  table([...alone.entries()].map(([name, one]) => {
    const many = beside.get(name)!;
    const ratio = many.p95 / one.p95;
    if (MAIN_ROUTES.has(name)) ratios.push(ratio);
    return {
      route: `${MAIN_ROUTES.has(name) ? '* ' : '  '}${name}`, n: one.n, 'p50 alone': ms(one.p50), 'p95 alone': ms(one.p95),
      [`p50 beside ${NEIGHBOURS}`]: ms(many.p50), [`p95 beside ${NEIGHBOURS}`]: ms(many.p95),
      'p50 ratio': `${(many.p50 / one.p50).toFixed(2)}×`, 'p95 ratio': `${ratio.toFixed(2)}×`,
    };
  }));
  const mean = Math.exp(ratios.reduce((s, r) => s + Math.log(r), 0) / ratios.length);
  console.log(`* the main read routes: worst p95 ratio ${Math.max(...ratios).toFixed(2)}× (target ≤ 1.2×), geometric mean ${mean.toFixed(2)}×`);
}

export default async function apiBench(): Promise<void> {
  const dataset = generateDataset({ organisations: ORGANISATIONS, seed: 11 });
  const databases = process.env.NEO4J_URI ? [await benchDatabase()] : [await benchDatabase('bench-alone', MEMORY), await benchDatabase('bench-beside', MEMORY)];
  const apps: FastifyInstance[] = [];
  try {
    let map = '';
    for (const db of databases) {
      const started = Date.now();
      map = await loadMap(db, 'Bench map', dataset);
      console.log(`Loaded the map "${map}" (${dataset.nodes.length} nodes, ${dataset.ties.length} ties) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      apps.push(await buildApp({ db }));
    }
    if (apps.length === 2) {
      await loadNeighbours(databases[1]);
      const timings = await timeRoutes(apps, map, dataset);
      report(new Map([...timings].map(([name, [one]]) => [name, one])), new Map([...timings].map(([name, [, many]]) => [name, many])));
    } else {
      const alone = await timeRoutes(apps, map, dataset);
      await loadNeighbours(databases[0]);
      const beside = await timeRoutes(apps, map, dataset);
      report(new Map([...alone].map(([name, [one]]) => [name, one])), new Map([...beside].map(([name, [many]]) => [name, many])));
    }
  } finally {
    for (const app of apps) await app.close();
    for (const db of databases) await db.close();
  }
}
