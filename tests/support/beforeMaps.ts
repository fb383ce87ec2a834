/**
 * A database as it was before maps, for the migration's tests: the old constraints (one id space)
 * and the seed's records written once each, with no `map` on any node or tie.
 */
import type { Database } from '../../graph-service/src/db/connection.ts';
import { NODE_LABELS, TIE_TYPE_NAMES } from '../../graph-service/src/model/model.ts';
import type { Seed } from '../../seed/dataset.ts';
import { seedRows } from '../../seed/loader.ts';

/** The constraints and indexes the store had before maps. */
function oldSchema(): string[] {
  return [
    'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
    ...NODE_LABELS.flatMap((label) => [
      `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
      `CREATE INDEX ${label.toLowerCase()}_name IF NOT EXISTS FOR (n:${label}) ON (n.name)`,
    ]),
    ...TIE_TYPE_NAMES.map((type) => `CREATE CONSTRAINT tie_${type.toLowerCase()}_id IF NOT EXISTS FOR ()-[r:${type}]-() REQUIRE r.id IS UNIQUE`),
    `CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:${NODE_LABELS.join('|')}) ON EACH [n.name, n.description, n.aliasText]`,
  ];
}

type Run = (cypher: string, params?: Record<string, unknown>) => Promise<unknown>;
const runner = (db: Database) => (cypher: string, params: Record<string, unknown> = {}) => db.driver.executeQuery(cypher, params, { database: db.database });

/** Empties the database and puts back the old schema in place of the current one. */
export async function useOldSchema(db: Database): Promise<void> {
  const run = runner(db);
  await run('MATCH (n) DETACH DELETE n');
  const constraints = await run('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names');
  for (const name of constraints.records[0].get('names') as string[]) await run(`DROP CONSTRAINT ${name}`);
  const indexes = await run("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN collect(name) AS names");
  for (const name of indexes.records[0].get('names') as string[]) await run(`DROP INDEX ${name}`);
  for (const statement of oldSchema()) await run(statement);
}

/**
 * Empties the database and writes the seed's records the old way. Under the current schema too:
 * its constraints are on (map, id), which records without `map` never clash on.
 */
export async function writeRecordsBeforeMaps(db: Database, seed: Seed): Promise<void> {
  const run: Run = runner(db);
  await run('MATCH (n) DETACH DELETE n');
  // Every record once, as its document defines it: the old seed had one id space.
  const [rows] = seedRows([{ id: 'one-id-space', title: 'before maps', documents: [], nodes: seed.nodes, ties: seed.ties }]);
  const byLabel = new Map<string, typeof rows.nodes>();
  for (const node of rows.nodes) byLabel.set(node.label, [...(byLabel.get(node.label) ?? []), node]);
  const byType = new Map<string, typeof rows.ties>();
  for (const tie of rows.ties) byType.set(tie.type, [...(byType.get(tie.type) ?? []), tie]);
  const now = '2025-01-01T00:00:00.000Z';
  for (const [label, list] of byLabel) {
    const props = list.map(({ props: { map: _map, ...rest } }) => rest);
    await run(`UNWIND $rows AS row MERGE (n:Entity:${label} {id: row.id}) SET n += row, n.createdAt = $now, n.updatedAt = $now, n.version = 1`, { rows: props, now });
  }
  for (const [type, list] of byType) {
    const ties = list.map(({ from, to, props: { map: _map, ...props } }) => ({ from, to, props }));
    await run(
      `UNWIND $rows AS row MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
       MERGE (a)-[r:${type} {id: row.props.id}]->(b) SET r += row.props, r.createdAt = $now, r.updatedAt = $now, r.version = 1`,
      { rows: ties, now },
    );
  }
}
