/**
 * A Neo4j for benchmarks: the one NEO4J_URI names (its data is wiped, so point it at a throwaway
 * database), else a fresh managed instance "bench" on a free port, stopped by `close()`.
 */
import { rmSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import type { Database } from '../../graph-service/src/db/connection.ts';
import { applySchema } from '../../graph-service/src/db/schema.ts';
import { instanceHome, startNeo4j, type RunningNeo4j } from '../../graph-service/src/neo4j/runtime.ts';
import net from 'node:net';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}

export interface BenchDatabase extends Database {
  close(): Promise<void>;
  /** Deletes every node and tie, in batches so a large graph does not need one huge transaction. */
  wipe(): Promise<void>;
}

export async function benchDatabase(): Promise<BenchDatabase> {
  let running: RunningNeo4j | undefined;
  let uri: string, username: string, password: string;
  const database = process.env.NEO4J_DATABASE ?? 'neo4j';
  const instance = `bench-${process.pid}`;
  if (process.env.NEO4J_URI) {
    ({ NEO4J_URI: uri, NEO4J_USERNAME: username = 'neo4j', NEO4J_PASSWORD: password = '' } = process.env as Record<string, string>);
  } else {
    rmSync(instanceHome(instance), { recursive: true, force: true });
    running = await startNeo4j({ name: instance, boltPort: await freePort(), heap: '2g', pageCache: '1g', log: () => {} });
    ({ uri, username, password } = running);
  }
  const driver = neo4j.driver(uri, neo4j.auth.basic(username, password));
  await driver.verifyConnectivity();
  const db: BenchDatabase = {
    driver,
    database,
    uri,
    async wipe() {
      // CALL … IN TRANSACTIONS needs an implicit (auto-commit) transaction: session.run, not executeQuery.
      const session = driver.session({ database });
      try {
        await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
      } finally {
        await session.close();
      }
      await applySchema(driver, database);
    },
    async close() {
      await driver.close();
      if (running) {
        await running.stop();
        rmSync(instanceHome(instance), { recursive: true, force: true });
      }
    },
  };
  await db.wipe();
  return db;
}
