/**
 * Finds the Neo4j to use: the one NEO4J_URI names, a detached managed instance
 * (npm run neo4j:start), or a managed instance started now as a child process.
 */
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config.ts';
import { detachedInstance, instancePassword, mainInstanceOptions, waitForBolt, type RunningNeo4j } from '../neo4j/runtime.ts';
import { superviseNeo4j } from '../neo4j/supervisor.ts';
import { openDriver } from './driver.ts';

export interface Database {
  driver: Driver;
  database: string;
  uri: string;
  /** Set when this process started the server (and restarts it when it dies: neo4j/supervisor.ts); stop() ends it. */
  managed?: RunningNeo4j;
}

export async function openDatabase(config: Config, log: (line: string) => void = console.log): Promise<Database> {
  if (config.NEO4J_URI) {
    // loadConfig refuses NEO4J_URI without NEO4J_PASSWORD.
    const driver = openDriver(config.NEO4J_URI, config.NEO4J_USERNAME, config.NEO4J_PASSWORD ?? '');
    try {
      await driver.verifyConnectivity({ database: config.NEO4J_DATABASE });
    } catch (error) {
      await driver.close();
      throw new Error(`database: cannot reach Neo4j at ${config.NEO4J_URI}: ${(error as Error).message}`);
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
  const started = Date.now();
  const managed = await superviseNeo4j({ ...mainInstanceOptions(config), log });
  log(`Neo4j ${managed.uri} ready in ${((Date.now() - started) / 1000).toFixed(1)}s (pid ${managed.pid}).`);
  return { driver: openDriver(managed.uri, managed.username, managed.password), database: 'neo4j', uri: managed.uri, managed };
}

export async function closeDatabase(db: Database): Promise<void> {
  await db.driver.close();
  await db.managed?.stop();
}
