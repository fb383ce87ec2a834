/**
 * p50 and p95 latency of the stakeholder API's read queries (search, neighbourhood, path, subgraph)
 * through HTTP injection, on the seed and on a generated graph of 10,000 organisations.
 */
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../graph-service/src/app.ts';
import { readSeed, type SeedDataset } from '../seed/dataset.ts';
import { loadIntoMap } from '../seed/loader.ts';
import { benchDatabase, type BenchDatabase } from './support/neo4j.ts';
import { generateDataset, seededRandom } from './support/generate.ts';
import { measure, ms, table } from './support/stats.ts';

const BENCH_MAP = { id: 'bench', title: 'Bench' };

/** Loads a dataset in slices, so a large one stays under the transaction memory limit. */
async function load(db: BenchDatabase, dataset: SeedDataset): Promise<void> {
  const slice = 20_000;
  for (let i = 0; i < dataset.nodes.length; i += slice) await loadIntoMap(db.driver, db.database, BENCH_MAP, { nodes: dataset.nodes.slice(i, i + slice), ties: [] });
  for (let i = 0; i < dataset.ties.length; i += slice) await loadIntoMap(db.driver, db.database, BENCH_MAP, { nodes: [], ties: dataset.ties.slice(i, i + slice) });
}

async function timeQueries(app: FastifyInstance, dataset: SeedDataset, label: string): Promise<Record<string, string | number>[]> {
  const random = seededRandom(7);
  const organisations = dataset.nodes.filter((n) => n.label === 'Organisation');
  const pick = () => organisations[Math.floor(random() * organisations.length)];
  const get = async (url: string) => {
    const response = await app.inject({ method: 'GET', url });
    if (response.statusCode !== 200) throw new Error(`bench: ${url} answered ${response.statusCode}: ${response.body.slice(0, 200)}`);
    return response;
  };
  const words = (name: string) => name.split(' ').slice(0, 2).join(' ');
  const cases: [string, () => string][] = [
    ['search (name words)', () => `/api/search?q=${encodeURIComponent(words(pick().name))}&limit=10`],
    ['search (prefix + typo)', () => `/api/search?q=${encodeURIComponent(`${pick().name.slice(0, 5)}x`)}&limit=10`],
    ['neighbourhood depth 1', () => `/api/nodes/${pick().id}/neighbourhood?depth=1`],
    ['neighbourhood depth 2, cap 200', () => `/api/nodes/${pick().id}/neighbourhood?depth=2&limit=200`],
    ['shortest path', () => `/api/paths?from=${pick().id}&to=${pick().id}`],
    ['subgraph: organisations, page of 2,000', () => `/api/subgraph?types=Organisation&limit=2000`],
    ['subgraph: alliance members', () => `/api/subgraph?alliance=${dataset.nodes.find((n) => n.label === 'Alliance')!.id}`],
  ];
  const rows: Record<string, string | number>[] = [];
  for (const [name, url] of cases) {
    const timing = await measure(async () => {
      let target = url();
      // A path needs two different ends.
      while (target.includes('/api/paths') && new URLSearchParams(target.split('?')[1]).get('from') === new URLSearchParams(target.split('?')[1]).get('to')) target = url();
      await get(target);
    }, { iterations: 30, warmup: 3 });
    rows.push({ graph: label, query: name, n: timing.n, p50: ms(timing.p50), p95: ms(timing.p95) });
  }
  return rows;
}

export default async function apiBench(): Promise<void> {
  const db = await benchDatabase();
  try {
    const rows: Record<string, string | number>[] = [];
    const seed = readSeed();
    await load(db, seed);
    let app = await buildApp({ db });
    rows.push(...(await timeQueries(app, seed, `seed (${seed.nodes.length} nodes)`)));
    await app.close();

    await db.wipe();
    const generated = generateDataset({ organisations: 10_000, seed: 11 });
    const started = Date.now();
    await load(db, generated);
    console.log(`Loaded ${generated.nodes.length} nodes and ${generated.ties.length} ties in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    app = await buildApp({ db });
    rows.push(...(await timeQueries(app, generated, `10,000 organisations (${generated.nodes.length} nodes, ${generated.ties.length} ties)`)));
    await app.close();
    table(rows);
  } finally {
    await db.close();
  }
}
