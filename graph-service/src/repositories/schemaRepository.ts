/** Constraints and indexes, applied idempotently at every start-up: Cypher, so it lives with the other repositories. */
import type { Driver } from 'neo4j-driver';
import { NODE_LABELS, TIE_TYPE_NAMES } from '../model/model.ts';
import { accountSchemaStatements } from './accountSchema.ts';
import { propertyIndex, uniqueConstraint } from './schemaStatements.ts';
import { madeAtTieTypes } from './tieRoles.ts';

/** Every node carries :Entity besides its own label, so one index finds any node by map and id. */
export const ENTITY_LABEL = 'Entity';
/** A map's own record (title, owner, ...); never an Entity, so no read of a map's data returns it. */
export const MAP_LABEL = 'Map';
/**
 * What the seed has written into a map (`forMap`, `nodeIds`, `tieIds`), so a record a user deleted is
 * never brought back; outside the map data (no `map` property), found through its own constraint.
 */
export const SEED_LEDGER_LABEL = 'SeedLedger';

/** A person's work contact details: never an Entity, never tied to data, found by (map, personId). */
export const CONTACT_LABEL = 'Contact';
/** Full text over names, descriptions and aliases, with the map id as a field so a search stays in its map. */
export const SEARCH_INDEX = 'entity_map_search';
/** A recorded change (historyRepository.ts): beside the data, never an Entity. */
export const CHANGE_LABEL = 'Change';

/** What the store had before maps: one id space. Dropped first, so ids may repeat across maps. */
export function legacySchemaStatements(): string[] {
  return [
    'DROP CONSTRAINT entity_id IF EXISTS',
    'DROP INDEX entity_search IF EXISTS',
    ...NODE_LABELS.flatMap((label) => [`DROP CONSTRAINT ${label.toLowerCase()}_id IF EXISTS`, `DROP INDEX ${label.toLowerCase()}_name IF EXISTS`]),
    ...TIE_TYPE_NAMES.map((type) => `DROP CONSTRAINT tie_${type.toLowerCase()}_id IF EXISTS`),
  ];
}

export function schemaStatements(): string[] {
  const statements = [
    uniqueConstraint('map_id', { node: MAP_LABEL }, 'id'),
    uniqueConstraint('entity_map_id', { node: ENTITY_LABEL }, 'map', 'id'),
    // A whole map is read from here: `MATCH (n:Entity {map: $map})`.
    propertyIndex('entity_map', { node: ENTITY_LABEL }, 'map'),
    uniqueConstraint('seed_ledger_map', { node: SEED_LEDGER_LABEL }, 'forMap'),
  ];
  for (const label of NODE_LABELS) {
    statements.push(uniqueConstraint(`${label.toLowerCase()}_map_id`, { node: label }, 'map', 'id'));
    statements.push(propertyIndex(`${label.toLowerCase()}_map_name`, { node: label }, 'map', 'name'));
  }
  // Ties are found by map and id for edits; a uniqueness constraint per type gives each an index too.
  for (const type of TIE_TYPE_NAMES) {
    statements.push(uniqueConstraint(`tie_${type.toLowerCase()}_map_id`, { tie: type }, 'map', 'id'));
  }
  // What an event or programme led to: its ties found by map and `madeAt`, one index per type that has it.
  for (const type of madeAtTieTypes()) {
    statements.push(propertyIndex(`tie_${type.toLowerCase()}_map_made_at`, { tie: type }, 'map', 'madeAt'));
  }
  // The history (historyRepository.ts): one change by id, a node's or tie's changes, the map's by time, an import's.
  statements.push(uniqueConstraint('change_map_id', { node: CHANGE_LABEL }, 'map', 'id'));
  for (const property of ['targetId', 'fromId', 'toId', 'at', 'importId']) {
    statements.push(propertyIndex(`change_map_${property.toLowerCase()}`, { node: CHANGE_LABEL }, 'map', property));
  }
  statements.push(...accountSchemaStatements());
  // A person's contact details, beside the map's data and never part of it (contactRepository.ts).
  statements.push(uniqueConstraint('contact_map_person', { node: CONTACT_LABEL }, 'map', 'personId'));
  statements.push(
    `CREATE FULLTEXT INDEX ${SEARCH_INDEX} IF NOT EXISTS FOR (n:${NODE_LABELS.join('|')}) ON EACH [n.name, n.description, n.aliasText, n.map]`,
  );
  return statements;
}

export async function applySchema(driver: Driver, database: string): Promise<void> {
  for (const statement of [...legacySchemaStatements(), ...schemaStatements()]) {
    await driver.executeQuery(statement, {}, { database });
  }
  await driver.executeQuery('CALL db.awaitIndexes(60)', {}, { database });
}
