/**
 * The command line beside a running `npm start`, on a managed Neo4j of this file's own (a dump and
 * a load need the database stopped, which the run's shared Neo4j must never be): export, backup,
 * restore and seed share the service's Neo4j instead of opening its store again; a dump waits for
 * the service to stop; then the dump is loaded back and the store is what it was. Exit codes:
 * 2 bad arguments, 65 an invalid file, 69 an unreachable database, 75 the store in use (scripts/exitCodes.ts).
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runtimeDir } from '../../graph-service/src/neo4j/runtime.ts';
import { freePort } from '../../graph-service/src/neo4j/throwaway.ts';
import { EXIT } from '../../scripts/exitCodes.ts';
import { SEED_MAP } from '../support/db.ts';

const rt = mkdtempSync(path.join(tmpdir(), 'atlas-beside-'));
const env: NodeJS.ProcessEnv = { ...process.env, ATLAS_NEO4J_DIR: rt, NEO4J_HEAP: '512m', NEO4J_PAGECACHE: '64m' };
for (const key of ['NEO4J_URI', 'NEO4J_PASSWORD', 'NEO4J_USERNAME', 'NEO4J_DATABASE', 'ATLAS_BACKUP_EVERY']) delete env[key];
let service: ChildProcess | undefined;
let url = '';
const NODE = 'org-providence-house';

async function cli(script: string, args: string[], extra: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], { env: { ...env, ...extra } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    return error as { code: number; stdout: string; stderr: string };
  }
}

function startService(): Promise<string> {
  service = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start did not come up:\n${output}`)), 170_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /is running at (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    service?.stdout?.on('data', read);
    service?.stderr?.on('data', read);
    service?.once('exit', (code) => reject(new Error(`npm start exited (${code}):\n${output}`)));
  });
}

async function stopService(): Promise<void> {
  if (!service || service.exitCode !== null) return;
  const exited = new Promise((resolve) => service?.once('exit', resolve));
  service.kill('SIGTERM');
  await exited;
}

const nodeNow = async () => ((await (await fetch(`${url}api/maps/${SEED_MAP}/nodes/${NODE}`)).json()) as { node: { name: string; version: number } }).node;

/** An exported graph with its lists sorted by key and every object's keys in order: Neo4j does not promise the order of a record's properties. */
function canonical(json: string): unknown {
  const sorted = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(sorted).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, sorted(v)]));
    return value;
  };
  return sorted(JSON.parse(json));
}

beforeAll(async () => {
  for (const part of ['lib', 'launcher']) symlinkSync(realpathSync(path.join(runtimeDir(), part)), path.join(rt, part));
  mkdirSync(path.join(rt, 'instances'));
  env.PORT = String(await freePort());
  env.NEO4J_BOLT_PORT = String(await freePort());
  url = await startService();
}, 180_000);
afterAll(async () => {
  await stopService();
  rmSync(rt, { recursive: true, force: true });
});

describe('the command line beside a running npm start', () => {
  const exported = path.join(rt, 'battersea.json');
  const backup = path.join(rt, 'beside.atlas-backup.jsonl.gz');
  const dump = path.join(rt, 'stopped.dump');

  it('exports, backs up, restores and seeds through the service\'s Neo4j, and refuses a dump while it runs', async () => {
    const run = JSON.parse(readFileSync(path.join(rt, 'instances/main/service.json'), 'utf8'));
    expect(run.boltPort).toBe(Number(env.NEO4J_BOLT_PORT));
    expect(statSync(path.join(rt, 'instances/main/service.json')).mode & 0o777).toBe(0o600);

    const [exportBeside, backupBeside] = await Promise.all([cli('export', ['--map', SEED_MAP, 'json', '--out', exported]), cli('backup', ['--out', backup])]);
    expect(exportBeside.code, exportBeside.stderr).toBe(0);
    expect(exportBeside.stderr).toMatch(/Using the Neo4j of the running Alliance Atlas/);
    expect(backupBeside.code, backupBeside.stderr).toBe(0);
    expect(statSync(backup).mode & 0o777).toBe(0o600);

    const before = await nodeNow();
    const patched = await fetch(`${url}api/maps/${SEED_MAP}/nodes/${NODE}`, {
      method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ version: before.version, changes: { name: 'Changed beside the command line' } }),
    });
    expect(patched.status).toBe(200);
    expect((await nodeNow()).name).toBe('Changed beside the command line');

    const refused = await cli('restore', [backup]);
    expect(refused.code).toBe(EXIT.failed);
    expect(refused.stderr).toMatch(/--force/);
    const restored = await cli('restore', [backup, '--force']);
    expect(restored.code, restored.stderr).toBe(0);
    expect((await nodeNow()).name).toBe(before.name);

    const [dumpBeside, seedBeside] = await Promise.all([cli('backup', ['--dump', '--out', dump]), cli('seed', [])]);
    expect(dumpBeside.code).toBe(EXIT.storeInUse);
    expect(dumpBeside.stderr).toMatch(/Alliance Atlas is running .*portable backup/);
    expect(existsSync(dump)).toBe(false);
    expect(seedBeside.code, seedBeside.stderr).toBe(0);
    expect(seedBeside.stdout).toMatch(/left alone: the map holds data/);
    expect(`${seedBeside.stderr}${seedBeside.stdout}`).not.toMatch(/lock|at org\.neo4j|Exception/i);
  }, 240_000);

  it('dumps the stopped store, loads the dump back, and the store exports as before; the run file is gone', async () => {
    await stopService();
    expect(existsSync(path.join(rt, 'instances/main/service.json'))).toBe(false);
    const dumped = await cli('backup', ['--dump', '--out', dump]);
    expect(dumped.code, dumped.stderr).toBe(0);
    expect(statSync(dump).mode & 0o777).toBe(0o600);
    writeFileSync(path.join(rt, 'not-a-backup.txt'), 'hello');
    const [badArguments, invalidFile, unreachable] = await Promise.all([
      cli('backup', ['--bogus']),
      cli('restore', [path.join(rt, 'not-a-backup.txt'), '--force']),
      cli('export', ['--map', SEED_MAP, 'json'], { NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'x' }),
    ]);
    expect([badArguments.code, invalidFile.code, unreachable.code]).toEqual([EXIT.badArguments, EXIT.invalidFile, EXIT.unreachable]);
    expect(`${badArguments.stderr}${invalidFile.stderr}${unreachable.stderr}`).not.toMatch(/\n\s+at /);

    const loaded = await cli('restore', [dump, '--force']);
    expect(loaded.code, loaded.stderr).toBe(0);
    const again = path.join(rt, 'again.json');
    const exportedAgain = await cli('export', ['--map', SEED_MAP, 'json', '--out', again]);
    expect(exportedAgain.code, exportedAgain.stderr).toBe(0);
    expect(canonical(readFileSync(again, 'utf8'))).toEqual(canonical(readFileSync(exported, 'utf8')));
  }, 240_000);
});
