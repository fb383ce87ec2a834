/**
 * Finds the Neo4j to use: the one NEO4J_URI names, a detached managed instance
 * (npm run neo4j:start), the managed instance a running `npm start` runs (its run file, or its
 * bolt port answering with the instance's password), or a managed instance started now as a child process.
 */
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config.ts';
import { detachedInstance, instancePassword, mainInstanceOptions, portIsFree, waitForBolt, type RunningNeo4j } from '../neo4j/runtime.ts';
import { runningService } from '../neo4j/serviceRun.ts';
import { superviseNeo4j } from '../neo4j/supervisor.ts';
import { openDriver } from './driver.ts';

/** The database could not be reached (or the managed one started): the command line exits with its own code. */
export class DatabaseUnreachableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseUnreachableError';
  }
}

export interface Database {
  driver: Driver;
  database: string;
  uri: string;
  /** Set when this process started the server (and restarts it when it dies: neo4j/supervisor.ts); stop() ends it. */
  managed?: RunningNeo4j;
}

export interface OpenOptions {
  /** For the command line: use the Neo4j of a running `npm start` rather than start another on its store. */
  shareWithService?: boolean;
}

export async function openDatabase(config: Config, log: (line: string) => void = console.log, options: OpenOptions = {}): Promise<Database> {
  if (config.NEO4J_URI) {
    // loadConfig refuses NEO4J_URI without NEO4J_PASSWORD.
    const driver = openDriver(config.NEO4J_URI, config.NEO4J_USERNAME, config.NEO4J_PASSWORD ?? '');
    try {
      await driver.verifyConnectivity({ database: config.NEO4J_DATABASE });
    } catch (error) {
      await driver.close();
      throw new DatabaseUnreachableError(`database: cannot reach Neo4j at ${config.NEO4J_URI}: ${(error as Error).message}`);
    }
    return { driver, database: config.NEO4J_DATABASE, uri: config.NEO4J_URI };
  }
  const running = detachedInstance('main');
  const password = running && instancePassword('main');
  if (running && password) {
    const uri = `bolt://127.0.0.1:${running.boltPort}`;
    await waitForBolt(uri, 'neo4j', password, 60_000);
    log(`Using the Neo4j started by npm run neo4j:start (pid ${running.pid}).`);
    return { driver: openDriver(uri, 'neo4j', password), database: 'neo4j', uri };
  }
  const shared = options.shareWithService ? await sharedWithService(config, password || instancePassword('main'), log) : undefined;
  if (shared) return shared;
  const started = Date.now();
  const managed = await superviseNeo4j({ ...mainInstanceOptions(config), log });
  log(`Neo4j ${managed.uri} ready in ${((Date.now() - started) / 1000).toFixed(1)}s (pid ${managed.pid}).`);
  return { driver: openDriver(managed.uri, managed.username, managed.password), database: 'neo4j', uri: managed.uri, managed };
}

/**
 * The managed Neo4j of a running `npm start`, shared rather than started a second time: found by
 * its run file, or, for a service that left none, by the configured bolt port answering.
 */
async function sharedWithService(config: Config, password: string | undefined, log: (line: string) => void): Promise<Database | undefined> {
  if (!password) return undefined;
  const service = runningService();
  const port = service?.boltPort ?? config.NEO4J_BOLT_PORT;
  if (!service && (await portIsFree(port))) return undefined;
  const uri = `bolt://127.0.0.1:${port}`;
  try {
    await waitForBolt(uri, 'neo4j', password, service ? 30_000 : 5_000);
  } catch (error) {
    throw new DatabaseUnreachableError(service
      ? `database: Alliance Atlas is running (pid ${service.pid}, ${service.url}) but its Neo4j at ${uri} does not answer: ${(error as Error).message}`
      : `database: port ${port} is taken by something that is not this Atlas's Neo4j: stop it, or set NEO4J_BOLT_PORT to the port of the Neo4j to use.`);
  }
  log(service ? `Using the Neo4j of the running Alliance Atlas (pid ${service.pid}, ${service.url}).` : `Using the Neo4j already answering at ${uri}.`);
  return { driver: openDriver(uri, 'neo4j', password), database: 'neo4j', uri };
}

export async function closeDatabase(db: Database): Promise<void> {
  await db.driver.close();
  await db.managed?.stop();
}
