import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySchema, schemaStatements } from '../../graph-service/src/repositories/schemaRepository.ts';
import { readSeed } from '../../seed/dataset.ts';
import { isEmpty, loadSeed } from '../../seed/loader.ts';
import { testDatabase } from '../support/db.ts';

const db = testDatabase();
const dataset = readSeed();

beforeAll(async () => {
  await db.driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database: db.database });
});
afterAll(() => db.driver.close());

describe('schema and seed on a real Neo4j', () => {
  it('applies the schema twice without error and creates the constraints and the full-text index', async () => {
    await applySchema(db.driver, db.database);
    await applySchema(db.driver, db.database);
    const { records } = await db.driver.executeQuery('SHOW INDEXES YIELD name RETURN collect(name) AS names', {}, { database: db.database });
    const names = records[0].get('names') as string[];
    expect(names).toContain('entity_search');
    expect(names).toContain('organisation_name');
    expect(schemaStatements().length).toBe(names.filter((n) => !n.startsWith('index_')).length);
  });

  it('loads every node and tie of the dataset into an empty database', async () => {
    expect(await isEmpty(db.driver, db.database)).toBe(true);
    const result = await loadSeed(db.driver, db.database, dataset);
    expect(result.nodesWritten).toBe(dataset.nodes.length);
    expect(result.tiesWritten).toBe(dataset.ties.length);
    const { records } = await db.driver.executeQuery(
      'MATCH (n:Entity) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS ties', {}, { database: db.database });
    expect(records[0].get('nodes').toNumber()).toBe(dataset.nodes.length);
    expect(records[0].get('ties').toNumber()).toBe(dataset.ties.length);
  });

  it('changes nothing when run a second time', async () => {
    const before = await db.driver.executeQuery('MATCH (n:Entity) RETURN max(n.updatedAt) AS t', {}, { database: db.database });
    const result = await loadSeed(db.driver, db.database, dataset);
    expect(result).toEqual({ nodesWritten: 0, tiesWritten: 0, propertiesSet: 0 });
    const after = await db.driver.executeQuery('MATCH (n:Entity) RETURN max(n.updatedAt) AS t', {}, { database: db.database });
    expect(after.records[0].get('t')).toBe(before.records[0].get('t'));
  });

  it('gives every node an id, a name, created and updated times, a source and a version', async () => {
    const { records } = await db.driver.executeQuery(
      `MATCH (n:Entity) WHERE n.id IS NULL OR n.name IS NULL OR n.createdAt IS NULL OR n.updatedAt IS NULL OR n.source IS NULL OR n.version IS NULL
       RETURN count(n) AS incomplete`, {}, { database: db.database });
    expect(records[0].get('incomplete').toNumber()).toBe(0);
  });

  it('rejects a duplicate id through the uniqueness constraint', async () => {
    const id = dataset.nodes[0].id;
    await expect(db.driver.executeQuery('CREATE (:Entity:Organisation {id: $id, name: "dup"})', { id }, { database: db.database }))
      .rejects.toThrow(/already exists/);
  });
});
