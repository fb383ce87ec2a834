/**
 * Cypher for the portable backup: every Atlas node (but sessions) and every tie between them,
 * read in one read transaction, and a restore that replaces every Atlas node in one write
 * transaction (all or nothing). Nodes that are not Atlas's are never read, deleted or touched.
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { NodeRow, TieRow } from '../db/rows.ts';
import { ATLAS_LABELS, BACKUP_LABELS } from './storeLabels.ts';

export interface StoredNode extends NodeRow {
  key: string;
}

/** A tie as read: its ends are the nodes' keys. */
export type StoredTie = TieRow<string>;

export type RestoreNode = NodeRow;

/** A tie to restore: its ends are indexes into the nodes. */
export type RestoreTie = TieRow<number>;

const anyOf = (labels: readonly string[], variable: string) => labels.map((label) => `${variable}:${label}`).join(' OR ');
const BATCH = 5000;

export class BackupRepository {
  constructor(private readonly driver: Driver, private readonly database: string) {}

  /** Streams every backed-up node, then every tie whose two ends are backed up; `key` joins them. */
  async readAll(onNode: (node: StoredNode) => Promise<void> | void, onTie: (tie: StoredTie) => Promise<void> | void): Promise<void> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'READ' });
    try {
      await session.executeRead(async (tx) => {
        for await (const record of tx.run(`MATCH (n) WHERE ${anyOf(BACKUP_LABELS, 'n')} RETURN elementId(n) AS key, labels(n) AS labels, properties(n) AS props`)) {
          await onNode({ key: record.get('key'), labels: record.get('labels'), props: record.get('props') });
        }
        for await (const record of tx.run(
          `MATCH (a)-[r]->(b) WHERE (${anyOf(BACKUP_LABELS, 'a')}) AND (${anyOf(BACKUP_LABELS, 'b')})
           RETURN type(r) AS type, elementId(a) AS from, elementId(b) AS to, properties(r) AS props`,
        )) {
          await onTie({ type: record.get('type'), from: record.get('from'), to: record.get('to'), props: record.get('props') });
        }
      });
    } finally {
      await session.close();
    }
  }

  /**
   * Deletes every Atlas node (sessions included: a restore signs everyone out) and writes the
   * backup's nodes and ties, in one transaction. Labels and types must already be checked
   * against the model: they are written into the Cypher, as labels cannot be parameters.
   */
  async replaceAll(nodes: RestoreNode[], ties: RestoreTie[]): Promise<{ deleted: number }> {
    const session = this.driver.session({ database: this.database });
    try {
      return await session.executeWrite(async (tx) => {
        const deleted = await deleteAtlasNodes(tx);
        const keys = await createNodes(tx, nodes);
        await createTies(tx, ties, keys);
        return { deleted };
      });
    } finally {
      await session.close();
    }
  }
}

async function deleteAtlasNodes(tx: ManagedTransaction): Promise<number> {
  let deleted = 0;
  for (;;) {
    const { records } = await tx.run(`MATCH (n) WHERE ${anyOf(ATLAS_LABELS, 'n')} WITH n LIMIT ${BATCH} DETACH DELETE n RETURN count(*) AS gone`);
    const gone = records[0].get('gone').toNumber();
    deleted += gone;
    if (gone < BATCH) return deleted;
  }
}

async function createNodes(tx: ManagedTransaction, nodes: RestoreNode[]): Promise<string[]> {
  const keys: string[] = new Array(nodes.length);
  const byLabels = new Map<string, number[]>();
  nodes.forEach((node, i) => {
    const labels = [...node.labels].sort().join(':');
    const group = byLabels.get(labels) ?? [];
    group.push(i);
    byLabels.set(labels, group);
  });
  for (const [labels, indexes] of byLabels) {
    for (let start = 0; start < indexes.length; start += BATCH) {
      const slice = indexes.slice(start, start + BATCH);
      const { records } = await tx.run(
        `UNWIND $rows AS row CREATE (n:${labels}) SET n = row.props RETURN row.i AS i, elementId(n) AS key`,
        { rows: slice.map((i) => ({ i: String(i), props: nodes[i].props })) },
      );
      for (const record of records) keys[Number(record.get('i'))] = record.get('key');
    }
  }
  return keys;
}

async function createTies(tx: ManagedTransaction, ties: RestoreTie[], keys: string[]): Promise<void> {
  const byType = new Map<string, RestoreTie[]>();
  for (const tie of ties) {
    const group = byType.get(tie.type) ?? [];
    group.push(tie);
    byType.set(tie.type, group);
  }
  for (const [type, list] of byType) {
    for (let start = 0; start < list.length; start += BATCH) {
      await tx.run(
        `UNWIND $rows AS row MATCH (a) WHERE elementId(a) = row.from MATCH (b) WHERE elementId(b) = row.to
         CREATE (a)-[r:${type}]->(b) SET r = row.props`,
        { rows: list.slice(start, start + BATCH).map((tie) => ({ from: keys[tie.from], to: keys[tie.to], props: tie.props })) },
      );
    }
  }
}
