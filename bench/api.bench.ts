/**
 * p50 and p95 latency of the API's read routes through HTTP injection on one map of 10,000
 * organisations: first alone in the database, then with nine other maps of the same size beside
 * it (the same id scheme, so every id exists ten times). The ratio of the two p95s is what a map
 * costs its neighbours; with the map property indexed it should stay near 1 (the target is ≤ 1.2).
 */
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../graph-service/src/app.ts';
import type { SeedDataset } from '../seed/dataset.ts';
import { generateDataset, seededRandom } from './support/generate.ts';
import { loadMap } from './support/maps.ts';
import { benchDatabase } from './support/neo4j.ts';
import { measure, ms, table, type Timing } from './support/stats.ts';

const ORGANISATIONS = 10_000;
const NEIGHBOURS = 9;
/** The routes the issue names: what opening a map, searching it and reading its health cost. */
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
    { name: 'graph', url: (map) => `/api/maps/${map}/graph`, iterations: 12 },
    { name: 'search (name words)', url: (map) => `/api/maps/${map}/search?q=${encodeURIComponent(words(pick().name))}&limit=10`, iterations: 60 },
    { name: 'search (prefix + typo)', url: (map) => `/api/maps/${map}/search?q=${encodeURIComponent(`${pick().name.slice(0, 5)}x`)}&limit=10`, iterations: 60 },
    { name: 'node', url: (map) => `/api/maps/${map}/nodes/${pick().id}`, iterations: 60 },
    { name: 'neighbourhood depth 1', url: (map) => `/api/maps/${map}/nodes/${pick().id}/neighbourhood?depth=1`, iterations: 60 },
    { name: 'neighbourhood depth 2, cap 200', url: (map) => `/api/maps/${map}/nodes/${pick().id}/neighbourhood?depth=2&limit=200`, iterations: 40 },
    { name: 'shortest path', url: (map) => `/api/maps/${map}/paths?${twoEnds()}`, iterations: 40 },
    { name: 'subgraph: organisations, page of 2,000', url: (map) => `/api/maps/${map}/subgraph?types=Organisation&limit=2000`, iterations: 20 },
    { name: 'subgraph: alliance members', url: (map) => `/api/maps/${map}/subgraph?alliance=${alliance}`, iterations: 30 },
    { name: 'analysis health', url: (map) => `/api/maps/${map}/analysis/health`, iterations: 8 },
  ];
}

/** Times every case on the map; `cases` is rebuilt from the same seed, so both runs ask the same questions. */
async function timeRoutes(app: FastifyInstance, map: string, dataset: SeedDataset): Promise<Map<string, Timing>> {
  const out = new Map<string, Timing>();
  for (const { name, url, iterations } of cases(dataset)) {
    out.set(name, await measure(async () => {
      const target = url(map);
      const response = await app.inject({ method: 'GET', url: target });
      if (response.statusCode !== 200) throw new Error(`bench: ${target} answered ${response.statusCode}: ${response.body.slice(0, 200)}`);
    }, { iterations, warmup: 3 }));
  }
  return out;
}

export default async function apiBench(): Promise<void> {
  const db = await benchDatabase();
  try {
    const dataset = generateDataset({ organisations: ORGANISATIONS, seed: 11 });
    let started = Date.now();
    const map = await loadMap(db, 'Bench map', dataset);
    console.log(`Loaded the map "${map}": ${dataset.nodes.length} nodes and ${dataset.ties.length} ties in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const app = await buildApp({ db });
    try {
      const alone = await timeRoutes(app, map, dataset);

      started = Date.now();
      let rows = 0;
      for (let i = 1; i <= NEIGHBOURS; i++) {
        const neighbour = generateDataset({ organisations: ORGANISATIONS, seed: 11 + i });
        await loadMap(db, `Neighbour ${i}`, neighbour);
        rows += neighbour.nodes.length + neighbour.ties.length;
      }
      console.log(`Loaded ${NEIGHBOURS} neighbouring maps (${rows} nodes and ties, the same ids as the map) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      const beside = await timeRoutes(app, map, dataset);

      const ratios: number[] = [];
      table([...alone.entries()].map(([name, one]) => {
        const many = beside.get(name)!;
        const ratio = many.p95 / one.p95;
        if (MAIN_ROUTES.has(name)) ratios.push(ratio);
        return { route: `${MAIN_ROUTES.has(name) ? '* ' : '  '}${name}`, n: one.n, 'p50 alone': ms(one.p50), 'p95 alone': ms(one.p95), 'p50 beside 9': ms(many.p50), 'p95 beside 9': ms(many.p95), 'p95 ratio': `${ratio.toFixed(2)}×` };
      }));
      const worst = Math.max(...ratios);
      console.log(`* the main read routes: worst p95 ratio ${worst.toFixed(2)}× (target ≤ 1.2×), geometric mean ${Math.exp(ratios.reduce((s, r) => s + Math.log(r), 0) / ratios.length).toFixed(2)}×`);
    } finally {
      await app.close();
    }
  } finally {
    await db.close();
  }
}
