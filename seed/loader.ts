/**
 * Loads the seed dataset into Neo4j in one transaction. Idempotent: each record
 * carries a hash of its content, and a record whose hash is unchanged is not touched,
 * so a second run sets no property at all.
 */
import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { ENTITY_LABEL } from '../graph-service/src/db/schema.ts';
import { NODE_LABELS, TIE_TYPE_NAMES, type NodeRecord, type TieRecord } from '../graph-service/src/model/model.ts';
import type { SeedDataset } from './dataset.ts';

export interface SeedResult {
  nodesWritten: number;
  tiesWritten: number;
  propertiesSet: number;
}

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

export async function loadSeed(driver: Driver, database: string, dataset: SeedDataset): Promise<SeedResult> {
  const session = driver.session({ database });
  try {
    return await session.executeWrite(async (tx) => {
      const result: SeedResult = { nodesWritten: 0, tiesWritten: 0, propertiesSet: 0 };
      const now = new Date().toISOString();
      for (const label of NODE_LABELS) {
        const rows = dataset.nodes.filter((n) => n.label === label).map(nodeProperties);
        if (rows.length === 0) continue;
        // Labels cannot be parameters; this one comes from the model's fixed list.
        const summary = await tx.run(
          `UNWIND $rows AS row
           MERGE (n:${ENTITY_LABEL}:${label} {id: row.id})
           WITH n, row WHERE n.seedHash IS NULL OR n.seedHash <> row.seedHash
           SET n += row, n.createdAt = coalesce(n.createdAt, $now), n.updatedAt = $now, n.version = coalesce(n.version, 0) + 1
           RETURN count(n) AS written`,
          { rows, now },
        );
        result.nodesWritten += summary.records[0].get('written').toNumber();
        result.propertiesSet += summary.summary.counters.updates().propertiesSet;
      }
      for (const type of TIE_TYPE_NAMES) {
        const rows = dataset.ties.filter((t) => t.type === type).map((t) => ({ from: t.from, to: t.to, props: tieProperties(t) }));
        if (rows.length === 0) continue;
        const summary = await tx.run(
          `UNWIND $rows AS row
           MATCH (a:${ENTITY_LABEL} {id: row.from}), (b:${ENTITY_LABEL} {id: row.to})
           MERGE (a)-[r:${type} {id: row.props.id}]->(b)
           WITH r, row WHERE r.seedHash IS NULL OR r.seedHash <> row.props.seedHash
           SET r += row.props, r.createdAt = coalesce(r.createdAt, $now), r.updatedAt = $now, r.version = coalesce(r.version, 0) + 1
           RETURN count(r) AS written`,
          { rows, now },
        );
        result.tiesWritten += summary.records[0].get('written').toNumber();
        result.propertiesSet += summary.summary.counters.updates().propertiesSet;
      }
      return result;
    });
  } finally {
    await session.close();
  }
}

export async function isEmpty(driver: Driver, database: string): Promise<boolean> {
  const { records } = await driver.executeQuery(`MATCH (n:${ENTITY_LABEL}) RETURN count(n) AS count`, {}, { database });
  return records[0].get('count').toNumber() === 0;
}
