/**
 * Cypher for loading the curated seed's maps: one transaction, idempotent. Each record carries a
 * hash of its content, and a record whose hash is unchanged is not touched, so a second run sets nothing.
 */
import type { Driver } from 'neo4j-driver';
import { ENTITY_LABEL, MAP_LABEL } from './schemaRepository.ts';
import { NODE_LABELS, TIE_TYPE_NAMES, type NodeLabel, type TieType } from '../model/model.ts';

/** A seed map's own record as written to its `:Map` node (null leaves a property unset). */
export interface SeedMapRows {
  id: string;
  title: string;
  description: string | null;
  owner: string | null;
}

export interface SeedRows {
  /** The maps' own records, each with `seedHash`. */
  maps: (SeedMapRows & { seedHash: string })[];
  /** Per label, the nodes' properties (each with `map`, `id` and `seedHash`). */
  nodes: Partial<Record<NodeLabel, Record<string, unknown>[]>>;
  /** Per tie type, the ties' ends and properties (each with `map`, `id` and `seedHash`); both ends are in the tie's map. */
  ties: Partial<Record<TieType, { from: string; to: string; props: Record<string, unknown> }[]>>;
}

export interface SeedResult {
  mapsWritten: number;
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
        const result: SeedResult = { mapsWritten: 0, nodesWritten: 0, tiesWritten: 0, propertiesSet: 0 };
        if (rows.maps.length > 0) {
          const summary = await tx.run(
            `UNWIND $rows AS row
             MERGE (m:${MAP_LABEL} {id: row.id})
             WITH m, row WHERE m.seedHash IS NULL OR m.seedHash <> row.seedHash
             SET m += row, m.archived = coalesce(m.archived, false), m.createdAt = coalesce(m.createdAt, $now), m.updatedAt = $now, m.version = coalesce(m.version, 0) + 1
             RETURN count(m) AS written`,
            { rows: rows.maps, now },
          );
          result.mapsWritten += summary.records[0].get('written').toNumber();
          result.propertiesSet += summary.summary.counters.updates().propertiesSet;
        }
        for (const label of NODE_LABELS) {
          const labelRows = rows.nodes[label] ?? [];
          if (labelRows.length === 0) continue;
          // Labels cannot be parameters; this one comes from the model's fixed list.
          const summary = await tx.run(
            `UNWIND $rows AS row
             MERGE (n:${ENTITY_LABEL}:${label} {map: row.map, id: row.id})
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
             MATCH (a:${ENTITY_LABEL} {map: row.props.map, id: row.from}), (b:${ENTITY_LABEL} {map: row.props.map, id: row.to})
             MERGE (a)-[r:${type} {map: row.props.map, id: row.props.id}]->(b)
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

  /** Empty means no data and no map: a database whose only map is empty is someone's, not for seeding. */
  async isEmpty(): Promise<boolean> {
    const { records } = await this.driver.executeQuery(
      `RETURN EXISTS { MATCH (:${ENTITY_LABEL}) } OR EXISTS { MATCH (:${MAP_LABEL}) } AS used`,
      {},
      { database: this.database, routing: 'READ' },
    );
    return records[0].get('used') !== true;
  }
}
