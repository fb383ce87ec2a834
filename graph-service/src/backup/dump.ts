/**
 * neo4j-admin's dump and load of the managed Neo4j's database (Neo4j Community needs the database
 * stopped for both). The caller makes sure nothing runs on the store: a running service refuses,
 * a detached one is stopped and started again around the dump (scripts/backup.ts).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, renameSync, rmSync, chmodSync } from 'node:fs';
import path from 'node:path';
import { instanceHome, runtimeDir, Neo4jRuntimeError } from '../neo4j/runtime.ts';

const DATABASE = 'neo4j';

function admin(name: string, args: string[]): void {
  const home = instanceHome(name);
  const result = spawnSync('java', ['-cp', `${path.join(runtimeDir(), 'lib')}/*`, 'org.neo4j.cli.AdminTool', ...args], {
    encoding: 'utf8', env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: path.join(home, 'conf') },
  });
  if (result.error) throw new Neo4jRuntimeError(`neo4j-admin could not run: ${result.error.message}`);
  if (result.status !== 0) {
    const said = `${result.stderr}\n${result.stdout}`.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('at ')).slice(0, 4).join(' ');
    throw new Neo4jRuntimeError(`neo4j-admin ${args.slice(0, 2).join(' ')} failed: ${said}`);
  }
}

/** Is there a managed store to dump (the instance has been started at least once)? */
export function hasManagedStore(name = 'main'): boolean {
  return existsSync(path.join(instanceHome(name), 'data', 'databases', DATABASE));
}

/** Dumps the stopped managed database to `file` (owner-only). */
export function dumpManaged(file: string, name = 'main'): void {
  if (!hasManagedStore(name)) throw new Neo4jRuntimeError(`there is no managed database to dump yet in ${instanceHome(name)} (npm start makes one).`);
  const dir = mkdtempSync(path.join(path.dirname(path.resolve(file)), '.atlas-dump-'));
  try {
    admin(name, ['database', 'dump', DATABASE, `--to-path=${dir}`, '--overwrite-destination=true']);
    renameSync(path.join(dir, `${DATABASE}.dump`), file);
    chmodSync(file, 0o600);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Loads `file` into the stopped managed database, replacing it. */
export function loadManaged(file: string, name = 'main'): void {
  const dir = mkdtempSync(path.join(instanceHome(name), '.atlas-load-'));
  try {
    copyFileSync(file, path.join(dir, `${DATABASE}.dump`));
    admin(name, ['database', 'load', DATABASE, `--from-path=${dir}`, '--overwrite-destination=true']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A Neo4j dump begins with its own signature; anything else is not one. */
export function looksLikeDump(head: Buffer): boolean {
  // neo4j-admin 5 writes "DZV1" followed by the compression used.
  return head.subarray(0, 4).toString('latin1') === 'DZV1';
}
