/**
 * The network over time (`npm run bench -- time`), on one map of 10,000 organisations whose ties
 * are dated (5% left undated), through HTTP injection on the real Neo4j:
 *  - the network on a date: its health figures (`analysis/health?asOf=`) and, where the read route
 *    takes `asOf`, the graph itself (`graph?asOf=`);
 *  - two dates compared (`compare?from=&to=`), and the same compare on the graph in memory (the
 *    analysis alone, no store);
 * against a peer: the bare driver reading the same map's nodes and ties (what any answer must at
 * least read). Each is run ≥ 20 times, interleaved, after two unmeasured rounds; p50 and p95, the
 * ratio of each p95 to the peer's, and the target (p95 under 300 ms). Nothing passes or fails on time.
 */
import Graph from 'graphology';
import type { FastifyInstance } from 'fastify';
import { performance } from 'node:perf_hooks';
import { buildApp } from '../graph-service/src/app.ts';
import { NO_SCOPE_FILTERS } from '../graph-service/src/analysis/index.ts';
import { compareDates } from '../graph-service/src/analysis/time/index.ts';
import { ENTITY_LABEL } from '../graph-service/src/repositories/schemaRepository.ts';
import { generateDataset } from './support/generate.ts';
import { loadMap } from './support/maps.ts';
import { benchDatabase, type BenchDatabase } from './support/neo4j.ts';
import { ms, summarise, table } from './support/stats.ts';

const ORGANISATIONS = 10_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const TARGET_MS = 300;
const FROM = '2020-06-30';
const TO = '2022-06-30';

type Case = { name: string; run: () => Promise<unknown> };

async function inject(app: FastifyInstance, url: string): Promise<void> {
  const res = await app.inject(url);
  if (res.statusCode !== 200) throw new Error(`bench: ${url} answered ${res.statusCode}: ${res.body.slice(0, 200)}`);
}

/** The peer: the map's nodes and ties as the bare driver reads them, no conversion or analysis. */
async function bareRead(db: BenchDatabase, map: string): Promise<void> {
  await db.driver.executeQuery(`MATCH (n:${ENTITY_LABEL} {map: $map}) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props`, { map }, { database: db.database });
  await db.driver.executeQuery(`MATCH (a:${ENTITY_LABEL} {map: $map})-[r]->(b:${ENTITY_LABEL}) RETURN a.id AS source, b.id AS target, type(r) AS type, properties(r) AS props`, { map }, { database: db.database });
}

export default async function timeBench(): Promise<void> {
  const dataset = generateDataset({ organisations: ORGANISATIONS, seed: 21, undated: 0.05 });
  const dated = dataset.ties.filter((t) => t.since !== undefined).length;
  const db = await benchDatabase('bench-time', { heap: '1g', pageCache: '1g' });
  const app = await buildApp({ db });
  try {
    const started = Date.now();
    const map = await loadMap(db, 'Time bench map', dataset);
    console.log(`Loaded "${map}": ${dataset.nodes.length.toLocaleString('en-GB')} nodes, ${dataset.ties.length.toLocaleString('en-GB')} ties (${dated.toLocaleString('en-GB')} dated) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const at = `/api/maps/${map}`;
    const served = await app.inject(`${at}/graph`);
    const data = Graph.from(served.json());
    const cases: Case[] = [
      { name: 'peer: bare driver reads the map', run: () => bareRead(db, map) },
      { name: 'network on a date: health', run: () => inject(app, `${at}/analysis/health?asOf=${TO}`) },
      { name: 'compare two dates', run: () => inject(app, `${at}/compare?from=${FROM}&to=${TO}`) },
      { name: 'compare, analysis only (in memory)', run: async () => compareDates(data as never, NO_SCOPE_FILTERS, FROM, TO) },
    ];
    const graphOnDate = await app.inject(`${at}/graph?asOf=${TO}`);
    if (graphOnDate.statusCode === 200) cases.splice(2, 0, { name: 'network on a date: graph', run: () => inject(app, `${at}/graph?asOf=${TO}`) });
    else console.log(`(graph?asOf= answered ${graphOnDate.statusCode}: the read route does not take asOf here, so it is not timed)`);

    const samples = cases.map((): number[] => []);
    for (let i = -2; i < RUNS; i++) {
      for (const [index, c] of cases.entries()) {
        const start = performance.now();
        await c.run();
        if (i >= 0) samples[index].push(performance.now() - start);
      }
    }
    const timings = samples.map(summarise);
    const peer = timings[0];
    table(cases.map((c, i) => ({
      case: c.name, runs: timings[i].n, p50: ms(timings[i].p50), p95: ms(timings[i].p95), max: ms(timings[i].max),
      'p95 / peer': i === 0 ? '1.00×' : `${(timings[i].p95 / peer.p95).toFixed(2)}×`,
      [`p95 < ${TARGET_MS} ms`]: i === 0 ? '' : timings[i].p95 < TARGET_MS ? 'yes' : 'no',
    })));
  } finally {
    await app.close();
    await db.close();
  }
}
