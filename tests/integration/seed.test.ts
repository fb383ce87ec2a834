import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySchema, schemaStatements } from '../../graph-service/src/repositories/schemaRepository.ts';
import { readSeed, seedMap } from '../../seed/dataset.ts';
import { isEmpty, loadSeed } from '../../seed/loader.ts';
import { testDatabase } from '../support/db.ts';

const db = testDatabase();
const dataset = readSeed();
const run = async (cypher: string, params: Record<string, unknown> = {}) => (await db.driver.executeQuery(cypher, params, { database: db.database })).records;
const total = (pick: (map: (typeof dataset.maps)[number]) => unknown[]) => dataset.maps.reduce((sum, map) => sum + pick(map).length, 0);

beforeAll(async () => {
  await run('MATCH (n) DETACH DELETE n');
});
afterAll(() => db.driver.close());

describe('schema and seed on a real Neo4j', () => {
  it('applies the schema twice without error and creates the constraints and the full-text index', async () => {
    await applySchema(db.driver, db.database);
    await applySchema(db.driver, db.database);
    const names = (await run('SHOW INDEXES YIELD name RETURN collect(name) AS names'))[0].get('names') as string[];
    expect(names).toContain('entity_map_search');
    expect(names).toContain('organisation_map_name');
    expect(names).not.toContain('entity_search');
    expect(schemaStatements().length).toBe(names.filter((n) => !n.startsWith('index_')).length);
  });

  it('loads the four maps, each node and tie once per map it is in, into an empty database', async () => {
    expect(await isEmpty(db.driver, db.database)).toBe(true);
    const result = await loadSeed(db.driver, db.database, dataset);
    expect(result.mapsWritten).toBe(4);
    expect(result.nodesWritten).toBe(total((m) => m.nodes));
    expect(result.tiesWritten).toBe(total((m) => m.ties));
    const [counts] = await run('MATCH (n:Entity) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS ties');
    expect(counts.get('nodes').toNumber()).toBe(total((m) => m.nodes));
    expect(counts.get('ties').toNumber()).toBe(dataset.ties.length);
    expect(await isEmpty(db.driver, db.database)).toBe(false);
  });

  it('gives each map its record and its own nodes and ties', async () => {
    const maps = await run('MATCH (m:Map) RETURN m.id AS id, m.title AS title, m.owner AS owner, m.archived AS archived, m.version AS version ORDER BY id');
    expect(maps.map((m) => m.get('id'))).toEqual(['battersea-alliance', 'empowered-communities-southampton', 'mutualgain-west-london', 'team-hackney']);
    expect(maps.every((m) => m.get('archived') === false && m.get('version').toNumber() === 1)).toBe(true);
    expect(maps.find((m) => m.get('id') === 'team-hackney')?.get('owner')).toBe('Team Hackney');
    for (const map of dataset.maps) {
      const [row] = await run('MATCH (n:Entity {map: $map}) WITH count(n) AS nodes MATCH ()-[r {map: $map}]->() RETURN nodes, count(r) AS ties', { map: map.id });
      expect([row.get('nodes').toNumber(), row.get('ties').toNumber()], map.id).toEqual([map.nodes.length, map.ties.length]);
    }
  });

  it('keeps every tie between two nodes of its own map, and copies shared nodes as they are', async () => {
    const [crossing] = await run('MATCH (a)-[r]->(b) WHERE r.map IS NULL OR a.map <> r.map OR b.map <> r.map RETURN count(r) AS n');
    expect(crossing.get('n').toNumber()).toBe(0);
    // area-london is defined by Battersea's document and named by the other London maps' ties.
    const london = await run("MATCH (n:Area {id: 'area-london'}) RETURN n.map AS map, n.name AS name, n.source AS source ORDER BY map");
    expect(london.map((r) => r.get('map'))).toEqual(['battersea-alliance', 'mutualgain-west-london', 'team-hackney']);
    expect(new Set(london.map((r) => `${r.get('name')}|${r.get('source')}`)).size).toBe(1);
    expect(seedMap(dataset, 'empowered-communities-southampton').nodes.some((n) => n.id === 'area-london')).toBe(false);
  });

  it('changes nothing when run a second time', async () => {
    const before = await run('MATCH (n:Entity) RETURN max(n.updatedAt) AS t');
    const { mapsWritten, nodesWritten, tiesWritten, propertiesSet } = await loadSeed(db.driver, db.database, dataset);
    expect({ mapsWritten, nodesWritten, tiesWritten, propertiesSet }).toEqual({ mapsWritten: 0, nodesWritten: 0, tiesWritten: 0, propertiesSet: 0 });
    const after = await run('MATCH (n:Entity) RETURN max(n.updatedAt) AS t');
    expect(after[0].get('t')).toBe(before[0].get('t'));
  });

  it('gives every node a map, an id, a name, created and updated times, a source and a version', async () => {
    const [row] = await run(
      `MATCH (n:Entity) WHERE n.map IS NULL OR n.id IS NULL OR n.name IS NULL OR n.createdAt IS NULL OR n.updatedAt IS NULL OR n.source IS NULL OR n.version IS NULL
       RETURN count(n) AS incomplete`);
    expect(row.get('incomplete').toNumber()).toBe(0);
  });

  it('rejects a duplicate id within a map through the uniqueness constraint, and allows it in another map', async () => {
    const id = seedMap(dataset, 'battersea-alliance').nodes[0].id;
    await expect(run('CREATE (:Entity:Organisation {map: "battersea-alliance", id: $id, name: "dup"})', { id })).rejects.toThrow(/already exists/);
    await run('CREATE (:Entity:Organisation {map: "another-map", id: $id, name: "same id elsewhere"})', { id });
    await run('MATCH (n:Entity {map: "another-map", id: $id}) DELETE n', { id });
  });
});
