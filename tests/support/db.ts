/** What tests that talk to the run's real Neo4j share: the connection, and an empty database with the seed's four maps. */
import neo4j from 'neo4j-driver';
import { inject } from 'vitest';
import type { Database } from '../../graph-service/src/db/connection.ts';
import { applySchema } from '../../graph-service/src/repositories/schemaRepository.ts';
import { readSeed, seedMap } from '../../seed/dataset.ts';
import { loadSeed } from '../../seed/loader.ts';

export function testDatabase(): Database {
  const info = inject('neo4j');
  return { driver: neo4j.driver(info.uri, neo4j.auth.basic(info.username, info.password)), database: info.database, uri: info.uri };
}

export { seedMap };
/** The seed's four maps (seed/maps.yaml), in the file's order. */
export const SEED_MAPS = readSeed().maps;
/** Most seed ids the tests use are in this map. */
export const SEED_MAP = SEED_MAPS[0].id;

/** Empties the database and loads all four seed maps. */
export async function resetAndSeed(db: Database): Promise<void> {
  await db.driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database: db.database });
  await applySchema(db.driver, db.database);
  await loadSeed(db.driver, db.database, readSeed());
}
