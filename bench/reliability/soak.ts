/**
 * The soak: 200 concurrent readers and 20 writers against the service (its own process) on a
 * generated map, with imports and exports in between, for 5 minutes (`--duration 30s` for a short
 * run). At the end: every acknowledged write must be in the store as acknowledged, and each import
 * must be all or nothing (all of it when acknowledged). Prints requests served, p50/p95 per kind,
 * outcomes by code, and writes acknowledged against found.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j, { type Driver } from 'neo4j-driver';
import { startThrowawayNeo4j } from '../../graph-service/src/neo4j/throwaway.ts';
import { applySchema } from '../../graph-service/src/repositories/schemaRepository.ts';
import { generateDataset } from '../support/generate.ts';
import { loadMap } from '../support/maps.ts';
import { ms, summarise, table } from '../support/stats.ts';
import { runLoad, type Tally } from './load.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));

export interface SoakOptions {
  durationMs: number;
  readers: number;
  writers: number;
  organisations: number;
}

export const SOAK_DEFAULTS: SoakOptions = { durationMs: 5 * 60_000, readers: 200, writers: 20, organisations: 2000 };

export interface SoakFigures {
  served: number;
  p50: number;
  p95: number;
  outcomes: Record<string, number>;
  writesAcknowledged: number;
  writesFound: number;
  importsAcknowledged: number;
  importsAllOrNothing: boolean;
}

/** "5m", "30s", "90" (seconds) → milliseconds. */
export function durationMs(text: string): number {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m)?$/.exec(text);
  if (!match) throw new Error(`soak: --duration takes e.g. 5m, 30s or 90 (got "${text}")`);
  return Number(match[1]) * { ms: 1, s: 1000, m: 60_000 }[(match[2] ?? 's') as 'ms' | 's' | 'm'];
}

async function startService(env: NodeJS.ProcessEnv): Promise<{ url: string; stop(): Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(HERE, 'serve.ts')], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  const [line] = (await Promise.race([once(child.stdout, 'data'), once(child, 'exit').then(() => { throw new Error('soak: the service exited at start-up'); })])) as [Buffer];
  const { url } = JSON.parse(line.toString().trim().split('\n')[0]) as { url: string };
  return {
    url,
    async stop() {
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function check(driver: Driver, database: string, map: string, tally: Tally): Promise<Pick<SoakFigures, 'writesFound' | 'importsAllOrNothing'> & { importCounts: Map<string, number> }> {
  const ids = [...tally.acknowledged.keys()];
  const { records } = await driver.executeQuery('UNWIND $ids AS id MATCH (n:Entity {map: $map, id: id}) RETURN n.id AS id, n.name AS name', { ids, map }, { database });
  const writesFound = records.filter((r) => tally.acknowledged.get(r.get('id')) === r.get('name')).length;
  const imported = await driver.executeQuery(
    "MATCH (n:Entity {map: $map}) WHERE n.source STARTS WITH 'soak-import-' RETURN n.source AS marker, count(n) AS n", { map }, { database });
  const importCounts = new Map(imported.records.map((r) => [r.get('marker') as string, r.get('n').toNumber() as number]));
  const importsAllOrNothing = tally.imports.every((i) => {
    const found = importCounts.get(i.marker) ?? 0;
    return i.acknowledged ? found === i.rows : found === 0 || found === i.rows;
  });
  return { writesFound, importsAllOrNothing, importCounts };
}

export async function runSoak(options: SoakOptions = SOAK_DEFAULTS): Promise<SoakFigures> {
  const store = await startThrowawayNeo4j({ name: 'soak', heap: '1g', pageCache: '512m' });
  const driver = neo4j.driver(store.uri, neo4j.auth.basic(store.username, store.password));
  try {
    const db = { driver, database: store.database, uri: store.uri };
    await driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database: store.database });
    await applySchema(driver, store.database);
    const dataset = generateDataset({ organisations: options.organisations });
    const map = await loadMap(db, 'Soak', dataset);
    console.log(`Generated map "${map}": ${dataset.nodes.length} nodes, ${dataset.ties.length} ties. ${options.readers} readers and ${options.writers} writers for ${ms(options.durationMs)}.`);
    const service = await startService({ ...process.env, NEO4J_URI: store.uri, NEO4J_USERNAME: store.username, NEO4J_PASSWORD: store.password, NEO4J_DATABASE: store.database, ATLAS_BACKUP_EVERY: '' });
    let tally: Tally;
    try {
      tally = await runLoad({
        url: service.url, map, ids: dataset.nodes.map((n) => n.id), names: dataset.nodes.map((n) => n.name),
        readers: options.readers, writers: options.writers, durationMs: options.durationMs,
        importEveryMs: 20_000, exportEveryMs: 15_000, timeoutMs: 30_000,
      });
    } finally {
      await service.stop();
    }
    const found = await check(driver, store.database, map, tally);
    const all = [...tally.latencies.values()].flat();
    const overall = summarise(all);
    table([...tally.latencies].map(([kind, list]) => {
      const t = summarise(list);
      return { kind, requests: t.n, p50: ms(t.p50), p95: ms(t.p95), max: ms(t.max) };
    }));
    const outcomes = Object.fromEntries([...tally.outcomes].sort(([a], [b]) => a.localeCompare(b)));
    const figures: SoakFigures = {
      served: all.length, p50: overall.p50, p95: overall.p95, outcomes,
      writesAcknowledged: tally.acknowledged.size, writesFound: found.writesFound,
      importsAcknowledged: tally.imports.filter((i) => i.acknowledged).length, importsAllOrNothing: found.importsAllOrNothing,
    };
    console.log(`Requests answered: ${figures.served} (p50 ${ms(figures.p50)}, p95 ${ms(figures.p95)}); outcomes by code: ${Object.entries(outcomes).map(([k, v]) => `${k} ×${v}`).join(', ')}`);
    console.log(`Writes acknowledged: ${figures.writesAcknowledged}, found as acknowledged: ${figures.writesFound}. Imports: ${tally.imports.length} sent, ${figures.importsAcknowledged} acknowledged; every import all or nothing: ${figures.importsAllOrNothing ? 'yes' : 'NO'}.`);
    return figures;
  } finally {
    await driver.close();
    await store.stop();
  }
}
