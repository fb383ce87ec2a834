/**
 * Loads the seed's maps into Neo4j in one transaction through the seed repository. Idempotent:
 * each record (and each map's own record) carries a hash of its content, and a record whose hash
 * is unchanged is not touched, so a second run sets no property at all.
 */
import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import type { NodeRecord, TieRecord } from '../graph-service/src/model/model.ts';
import { SeedRepository, type SeedMapRows, type SeedResult, type SeedRows } from '../graph-service/src/repositories/seedRepository.ts';
import type { DocumentMap, MapDefinition } from '../graph-service/src/model/maps.ts';
import type { SeedDataset, SeedMap } from './dataset.ts';

export type { SeedResult };

function contentHash(record: object): string {
  return createHash('sha256').update(JSON.stringify(record)).digest('hex').slice(0, 16);
}

/** A node's properties in one map; the hash is of the record alone, so its copies in other maps share it. */
function nodeProperties(node: NodeRecord, map: string): Record<string, unknown> {
  const { label: _label, ...rest } = node;
  const properties: Record<string, unknown> = { ...rest, map };
  if (node.aliases?.length) properties.aliasText = node.aliases.join(' | ');
  properties.seedHash = contentHash(node);
  return properties;
}

function tieProperties(tie: TieRecord, map: string): Record<string, unknown> {
  const { type: _type, from: _from, to: _to, ...rest } = tie;
  return { ...rest, map, seedHash: contentHash(tie) };
}

/** The list under `key`, made on first use: pushing to it keeps seedRows linear. */
function listIn<K extends string, T>(lists: Partial<Record<K, T[]>>, key: K): T[] {
  const list = lists[key] ?? [];
  lists[key] = list;
  return list;
}

/** The maps as the repository writes them: each map's record, and properties per label and tie type (each with `map`). */
export function seedRows(maps: SeedMap[]): SeedRows {
  const rows: SeedRows = { maps: [], nodes: {}, ties: {} };
  for (const map of maps) {
    const record: SeedMapRows = { id: map.id, title: map.title, description: map.description ?? null, owner: map.owner ?? null };
    rows.maps.push({ ...record, seedHash: contentHash(record) });
    for (const node of map.nodes) listIn(rows.nodes, node.label).push(nodeProperties(node, map.id));
    for (const tie of map.ties) listIn(rows.ties, tie.type).push({ from: tie.from, to: tie.to, props: tieProperties(tie, map.id) });
  }
  return rows;
}

export async function loadSeed(driver: Driver, database: string, seed: { maps: SeedMap[] }): Promise<SeedResult> {
  return new SeedRepository(driver, database).write(seedRows(seed.maps));
}

/** One network's records loaded as one map (benches load generated networks, in slices, this way). */
export async function loadIntoMap(driver: Driver, database: string, map: MapDefinition, records: SeedDataset): Promise<SeedResult> {
  const documentMap: DocumentMap = { ...map, documents: [] };
  return loadSeed(driver, database, { maps: [{ ...documentMap, ...records }] });
}

export async function isEmpty(driver: Driver, database: string): Promise<boolean> {
  return new SeedRepository(driver, database).isEmpty();
}

/** For start-up: seeds an empty database and says so; a database with data or maps is left alone. */
export async function seedIfEmpty(driver: Driver, database: string, seed: { maps: SeedMap[] }, log: (line: string) => void): Promise<void> {
  if (!(await isEmpty(driver, database))) return;
  const result = await loadSeed(driver, database, seed);
  log(`Seeded an empty database: ${result.mapsWritten} maps, ${result.nodesWritten} nodes, ${result.tiesWritten} ties.`);
}
