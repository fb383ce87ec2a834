/** Constraints and indexes, applied idempotently at every start-up: Cypher, so it lives with the other repositories. */
import type { Driver } from 'neo4j-driver';
import { NODE_LABELS, TIE_TYPE_NAMES } from '../model/model.ts';

/** Every node carries :Entity besides its own label, so one index finds any node by id. */
export const ENTITY_LABEL = 'Entity';
export const SEARCH_INDEX = 'entity_search';

export function schemaStatements(): string[] {
  const statements = [
    `CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:${ENTITY_LABEL}) REQUIRE n.id IS UNIQUE`,
  ];
  for (const label of NODE_LABELS) {
    statements.push(`CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`);
    statements.push(`CREATE INDEX ${label.toLowerCase()}_name IF NOT EXISTS FOR (n:${label}) ON (n.name)`);
  }
  // Ties are found by id for edits; a uniqueness constraint per type gives each an index too.
  for (const type of TIE_TYPE_NAMES) {
    statements.push(`CREATE CONSTRAINT tie_${type.toLowerCase()}_id IF NOT EXISTS FOR ()-[r:${type}]-() REQUIRE r.id IS UNIQUE`);
  }
  statements.push(
    `CREATE FULLTEXT INDEX ${SEARCH_INDEX} IF NOT EXISTS FOR (n:${NODE_LABELS.join('|')}) ON EACH [n.name, n.description, n.aliasText]`,
  );
  return statements;
}

export async function applySchema(driver: Driver, database: string): Promise<void> {
  for (const statement of schemaStatements()) {
    await driver.executeQuery(statement, {}, { database });
  }
  await driver.executeQuery('CALL db.awaitIndexes(60)', {}, { database });
}
