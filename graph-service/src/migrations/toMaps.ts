/**
 * Moves a database from before maps (nodes and ties without `map`) into maps, at start-up, after
 * the schema is applied. A record goes to the map of the document its `source` names first, when
 * the caller's table of document maps knows it (the seed's maps); a tie no document places goes
 * where both its ends are, if they are in one map; anything else goes to one map, "Atlas (before
 * maps)". A tie whose ends are placed in other maps gets copies of them in its own map, so every
 * tie keeps both ends in its map, as the seed's maps copy the nodes their ties name.
 *
 * Idempotent and safe to re-run after a crash: it works in batches of one transaction each, and
 * only on records that still have no `map`; a batch is either done or not. A database with
 * nothing left to move costs two existence checks.
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { int } from '../db/values.ts';
import { firstDocument, type DocumentMap, type MapDefinition } from '../model/maps.ts';
import { ENTITY_LABEL, MAP_LABEL } from '../repositories/schemaRepository.ts';

/** Where what no document table places goes. */
export const BEFORE_MAPS: MapDefinition = {
  id: 'atlas-before-maps',
  title: 'Atlas (before maps)',
  description: 'Everything the atlas held before it had maps that none of the known documents places in a map of its own.',
};

export const MIGRATION_BATCH = 2000;

export interface MapsMigrationOptions {
  /** Maps made of source documents (the start script passes the seed's); without it everything goes to BEFORE_MAPS. */
  documentMaps?: readonly DocumentMap[];
  batchSize?: number;
  /** Called after each committed batch; tests throw from it to interrupt the migration midway. */
  afterBatch?: (step: 'nodes' | 'ties', done: number) => void | Promise<void>;
  log?: (line: string) => void;
  now?: string;
}

export interface MapsMigrationResult {
  nodesPlaced: number;
  tiesPlaced: number;
  /** Nodes copied into a map because a tie there names them. */
  nodesCopied: number;
  mapsCreated: number;
}

interface Placement {
  eid: string;
  map: string;
}

/** The map of each document, and the definition of each map a record may be placed in. */
function placer(documentMaps: readonly DocumentMap[]) {
  const byDocument = new Map<string, string>();
  for (const map of documentMaps) for (const document of map.documents) byDocument.set(document, map.id);
  const definitions = new Map<string, MapDefinition>([...documentMaps, BEFORE_MAPS].map((m) => [m.id, m]));
  return {
    mapOf: (source: unknown) => byDocument.get(firstDocument(source) ?? '') ?? BEFORE_MAPS.id,
    /** A tie no document places belongs where both its ends are, if they are in one map. */
    mapOfTie: (source: unknown, fromMap: string, toMap: string) => byDocument.get(firstDocument(source) ?? '') ?? (fromMap === toMap ? fromMap : BEFORE_MAPS.id),
    definition: (id: string) => definitions.get(id) ?? { id, title: id },
  };
}

async function ensureMaps(tx: ManagedTransaction, maps: MapDefinition[], now: string): Promise<number> {
  const rows = maps.map(({ id, title, description, owner }) => ({ id, title, description: description ?? null, owner: owner ?? null }));
  const result = await tx.run(
    `UNWIND $rows AS row
     MERGE (m:${MAP_LABEL} {id: row.id})
     ON CREATE SET m += row, m.archived = false, m.createdAt = $now, m.updatedAt = $now, m.version = 1`,
    { rows, now },
  );
  return result.summary.counters.updates().nodesCreated;
}

export async function migrateToMaps(driver: Driver, database: string, options: MapsMigrationOptions = {}): Promise<MapsMigrationResult> {
  const result: MapsMigrationResult = { nodesPlaced: 0, tiesPlaced: 0, nodesCopied: 0, mapsCreated: 0 };
  const { records } = await driver.executeQuery(
    `RETURN EXISTS { MATCH (n:${ENTITY_LABEL}) WHERE n.map IS NULL } AS nodes, EXISTS { MATCH (:${ENTITY_LABEL})-[r]->(:${ENTITY_LABEL}) WHERE r.map IS NULL } AS ties`,
    {}, { database, routing: 'READ' },
  );
  if (records[0].get('nodes') !== true && records[0].get('ties') !== true) return result;

  const { mapOf, mapOfTie, definition } = placer(options.documentMaps ?? []);
  const batch = options.batchSize ?? MIGRATION_BATCH;
  const now = options.now ?? new Date().toISOString();
  const session = driver.session({ database });
  try {
    // Each node first goes to its own document's map, so every tie then finds both ends placed.
    for (let done = 0; ;) {
      const placed = await session.executeWrite(async (tx) => {
        const found = await tx.run(
          `MATCH (n:${ENTITY_LABEL}) WHERE n.map IS NULL RETURN elementId(n) AS eid, n.source AS source LIMIT $batch`,
          { batch: int(batch) },
        );
        const rows: Placement[] = found.records.map((r) => ({ eid: r.get('eid'), map: mapOf(r.get('source')) }));
        if (rows.length === 0) return 0;
        // An id already taken in its map (say, a seed run before this migration) sends the node to BEFORE_MAPS instead.
        const homes = await tx.run(
          `UNWIND $rows AS row
           MATCH (n) WHERE elementId(n) = row.eid
           SET n.map = CASE WHEN EXISTS { MATCH (:${ENTITY_LABEL} {map: row.map, id: n.id}) } THEN $fallback ELSE row.map END
           RETURN DISTINCT n.map AS map`,
          { rows, fallback: BEFORE_MAPS.id },
        );
        result.mapsCreated += await ensureMaps(tx, homes.records.map((r) => definition(r.get('map'))), now);
        return rows.length;
      });
      if (placed === 0) break;
      result.nodesPlaced += placed;
      done += 1;
      await options.afterBatch?.('nodes', done);
    }
    // Ties: in place where both ends are in the tie's map, else between the ends' copies in that map.
    for (let done = 0; ;) {
      const moved = await session.executeWrite(async (tx) => {
        const found = await tx.run(
          `MATCH (a:${ENTITY_LABEL})-[r]->(b:${ENTITY_LABEL}) WHERE r.map IS NULL RETURN elementId(r) AS eid, r.source AS source, a.map AS fromMap, b.map AS toMap LIMIT $batch`,
          { batch: int(batch) },
        );
        const rows: Placement[] = found.records.map((r) => ({ eid: r.get('eid'), map: mapOfTie(r.get('source'), r.get('fromMap'), r.get('toMap')) }));
        if (rows.length === 0) return 0;
        result.mapsCreated += await ensureMaps(tx, [...new Set(rows.map((r) => r.map))].map(definition), now);
        await tx.run(
          `UNWIND $rows AS row
           MATCH (a)-[r]->(b) WHERE elementId(r) = row.eid AND a.map = row.map AND b.map = row.map
           SET r.map = row.map`,
          { rows },
        );
        const copied = await tx.run(
          `UNWIND $rows AS row
           MATCH (a)-[r]->(b) WHERE elementId(r) = row.eid AND r.map IS NULL
           MERGE (ca:${ENTITY_LABEL} {map: row.map, id: a.id})
             ON CREATE SET ca = a {.*, map: row.map}, ca:$(labels(a))
           MERGE (cb:${ENTITY_LABEL} {map: row.map, id: b.id})
             ON CREATE SET cb = b {.*, map: row.map}, cb:$(labels(b))
           CREATE (ca)-[t:$(type(r))]->(cb)
           SET t = r {.*, map: row.map}
           DELETE r`,
          { rows },
        );
        result.nodesCopied += copied.summary.counters.updates().nodesCreated;
        return rows.length;
      });
      if (moved === 0) break;
      result.tiesPlaced += moved;
      done += 1;
      await options.afterBatch?.('ties', done);
    }
  } finally {
    await session.close();
  }
  options.log?.(
    `Moved the atlas into maps: ${result.nodesPlaced} nodes and ${result.tiesPlaced} ties placed, ${result.nodesCopied} nodes copied into the maps their ties are in, ${result.mapsCreated} maps created.`,
  );
  return result;
}
