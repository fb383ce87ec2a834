/**
 * npm run seed: load the seed's maps (seed/maps.yaml, seed/data) into Neo4j. Idempotent: a second
 * run changes nothing. A database from before maps is moved into maps first, as at start-up.
 */
import { loadConfig } from '../graph-service/src/config.ts';
import { closeDatabase, openDatabase } from '../graph-service/src/db/connection.ts';
import { migrateToMaps } from '../graph-service/src/migrations/toMaps.ts';
import { applySchema } from '../graph-service/src/repositories/schemaRepository.ts';
import { readSeed } from '../seed/dataset.ts';
import { loadSeed } from '../seed/loader.ts';

try {
  const dataset = readSeed();
  const db = await openDatabase(loadConfig());
  try {
    await applySchema(db.driver, db.database);
    await migrateToMaps(db.driver, db.database, { documentMaps: dataset.maps, log: console.log });
    const result = await loadSeed(db.driver, db.database, dataset);
    for (const map of dataset.maps) console.log(`  ${map.id}: ${map.nodes.length} nodes, ${map.ties.length} ties`);
    console.log(`Seed: ${dataset.maps.length} maps read; ${result.mapsWritten} maps, ${result.nodesWritten} nodes and ${result.tiesWritten} ties written (${result.propertiesSet} properties set).`);
  } finally {
    await closeDatabase(db);
  }
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
