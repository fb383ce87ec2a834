/**
 * npm start: build the app if needed, bring up Neo4j (supervised: restarted if it dies) and the
 * service, print the URL. Ctrl-C, SIGTERM, SIGHUP or the parent process going away (npm, a terminal,
 * a supervisor killed outright) stop all gracefully: requests in flight finish, then Neo4j stops.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { scheduleBackups } from '../graph-service/src/backup/schedule.ts';
import { loadConfig } from '../graph-service/src/config.ts';
import { runtimeDir } from '../graph-service/src/neo4j/runtime.ts';
import { writeServiceRun } from '../graph-service/src/neo4j/serviceRun.ts';
import { DIST_APP, startServer } from '../graph-service/src/server.ts';
import { readSeed } from '../seed/dataset.ts';
import { seedIfEmpty } from '../seed/loader.ts';
import { exitCodeOf, EXIT, messageOf } from './exitCodes.ts';

const USAGE = 'usage: npm start\n' +
  '  builds the app when it changed, starts Neo4j (or uses NEO4J_URI) and the service, seeds an empty database, and prints the address.\n' +
  '  Settings come from the environment (see the README: PORT, NEO4J_URI, ATLAS_BACKUP_EVERY, ...). Ctrl-C stops it.\n' +
  '  Exit codes: 0 stopped, 1 failed, 2 bad arguments or settings, 69 the database cannot be reached or started.';

try {
  if (parseArgs({ options: { help: { type: 'boolean', short: 'h' } } }).values.help) {
    console.log(USAGE);
    process.exit(EXIT.ok);
  }
} catch (error) {
  console.error(`${messageOf(error)}\n${USAGE}`);
  process.exit(EXIT.badArguments);
}

function newestChange(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function buildAppIfNeeded(): void {
  const index = path.join(DIST_APP, 'index.html');
  if (existsSync(index) && statSync(index).mtimeMs >= newestChange('app')) return;
  console.log('Building the app...');
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('start: the app did not build; see the errors above.');
}

const started = Date.now();
// A parent that dies (npm or a supervisor killed outright) sends no signal: this process is handed to
// init, so its parent pid changes. Watched from the first moment; before the service is up, leaving is
// enough (the JVM exits when this process's pipe to it closes).
const parent = process.ppid;
let stopOnParentExit: (reason: string) => void = () => process.exit(1);
setInterval(() => { if (process.ppid !== parent) stopOnParentExit('the parent process is gone'); }, 1000).unref();
try {
  const config = loadConfig();
  buildAppIfNeeded();
  // A database from before maps is split into the seed's maps by document; a first start on an empty one loads the seed.
  const seed = readSeed();
  const server = await startServer(config, {
    documentMaps: seed.maps,
    prepare: (db, log) => seedIfEmpty(db.driver, db.database, seed, log),
    logger: config.ATLAS_LOG_LEVEL === 'silent' ? false : { level: config.ATLAS_LOG_LEVEL },
  });
  // The command line shares this service's managed Neo4j through the run file instead of opening its store again.
  const removeRun = server.db.managed ? writeServiceRun({ boltPort: config.NEO4J_BOLT_PORT, url: server.url }) : () => {};
  const backups = config.ATLAS_BACKUP_EVERY
    ? scheduleBackups(server.db, { every: config.ATLAS_BACKUP_EVERY, keep: config.ATLAS_BACKUP_KEEP, dir: config.ATLAS_BACKUP_DIR ?? path.join(runtimeDir(), 'backups'), log: console.log })
    : undefined;
  console.log(`\nAlliance Atlas is running at ${server.url}  (ready in ${((Date.now() - started) / 1000).toFixed(1)}s; Ctrl-C stops it)`);
  let stopping = false;
  const stop = async (reason: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${reason}: stopping Alliance Atlas...`);
    backups?.stop();
    removeRun();
    // Should a stop hang (a JVM that ignores SIGTERM is killed after 30 s by runtime.ts), leave anyway.
    setTimeout(() => process.exit(1), config.ATLAS_SHUTDOWN_GRACE_MS + 45_000).unref();
    try {
      await server.close();
    } catch (error) {
      console.error(`stop: ${(error as Error).message}`);
      process.exit(1);
    }
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stop(signal));
  stopOnParentExit = (reason) => void stop(reason);
} catch (error) {
  console.error(`\n${messageOf(error)}`);
  process.exit(exitCodeOf(error));
}
