/**
 * Cypher for loading the curated seed: one transaction, idempotent. Each record carries a hash of
 * its content, and a record whose hash is unchanged is not touched, so a second run sets nothing.
 */
import type { Driver } from 'neo4j-driver';
import { ENTITY_LABEL } from './schemaRepository.ts';
import { NODE_LABELS, TIE_TYPE_NAMES, type NodeLabel, type TieType } from '../model/model.ts';

export interface SeedRows {
  /** Per label, the nodes' properties (each with `id` and `seedHash`). */
  nodes: Partial<Record<NodeLabel, Record<string, unknown>[]>>;
  /** Per tie type, the ties' ends and properties (each with `id` and `seedHash`). */
  ties: Partial<Record<TieType, { from: string; to: string; props: Record<string, unknown> }[]>>;
}

export interface SeedResult {
  nodesWritten: number;
  tiesWritten: number;
  propertiesSet: number;
}

export class SeedRepository {
  constructor(private readonly driver: Driver, private readonly database: string) {}

  async write(rows: SeedRows, now = new Date().toISOString()): Promise<SeedResult> {
    const session = this.driver.session({ database: this.database });
    try {
      return await session.executeWrite(async (tx) => {
        const result: SeedResult = { nodesWritten: 0, tiesWritten: 0, propertiesSet: 0 };
        for (const label of NODE_LABELS) {
          const labelRows = rows.nodes[label] ?? [];
          if (labelRows.length === 0) continue;
          // Labels cannot be parameters; this one comes from the model's fixed list.
          const summary = await tx.run(
            `UNWIND $rows AS row
             MERGE (n:${ENTITY_LABEL}:${label} {id: row.id})
             WITH n, row WHERE n.seedHash IS NULL OR n.seedHash <> row.seedHash
             SET n += row, n.createdAt = coalesce(n.createdAt, $now), n.updatedAt = $now, n.version = coalesce(n.version, 0) + 1
             RETURN count(n) AS written`,
            { rows: labelRows, now },
          );
          result.nodesWritten += summary.records[0].get('written').toNumber();
          result.propertiesSet += summary.summary.counters.updates().propertiesSet;
        }
        for (const type of TIE_TYPE_NAMES) {
          const typeRows = rows.ties[type] ?? [];
          if (typeRows.length === 0) continue;
          // Tie types cannot be parameters either; this one comes from the model's fixed list.
          const summary = await tx.run(
            `UNWIND $rows AS row
             MATCH (a:${ENTITY_LABEL} {id: row.from}), (b:${ENTITY_LABEL} {id: row.to})
             MERGE (a)-[r:${type} {id: row.props.id}]->(b)
             WITH r, row WHERE r.seedHash IS NULL OR r.seedHash <> row.props.seedHash
             SET r += row.props, r.createdAt = coalesce(r.createdAt, $now), r.updatedAt = $now, r.version = coalesce(r.version, 0) + 1
             RETURN count(r) AS written`,
            { rows: typeRows, now },
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

  async isEmpty(): Promise<boolean> {
    const { records } = await this.driver.executeQuery(`MATCH (n:${ENTITY_LABEL}) RETURN count(n) AS count`, {}, { database: this.database });
    return records[0].get('count').toNumber() === 0;
  }
}
