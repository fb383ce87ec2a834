/**
 * Who has the managed Neo4j's store open, and running work on it stopped: a dump or a load needs
 * the database stopped (Neo4j Community). A running `npm start` is never stopped from here (the
 * command refuses, and the portable backup works beside it); a detached Neo4j (npm run
 * neo4j:start) is stopped for the work and started again after it.
 */
import type { Config } from '../graph-service/src/config.ts';
import { detachedInstance, instancePassword, mainInstanceOptions, portIsFree, startNeo4j } from '../graph-service/src/neo4j/runtime.ts';
import { runningService } from '../graph-service/src/neo4j/serviceRun.ts';
import { CommandError, EXIT } from './exitCodes.ts';

/** Stops the detached instance (SIGTERM, then SIGKILL after 30 s); false if none was running. */
export async function stopDetached(): Promise<boolean> {
  const running = detachedInstance('main');
  if (!running) return false;
  process.kill(running.pid, 'SIGTERM');
  for (let i = 0; i < 60 && detachedInstance('main'); i++) await new Promise((r) => setTimeout(r, 500));
  if (detachedInstance('main')) process.kill(running.pid, 'SIGKILL');
  return true;
}

/** Runs `work` with the managed store closed, refusing when a service has it open. */
export async function withStoreStopped<T>(config: Config, what: string, work: () => T | Promise<T>, log: (line: string) => void): Promise<T> {
  const service = runningService();
  if (service) {
    throw new CommandError(EXIT.storeInUse, `${what}: Alliance Atlas is running (pid ${service.pid}, ${service.url}) and has the database open; ` +
      'Neo4j Community needs it stopped for this. Stop it (Ctrl-C where it runs) and run this again, or use the portable backup, which works while it runs.');
  }
  const detached = await stopDetached();
  if (detached) log('Stopped the Neo4j started by npm run neo4j:start; it is started again afterwards.');
  else if (instancePassword('main') && !(await portIsFree(config.NEO4J_BOLT_PORT))) {
    throw new CommandError(EXIT.storeInUse, `${what}: something answers on the managed Neo4j's port ${config.NEO4J_BOLT_PORT} (an Alliance Atlas started before run files, or another program): stop it first.`);
  }
  try {
    return await work();
  } finally {
    if (detached) {
      const started = await startNeo4j({ ...mainInstanceOptions(config), detached: true, log });
      log(`Neo4j is running again at ${started.uri} (pid ${started.pid}).`);
    }
  }
}
