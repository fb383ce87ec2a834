/**
 * Loads a generated network as a map of its own, through the import's repository: the map's record,
 * then its nodes and ties in UNWIND batches, a transaction per slice so a large map stays under the
 * transaction memory limit. No planning and no file: the generated data is valid by construction.
 */
import { randomUUID } from 'node:crypto';
import type { Database } from '../../graph-service/src/db/connection.ts';
import type { WriteSet } from '../../graph-service/src/interchange/plan/types.ts';
import type { NodeRecord, TieRecord } from '../../graph-service/src/model/model.ts';
import { ImportRepository } from '../../graph-service/src/repositories/importRepository.ts';
import { insertMap } from '../../graph-service/src/repositories/mapRepository.ts';
import type { SeedDataset } from '../../seed/dataset.ts';

const SLICE = 20_000;

function nodeWrites(nodes: NodeRecord[]): WriteSet['createNodes'] {
  return nodes.map(({ label, ...properties }) => ({ label, properties: properties as WriteSet['createNodes'][number]['properties'] }));
}

function tieWrites(ties: TieRecord[]): WriteSet['createTies'] {
  return ties.map(({ type, from, to, ...properties }) => ({ type, from, to, properties: properties as WriteSet['createTies'][number]['properties'] }));
}

/** Makes the map titled `title` and writes the dataset into it; answers the map's id. */
export async function loadMap(db: Database, title: string, dataset: SeedDataset): Promise<string> {
  const repository = new ImportRepository();
  const session = db.driver.session({ database: db.database });
  const now = new Date().toISOString();
  // Recorded like any import, so the map's history holds what a real one would.
  const record = { actor: { id: null, name: 'Benchmark loader' }, importId: randomUUID() };
  try {
    const map = await session.executeWrite((tx) => insertMap(tx, { title }, now));
    const empty: WriteSet = { createNodes: [], updateNodes: [], createTies: [], updateTies: [] };
    for (let i = 0; i < dataset.nodes.length; i += SLICE) {
      const createNodes = nodeWrites(dataset.nodes.slice(i, i + SLICE));
      await session.executeWrite((tx) => repository.write(map.id, tx, { ...empty, createNodes }, now, record));
    }
    for (let i = 0; i < dataset.ties.length; i += SLICE) {
      const createTies = tieWrites(dataset.ties.slice(i, i + SLICE));
      await session.executeWrite((tx) => repository.write(map.id, tx, { ...empty, createTies }, now, record));
    }
    return map.id;
  } finally {
    await session.close();
  }
}
