/**
 * The run file of a running `npm start`: its pid, its address and the bolt port of the managed
 * Neo4j it runs, owner-only, removed when it stops. The command line reads it to share that
 * Neo4j instead of opening the store a second time (which Neo4j refuses with a store lock).
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { instanceHome } from './runtime.ts';

export interface ServiceRun {
  pid: number;
  /** The managed Neo4j's bolt port; the password is the instance's own (its `password` file). */
  boltPort: number;
  url: string;
  startedAt: string;
}

const runFile = () => path.join(instanceHome('main'), 'service.json');

/** Records this process as the running service; answers the function that removes the record. */
export function writeServiceRun(run: Omit<ServiceRun, 'pid' | 'startedAt'>): () => void {
  const record: ServiceRun = { pid: process.pid, startedAt: new Date().toISOString(), ...run };
  writeFileSync(runFile(), JSON.stringify(record), { mode: 0o600 });
  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    // Only this process's own record: a later service may have written its own since.
    if (runningService()?.pid === process.pid) rmSync(runFile(), { force: true });
  };
  process.once('exit', remove);
  return remove;
}

/** The running service's record, if the file is there and its process is alive (a stale file is ignored). */
export function runningService(): ServiceRun | undefined {
  const file = runFile();
  if (!existsSync(file)) return undefined;
  try {
    const run = JSON.parse(readFileSync(file, 'utf8')) as ServiceRun;
    if (!Number.isInteger(run.pid) || !Number.isInteger(run.boltPort)) return undefined;
    process.kill(run.pid, 0);
    return run;
  } catch {
    return undefined;
  }
}
