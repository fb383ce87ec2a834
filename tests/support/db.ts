/** Helpers for tests that talk to the run's real Neo4j. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { inject } from 'vitest';
import { parse } from 'yaml';
import type { Database } from '../../graph-service/src/db/connection.ts';
import { NODE_LABELS, TIE_TYPE_NAMES } from '../../graph-service/src/model/model.ts';
import { tieId } from '../../graph-service/src/model/rules/index.ts';
import { applySchema, ENTITY_LABEL, MAP_LABEL } from '../../graph-service/src/repositories/schemaRepository.ts';
import { readSeed, SEED_DIR, type SeedDataset } from '../../seed/dataset.ts';
import { seedRows } from '../../seed/loader.ts';

export function testDatabase(): Database {
  const info = inject('neo4j');
  return { driver: neo4j.driver(info.uri, neo4j.auth.basic(info.username, info.password)), database: info.database, uri: info.uri };
}

/** The seed's four maps and the documents each is made from (by file-name prefix). */
export const SEED_MAPS = [
  { id: 'battersea-alliance', title: 'Battersea Alliance', owner: 'Battersea Alliance core group', documents: ['000', '001'] },
  { id: 'mutualgain-west-london', title: 'MutualGain West London', owner: 'MutualGain', documents: ['003'] },
  { id: 'team-hackney', title: 'Team Hackney', owner: 'Team Hackney', documents: ['002'] },
  { id: 'empowered-communities-southampton', title: 'Empowered Communities Southampton', owner: 'IVAR / Southampton event hosts', documents: ['004'] },
] as const;
/** Most seed ids the tests use are in this map. */
export const SEED_MAP = SEED_MAPS[0].id;

interface SeedFile {
  nodes?: { id: string }[];
  ties?: { id?: string; type: string; from: string; to: string }[];
}

/** One map's part of the seed: the nodes its documents define or their ties name, and those ties. */
export function seedMapDataset(dataset: SeedDataset, documents: readonly string[]): SeedDataset {
  const names = readdirSync(SEED_DIR).filter((name) => documents.some((prefix) => name.startsWith(`${prefix}-`)));
  const files = names.map((name) => parse(readFileSync(path.join(SEED_DIR, name), 'utf8')) as SeedFile);
  const tieIds = new Set(files.flatMap((f) => (f.ties ?? []).map((t) => t.id ?? tieId(t.type, t.from, t.to))));
  const ties = dataset.ties.filter((t) => tieIds.has(t.id));
  const nodeIds = new Set([...files.flatMap((f) => (f.nodes ?? []).map((n) => n.id)), ...ties.flatMap((t) => [t.from, t.to])]);
  return { nodes: dataset.nodes.filter((n) => nodeIds.has(n.id)), ties };
}

/** Writes one map's record and its part of the seed in one transaction, every node and tie carrying the map's id. */
export async function loadSeedMap(db: Database, map: { id: string; title: string; owner?: string }, dataset: SeedDataset): Promise<void> {
  const rows = seedRows(dataset);
  const now = new Date().toISOString();
  const session = db.driver.session({ database: db.database });
  try {
    await session.executeWrite(async (tx) => {
      const run = (query: string, parameters: Record<string, unknown>) => tx.run(query, { ...parameters, map: map.id, now });
      await run(`CREATE (m:${MAP_LABEL} {id: $map, title: $title, archived: false, createdAt: $now, updatedAt: $now, version: 1}) SET m.owner = $owner`, { title: map.title, owner: map.owner ?? null });
      for (const label of NODE_LABELS) {
        if (!rows.nodes[label]?.length) continue;
        await run(`UNWIND $rows AS row CREATE (n:${ENTITY_LABEL}:${label}) SET n = row, n.map = $map, n.createdAt = $now, n.updatedAt = $now, n.version = 1`, { rows: rows.nodes[label] });
      }
      for (const type of TIE_TYPE_NAMES) {
        if (!rows.ties[type]?.length) continue;
        await run(
          `UNWIND $rows AS row MATCH (a:${ENTITY_LABEL} {map: $map, id: row.from}), (b:${ENTITY_LABEL} {map: $map, id: row.to})
           CREATE (a)-[r:${type}]->(b) SET r = row.props, r.map = $map, r.createdAt = $now, r.updatedAt = $now, r.version = 1`,
          { rows: rows.ties[type] },
        );
      }
    });
  } finally {
    await session.close();
  }
}

/** An empty store with the schema and the seed's four maps. */
export async function resetAndSeed(db: Database): Promise<void> {
  await db.driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database: db.database });
  await applySchema(db.driver, db.database);
  const dataset = readSeed();
  for (const map of SEED_MAPS) await loadSeedMap(db, map, seedMapDataset(dataset, map.documents));
}
