/**
 * The fault scenarios of the reliability bench (never in the timed tests). Each brings up its own
 * Neo4j, causes one fault while the service is being called, and prints requests served, p95,
 * errors by code, writes acknowledged vs found, and recovery time:
 * - neo4jKilledDuringCommit: Neo4j SIGKILLed in the middle of a large import commit, restarted by
 *   the supervisor; the store must equal the snapshot taken before (all or nothing).
 * - serviceKilledDuringWrites: the service process SIGKILLed while 20 writers create nodes, then
 *   started again; every acknowledged write must be in the store.
 * - diskFilled: the managed Neo4j's store on a 64 MiB tmpfs of its own, filled up while readers and
 *   writers call; answers must be 503/507 (never a hang), and writes work again once space is freed.
 * Run alone: `npm run bench -- reliability-faults`, or `node --import tsx bench/reliability/faults.ts [kill-commit|kill-service|disk-full]`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildApp } from '../../graph-service/src/app.ts';
import type { Database } from '../../graph-service/src/db/connection.ts';
import { openDriver } from '../../graph-service/src/db/driver.ts';
import { freePort, startThrowawayNeo4j, type ThrowawayNeo4j } from '../../graph-service/src/neo4j/throwaway.ts';
import { applySchema } from '../../graph-service/src/repositories/schemaRepository.ts';
import { ImportService } from '../../graph-service/src/services/importService.ts';
import { readSeed } from '../../seed/dataset.ts';
import { loadSeed } from '../../seed/loader.ts';
import { diskFilled } from './diskFull.ts';
import { call, fingerprint, postJson, printFigures, probeLoop, sleep, Tally, until, type FaultFigures } from './faultSupport.ts';
import { largeImportFiles } from './largeImport.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '../..');
const seed = readSeed();
export const FAULT_MAP = seed.maps[0].id;

/** A Neo4j of the scenario's own (never one NEO4J_URI names: these kill it), schema applied, seed loaded. */
export async function faultDatabase(name: string, supervised: boolean): Promise<{ neo4j: ThrowawayNeo4j; db: Database }> {
  const neo4j = await startThrowawayNeo4j({ name, heap: '1g', pageCache: '256m', supervised, restartDelayMs: 1000 }, {});
  const db = { driver: openDriver(neo4j.uri, neo4j.username, neo4j.password), database: neo4j.database, uri: neo4j.uri };
  await applySchema(db.driver, db.database);
  await loadSeed(db.driver, db.database, seed);
  return { neo4j, db };
}

/** Resolves once a transaction other than this check has run for `ms` or holds many locks (the commit is under way), or after `timeoutMs`. */
async function writing(db: Database, ms: number, timeoutMs: number): Promise<boolean> {
  return until(async () => {
    const { records } = await db.driver.executeQuery(
      "SHOW TRANSACTIONS YIELD activeLockCount, currentQuery, elapsedTime WHERE NOT currentQuery STARTS WITH 'SHOW' AND (elapsedTime.milliseconds > $ms OR activeLockCount > 1000) RETURN count(*) AS n",
      { ms }, { database: db.database },
    );
    return Number(records[0]?.get('n') ?? 0) > 0;
  }, timeoutMs, 100);
}

export async function neo4jKilledDuringCommit(rows = Number(process.env.FAULT_ROWS ?? 100_000)): Promise<FaultFigures> {
  const { neo4j, db } = await faultDatabase('fault-commit', true);
  const app = await buildApp({ db });
  const notes: string[] = [];
  try {
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    const files = largeImportFiles(rows);
    const before = await fingerprint(db.driver, db.database);
    const tally = new Tally();
    const probe = probeLoop(() => `${base}/api/maps/${FAULT_MAP}/graph`, tally);
    const imports = new ImportService(db);
    const commit = imports.commitToNewMap({ title: 'Fault bench commit' }, files.files).then(() => 'committed', (e: Error) => `failed: ${e.message.split('\n')[0].slice(0, 120)}`);
    if (!(await writing(db, 3000, 300_000))) notes.push('the commit was never seen running; killed anyway');
    const killed = neo4j.supervisor!.pid;
    const killedAt = performance.now();
    process.kill(killed, 'SIGKILL');
    notes.push(`the commit of ${files.total} rows ${await commit}`);
    await neo4j.supervisor!.restarted(killed);
    await until(() => probe.firstOkAfter(killedAt) !== undefined, 120_000);
    await sleep(1000);
    await probe.stop();
    const after = await fingerprint(db.driver, db.database);
    const whole = after.nodes === before.nodes + files.nodes && after.ties === before.ties + files.ties;
    const store = after.hash === before.hash ? `identical to the snapshot (${after.nodes} nodes, ${after.ties} ties): nothing of the interrupted commit`
      : whole ? 'the whole commit and nothing else' : `PARTIAL: ${after.nodes - before.nodes} nodes and ${after.ties - before.ties} ties of ${files.nodes} and ${files.ties}`;
    const firstOk = probe.firstOkAfter(killedAt);
    return { scenario: 'Neo4j SIGKILLed during a large commit', ...tally.summary(), recoveryMs: firstOk && firstOk - killedAt, store, notes };
  } finally {
    await app.close();
    await db.driver.close();
    await neo4j.stop();
  }
}

/** Starts the service as its own process on `port` and resolves with its URL once it answers. */
function startService(neo4j: ThrowawayNeo4j, port: number): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(HERE, 'serviceProcess.ts')], {
    cwd: REPO, stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_USERNAME: neo4j.username, NEO4J_PASSWORD: neo4j.password, PORT: String(port), HOST: '127.0.0.1', ATLAS_LOG_LEVEL: 'silent' },
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve({ child, url: (JSON.parse(line) as { url: string }).url });
    });
    child.once('exit', (code) => reject(new Error(`the service exited (${code}) before it answered`)));
  });
}

export async function serviceKilledDuringWrites(writers = 20, killAfterMs = 4000): Promise<FaultFigures> {
  const { neo4j, db } = await faultDatabase('fault-service', false);
  const port = await freePort();
  let service = await startService(neo4j, port);
  const tally = new Tally();
  const acknowledged: string[] = [];
  let running = true;
  let killedAt = 0;
  let firstOkAfterKill: number | undefined;
  try {
    const loops = Array.from({ length: writers }, async (_, w) => {
      for (let i = 0; running; i++) {
        const res = await call(`${service.url}api/maps/${FAULT_MAP}/nodes`, postJson({ nodeType: 'Organisation', name: `Fault writer ${w}-${i}`, source: 'fault bench' }), 10_000);
        tally.add(res.code, res.ms);
        if (res.code === 201) {
          acknowledged.push((res.body as { id: string }).id);
          if (killedAt && firstOkAfterKill === undefined) firstOkAfterKill = performance.now();
        } else await sleep(100);
      }
    });
    await sleep(killAfterMs);
    killedAt = performance.now();
    service.child.kill('SIGKILL');
    await new Promise((r) => service.child.once('exit', r));
    service = await startService(neo4j, port);
    await until(() => firstOkAfterKill !== undefined, 120_000);
    await sleep(2000);
    running = false;
    await Promise.all(loops);
    const { records } = await db.driver.executeQuery('MATCH (n:Entity {map: $map}) WHERE n.id IN $ids RETURN count(n) AS found', { map: FAULT_MAP, ids: acknowledged }, { database: db.database });
    const stored = await db.driver.executeQuery("MATCH (n:Entity {map: $map}) WHERE n.name STARTS WITH 'Fault writer' RETURN count(n) AS n", { map: FAULT_MAP }, { database: db.database });
    const extra = Number(stored.records[0].get('n')) - acknowledged.length;
    return {
      scenario: `the service SIGKILLed during writes (${writers} writers)`, ...tally.summary(),
      acknowledged: acknowledged.length, found: Number(records[0].get('found')),
      recoveryMs: firstOkAfterKill && firstOkAfterKill - killedAt,
      notes: [`${extra} write(s) committed whose answer was lost with the process (never acknowledged, so allowed)`],
    };
  } finally {
    running = false;
    service.child.kill('SIGTERM');
    await db.driver.close();
    await neo4j.stop();
  }
}

const SCENARIOS = { 'kill-commit': () => neo4jKilledDuringCommit(), 'kill-service': () => serviceKilledDuringWrites(), 'disk-full': () => diskFilled() } as const;

/** Runs the named scenarios (all by default), one after another, printing each one's figures. */
export async function runFaults(names: string[] = []): Promise<FaultFigures[]> {
  const chosen = names.length ? names : Object.keys(SCENARIOS);
  const figures: FaultFigures[] = [];
  for (const name of chosen) {
    const scenario = SCENARIOS[name as keyof typeof SCENARIOS];
    if (!scenario) throw new Error(`faults: no scenario "${name}"; there are ${Object.keys(SCENARIOS).join(', ')}`);
    const result = await scenario();
    printFigures(result);
    figures.push(result);
  }
  return figures;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await runFaults(process.argv.slice(2).filter((a) => a !== '--'));
  process.exit(0);
}
