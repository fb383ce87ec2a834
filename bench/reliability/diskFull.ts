/**
 * The disk-full fault: a managed Neo4j whose whole instance folder (store, transaction logs, its
 * own logs) is a tmpfs of FAULT_DISK_MB (64 by default) mounted for the run, filled with a file
 * while readers and writers call the service. Every answer must come (no hang) as 2xx, 503 or 507;
 * once the file is removed, the time until a write succeeds again is the recovery. Needs the right
 * to mount (root, or a user namespace); without it the scenario says so and does not run.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { buildApp } from '../../graph-service/src/app.ts';
import { openDriver } from '../../graph-service/src/db/driver.ts';
import { instanceHome } from '../../graph-service/src/neo4j/runtime.ts';
import { superviseNeo4j, type SupervisedNeo4j } from '../../graph-service/src/neo4j/supervisor.ts';
import { freePort } from '../../graph-service/src/neo4j/throwaway.ts';
import { applySchema } from '../../graph-service/src/repositories/schemaRepository.ts';
import { readSeed } from '../../seed/dataset.ts';
import { loadSeed } from '../../seed/loader.ts';
import { call, postJson, sleep, Tally, until, type FaultFigures } from './faultSupport.ts';

/** Writes 1 MiB blocks into `file` until the disk refuses; the bytes written. */
function fill(file: string): number {
  const block = Buffer.alloc(1 << 20, 7);
  const fd = openSync(file, 'w');
  let written = 0;
  try {
    for (;;) written += writeSync(fd, block);
  } catch (error) {
    if ((error as { code?: string }).code !== 'ENOSPC') throw error;
  } finally {
    closeSync(fd);
  }
  return written;
}

export async function diskFilled(sizeMb = Number(process.env.FAULT_DISK_MB ?? 64), callForMs = 15_000): Promise<FaultFigures> {
  const scenario = `the managed Neo4j's disk filled (tmpfs of ${sizeMb} MiB)`;
  const name = `fault-disk-${process.pid}`;
  const home = instanceHome(name);
  rmSync(home, { recursive: true, force: true });
  mkdirSync(home, { recursive: true, mode: 0o700 });
  const mount = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeMb}m,mode=0700`, 'tmpfs', home], { encoding: 'utf8' });
  if (mount.status !== 0) {
    rmSync(home, { recursive: true, force: true });
    return { scenario, requests: 0, served: 0, p95Ms: 0, maxMs: 0, errors: {}, notes: [`not run: mounting a tmpfs was refused (${(mount.stderr || mount.error?.message || '').trim()}); run as root or in a user namespace that may mount`] };
  }
  const notes: string[] = [];
  const seed = readSeed();
  const map = seed.maps[0].id;
  let running: SupervisedNeo4j | undefined;
  const boltPort = await freePort();
  // Neo4j preallocates 256 MiB transaction logs by default, which a small disk refuses at start-up.
  const extraConf = ['db.tx_log.preallocate=false', 'db.tx_log.rotation.size=4M'];
  // Supervised as npm start runs it, so a panic after the disk filled is recovered by the service itself.
  const start = () => superviseNeo4j({ name, boltPort, heap: '512m', pageCache: '16m', extraConf });
  try {
    running = await start();
    const driver = openDriver(running.uri, running.username, running.password);
    const db = { driver, database: 'neo4j', uri: running.uri, managed: running };
    await applySchema(driver, 'neo4j');
    await loadSeed(driver, 'neo4j', seed);
    const app = await buildApp({ db });
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const filler = path.join(home, 'filler');
      notes.push(`filled ${(fill(filler) / 2 ** 20).toFixed(0)} MiB, leaving the store no room`);
      const tally = new Tally();
      const deadline = performance.now() + callForMs;
      let n = 0;
      const loop = async (write: boolean) => {
        while (performance.now() < deadline) {
          const res = write
            ? await call(`${base}/api/maps/${map}/nodes`, postJson({ nodeType: 'Organisation', name: `Disk fault ${n++}`, source: 'fault bench' }), 20_000)
            : await call(`${base}/api/maps/${map}/graph`, {}, 20_000);
          tally.add(res.code, res.ms);
          await sleep(100);
        }
      };
      await Promise.all([loop(true), loop(true), loop(false), loop(false)]);
      rmSync(filler);
      const freedAt = performance.now();
      let recoveredAt: number | undefined;
      const writes = async () => {
        const res = await call(`${base}/api/maps/${map}/nodes`, postJson({ nodeType: 'Organisation', name: `Disk fault after ${n++}`, source: 'fault bench' }), 20_000);
        tally.add(res.code, res.ms);
        if (res.code === 201) recoveredAt = performance.now();
        return res.code === 201;
      };
      if (!(await until(writes, 180_000, 500))) notes.push('writes did not work again within 180 s of freeing space');
      if (running.restarts > 0) notes.push(`the service had its Neo4j restarted ${running.restarts} time(s) after it reported a critical error`);
      return { scenario, ...tally.summary(), recoveryMs: recoveredAt && recoveredAt - freedAt, notes };
    } finally {
      await app.close();
      await driver.close();
    }
  } finally {
    await running?.stop();
    spawnSync('umount', [home]);
    rmSync(home, { recursive: true, force: true });
  }
}
