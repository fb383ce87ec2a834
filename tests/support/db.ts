/** What tests that talk to the run's real Neo4j share: the connection, the seed's maps, and an empty database with them loaded. */
import neo4j from 'neo4j-driver';
import { inject } from 'vitest';
import type { Database } from '../../graph-service/src/db/connection.ts';
import { applySchema } from '../../graph-service/src/repositories/schemaRepository.ts';
import { readSeed, type Seed, type SeedDataset, type SeedMap } from '../../seed/dataset.ts';
import { loadSeed } from '../../seed/loader.ts';

export function testDatabase(): Database {
  const info = inject('neo4j');
  return { driver: neo4j.driver(info.uri, neo4j.auth.basic(info.username, info.password)), database: info.database, uri: info.uri };
}

/** The seed's four maps (seed/maps.yaml), each with its records: Battersea first. */
export const SEED_MAPS: readonly SeedMap[] = readSeed().maps;
/** Most seed ids the tests use are in this map. */
export const SEED_MAP = 'battersea-alliance';

/** The records of the seed map made of these documents. */
export function seedMapDataset(seed: Seed, documents: readonly string[]): SeedDataset {
  const map = seed.maps.find((m) => m.documents.length === documents.length && m.documents.every((d) => documents.includes(d)));
  if (!map) throw new Error(`tests: no seed map is made of exactly ${documents.join(', ')}`);
  return { nodes: map.nodes, ties: map.ties };
}

/** Empties the database and loads all four seed maps. */
export async function resetAndSeed(db: Database): Promise<void> {
  await db.driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database: db.database });
  await applySchema(db.driver, db.database);
  await loadSeed(db.driver, db.database, readSeed());
}
