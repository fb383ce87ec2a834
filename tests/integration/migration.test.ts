import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toPlain } from '../../graph-service/src/db/values.ts';
import { BEFORE_MAPS, migrateToMaps, type MapsMigrationOptions } from '../../graph-service/src/migrations/toMaps.ts';
import { applySchema } from '../../graph-service/src/repositories/schemaRepository.ts';
import { readSeed } from '../../seed/dataset.ts';
import { loadSeed, seedRows } from '../../seed/loader.ts';
import { useOldSchema, writeRecordsBeforeMaps } from '../support/beforeMaps.ts';
import { testDatabase } from '../support/db.ts';

const db = testDatabase();
const seed = readSeed();
const run = async (cypher: string, params: Record<string, unknown> = {}) => (await db.driver.executeQuery(cypher, params, { database: db.database })).records;
const migrate = (options: MapsMigrationOptions = {}) => migrateToMaps(db.driver, db.database, { documentMaps: seed.maps, ...options });

/** A record's properties without the times and version a load sets, as sorted JSON. */
function content(props: Record<string, unknown>): string {
  const { createdAt: _c, updatedAt: _u, version: _v, ...rest } = toPlain(props) as Record<string, unknown>;
  return JSON.stringify(Object.fromEntries(Object.entries(rest).sort(([a], [b]) => a.localeCompare(b))));
}

/** Every node and tie in the database, by map, as comparable lines. */
async function snapshot(): Promise<{ nodes: string[]; ties: string[] }> {
  const nodes = await run('MATCH (n:Entity) RETURN n.map AS map, labels(n) AS labels, properties(n) AS props');
  const ties = await run('MATCH (a)-[r]->(b) RETURN r.map AS map, a.map AS fromMap, b.map AS toMap, type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props');
  return {
    nodes: nodes.map((r) => `${r.get('map')} ${[...r.get('labels')].sort().join(':')} ${content(r.get('props'))}`).sort(),
    ties: ties.map((r) => `${r.get('map')} ${r.get('fromMap')}/${r.get('from')} -${r.get('type')}-> ${r.get('toMap')}/${r.get('to')} ${content(r.get('props'))}`).sort(),
  };
}

/** What loading the seed's maps writes, in the same lines: what the migration must arrive at. */
function expected(): { nodes: string[]; ties: string[] } {
  const rows = seedRows(seed.maps);
  return {
    nodes: rows.flatMap((map) => map.nodes.map(({ label, props: p }) => `${p.map} ${['Entity', label].sort().join(':')} ${content(p)}`)).sort(),
    ties: rows.flatMap((map) => map.ties.map(({ type, from, to, props }) => `${props.map} ${props.map}/${from} -${type}-> ${props.map}/${to} ${content(props)}`)).sort(),
  };
}

// The first two tests take the whole way: old schema and records, the current schema applied, then the move.
beforeAll(async () => {
  await useOldSchema(db);
  await writeRecordsBeforeMaps(db, seed);
  await applySchema(db.driver, db.database);
});
afterAll(async () => {
  await run('MATCH (n) DETACH DELETE n');
  await applySchema(db.driver, db.database);
  await db.driver.close();
});

describe('moving a database from before maps into maps', () => {
  it('starts from the old shape: one id space, no map on any record, and the old constraints gone after the schema', async () => {
    const [row] = await run('MATCH (n:Entity) WHERE n.map IS NULL WITH count(n) AS nodes MATCH ()-[r]->() WHERE r.map IS NULL RETURN nodes, count(r) AS ties');
    expect([row.get('nodes').toNumber(), row.get('ties').toNumber()]).toEqual([seed.nodes.length, seed.ties.length]);
    const names = (await run('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names'))[0].get('names') as string[];
    expect(names).not.toContain('entity_id');
    expect(names).toContain('entity_map_id');
  });

  it('splits the seed into its four maps by document, exactly as loading the seed would, and a second run changes nothing', async () => {
    const first = await migrate({ batchSize: 500 });
    expect(first.nodesPlaced).toBe(seed.nodes.length);
    expect(first.tiesPlaced).toBe(seed.ties.length);
    expect(first.mapsCreated).toBe(4);
    expect(first.nodesCopied).toBe(seed.maps.reduce((n, m) => n + m.nodes.length, 0) - seed.nodes.length);
    const after = await snapshot();
    expect(after).toEqual(expected());
    const maps = await run('MATCH (m:Map) RETURN m.id AS id, m.title AS title, m.owner AS owner, m.archived AS archived ORDER BY id');
    expect(maps.map((m) => [m.get('id'), m.get('title'), m.get('owner'), m.get('archived')])).toEqual(
      [...seed.maps].sort((a, b) => a.id.localeCompare(b.id)).map((m) => [m.id, m.title, m.owner, false]));

    expect(await migrate()).toEqual({ nodesPlaced: 0, tiesPlaced: 0, nodesCopied: 0, mapsCreated: 0 });
    expect(await snapshot()).toEqual(after);
    // The records are the seed's own: a seed run afterwards writes no node and no tie.
    const reseed = await loadSeed(db.driver, db.database, seed);
    expect([reseed.nodesWritten, reseed.tiesWritten]).toEqual([0, 0]);
  });

  it('finishes the same way when interrupted midway through the nodes and again through the ties', async () => {
    await writeRecordsBeforeMaps(db, seed);
    const stopAt = (step: 'nodes' | 'ties', batch: number): MapsMigrationOptions['afterBatch'] => (at, done) => {
      if (at === step && done === batch) throw new Error(`interrupted after ${step} batch ${batch}`);
    };
    await expect(migrate({ batchSize: 40, afterBatch: stopAt('nodes', 2) })).rejects.toThrow(/interrupted after nodes/);
    const [half] = await run('MATCH (n:Entity) RETURN count(CASE WHEN n.map IS NULL THEN 1 END) AS left, count(n.map) AS placed');
    expect(half.get('placed').toNumber()).toBe(80);
    expect(half.get('left').toNumber()).toBe(seed.nodes.length - 80);

    await expect(migrate({ batchSize: 40, afterBatch: stopAt('ties', 3) })).rejects.toThrow(/interrupted after ties/);
    const [partway] = await run('MATCH ()-[r]->() RETURN count(CASE WHEN r.map IS NULL THEN 1 END) AS left');
    expect(partway.get('left').toNumber()).toBe(seed.ties.length - 120);

    await migrate({ batchSize: 40 });
    expect(await snapshot()).toEqual(expected());
    expect(await migrate()).toEqual({ nodesPlaced: 0, tiesPlaced: 0, nodesCopied: 0, mapsCreated: 0 });
  });

  it('puts what no document places into "Atlas (before maps)", with copies of the seed nodes its ties name', async () => {
    await writeRecordsBeforeMaps(db, seed);
    await run(`CREATE (n:Entity:Organisation {id: 'org-phone-tree', name: 'Phone tree', source: 'a phone call, 2024'})
               WITH n MATCH (p:Entity {id: 'org-providence-house'})
               CREATE (n)-[:CONNECTED_WITH {id: 'CONNECTED_WITH:org-phone-tree->org-providence-house', source: 'a phone call, 2024'}]->(p)`);
    await migrate();
    const placed = await run(`MATCH (n:Entity {map: $map}) RETURN n.id AS id ORDER BY id`, { map: BEFORE_MAPS.id });
    expect(placed.map((r) => r.get('id'))).toEqual(['org-phone-tree', 'org-providence-house']);
    const [tie] = await run(`MATCH (a:Entity {map: $map})-[r:CONNECTED_WITH {map: $map}]->(b:Entity {map: $map}) RETURN a.id AS a, b.id AS b`, { map: BEFORE_MAPS.id });
    expect([tie.get('a'), tie.get('b')]).toEqual(['org-phone-tree', 'org-providence-house']);
    const [map] = await run('MATCH (m:Map {id: $map}) RETURN m.title AS title', { map: BEFORE_MAPS.id });
    expect(map.get('title')).toBe('Atlas (before maps)');
    // The seed's own maps are as they would be without the extra records.
    const { nodes } = await snapshot();
    expect(nodes.filter((line) => !line.startsWith(BEFORE_MAPS.id))).toEqual(expected().nodes);
  });

  it('keeps a tie no document places in the map where both its ends are', async () => {
    await writeRecordsBeforeMaps(db, seed);
    await run(`MATCH (a:Entity {id: 'org-providence-house'}), (b:Entity {id: 'org-caius-house'})
               CREATE (a)-[:CONNECTED_WITH {id: 'CONNECTED_WITH:org-providence-house->org-caius-house', source: 'a meeting in 2024'}]->(b)`);
    await migrate();
    const [tie] = await run("MATCH (a)-[r:CONNECTED_WITH {id: 'CONNECTED_WITH:org-providence-house->org-caius-house'}]->(b) RETURN r.map AS map, a.map AS a, b.map AS b");
    expect([tie.get('map'), tie.get('a'), tie.get('b')]).toEqual(['battersea-alliance', 'battersea-alliance', 'battersea-alliance']);
    expect((await run('MATCH (m:Map {id: $id}) RETURN m', { id: BEFORE_MAPS.id })).length).toBe(0);
  });

  it('without a table of document maps, moves everything into "Atlas (before maps)"', async () => {
    await writeRecordsBeforeMaps(db, seed);
    const result = await migrateToMaps(db.driver, db.database, {});
    expect(result).toMatchObject({ nodesPlaced: seed.nodes.length, tiesPlaced: seed.ties.length, nodesCopied: 0, mapsCreated: 1 });
    const [row] = await run('MATCH (n:Entity) RETURN collect(DISTINCT n.map) AS maps');
    expect(row.get('maps')).toEqual([BEFORE_MAPS.id]);
  });
});
