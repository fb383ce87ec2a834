/**
 * A Neo4j for benchmarks: the one NEO4J_URI names (its data is wiped, so point it at a throwaway
 * database), else a fresh managed instance "bench" on a free port, stopped by `close()`.
 */
import neo4j from 'neo4j-driver';
import type { Database } from '../../graph-service/src/db/connection.ts';
import { applySchema } from '../../graph-service/src/repositories/schemaRepository.ts';
import { startThrowawayNeo4j } from '../../graph-service/src/neo4j/throwaway.ts';

export interface BenchDatabase extends Database {
  close(): Promise<void>;
  /** Deletes every node and tie, in batches so a large graph does not need one huge transaction. */
  wipe(): Promise<void>;
}

/** `name` tells two instances of one run apart. */
export async function benchDatabase(name = 'bench', memory = { heap: '2g', pageCache: '1g' }): Promise<BenchDatabase> {
  const store = await startThrowawayNeo4j({ name, ...memory });
  const { uri, database } = store;
  const driver = neo4j.driver(uri, neo4j.auth.basic(store.username, store.password));
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
      await store.stop();
    },
  };
  await db.wipe();
  return db;
}
