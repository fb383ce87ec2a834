/**
 * Loads the seed dataset into Neo4j in one transaction through the seed repository. Idempotent:
 * each record carries a hash of its content, and a record whose hash is unchanged is not touched,
 * so a second run sets no property at all.
 */
import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import type { NodeRecord, TieRecord } from '../graph-service/src/model/model.ts';
import { SeedRepository, type SeedResult, type SeedRows } from '../graph-service/src/repositories/seedRepository.ts';
import type { SeedDataset } from './dataset.ts';

export type { SeedResult };

function contentHash(record: object): string {
  return createHash('sha256').update(JSON.stringify(record)).digest('hex').slice(0, 16);
}

function nodeProperties(node: NodeRecord): Record<string, unknown> {
  const { label: _label, ...rest } = node;
  const properties: Record<string, unknown> = { ...rest };
  if (node.aliases?.length) properties.aliasText = node.aliases.join(' | ');
  properties.seedHash = contentHash(node);
  return properties;
}

function tieProperties(tie: TieRecord): Record<string, unknown> {
  const { type: _type, from: _from, to: _to, ...rest } = tie;
  return { ...rest, seedHash: contentHash(tie) };
}

/** The list under `key`, made on first use: pushing to it keeps seedRows linear. */
function listIn<K extends string, T>(lists: Partial<Record<K, T[]>>, key: K): T[] {
  const list = lists[key] ?? [];
  lists[key] = list;
  return list;
}

/** The dataset as the repository writes it: properties per label and tie type. */
export function seedRows(dataset: SeedDataset): SeedRows {
  const rows: SeedRows = { nodes: {}, ties: {} };
  for (const node of dataset.nodes) listIn(rows.nodes, node.label).push(nodeProperties(node));
  for (const tie of dataset.ties) listIn(rows.ties, tie.type).push({ from: tie.from, to: tie.to, props: tieProperties(tie) });
  return rows;
}

export async function loadSeed(driver: Driver, database: string, dataset: SeedDataset): Promise<SeedResult> {
  return new SeedRepository(driver, database).write(seedRows(dataset));
}

export async function isEmpty(driver: Driver, database: string): Promise<boolean> {
  return new SeedRepository(driver, database).isEmpty();
}

/** For start-up: seeds an empty database and says so; a database with data is left alone. */
export async function seedIfEmpty(driver: Driver, database: string, dataset: SeedDataset, log: (line: string) => void): Promise<void> {
  if (!(await isEmpty(driver, database))) return;
  const result = await loadSeed(driver, database, dataset);
  log(`Seeded an empty database: ${result.nodesWritten} nodes, ${result.tiesWritten} ties.`);
}
