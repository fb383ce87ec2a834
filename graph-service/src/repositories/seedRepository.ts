/**
 * Cypher for the curated seed: what the store holds of a seed map (its record, its records' versions,
 * what the seed wrote before, what merges took away) and the writes a seed run decides on, all
 * maps in one transaction. The deciding is the seed's own (seed/plan.ts); this file only reads and writes.
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { ENTITY_LABEL, MAP_LABEL, SEED_LEDGER_LABEL } from './schemaRepository.ts';
import type { TieRow } from '../db/rows.ts';
import { ATLAS_LABELS } from './storeLabels.ts';
import { isNodeLabel, isTieType, type NodeLabel, type TieType } from '../model/model.ts';

/** A seed map's own record as written to its `:Map` node (null leaves a property unset), with `seedHash`. */
export interface SeedMapRows {
  id: string;
  title: string;
  description: string | null;
  owner: string | null;
  seedHash: string;
}

export interface SeedNodeRow {
  label: NodeLabel;
  /** The node's properties, with `map`, `id` and `seedHash`. */
  props: Record<string, unknown>;
}

/** A seed tie: its ends are node ids; its properties carry `map`, `id` and `seedHash`. */
export type SeedTieRow = TieRow<string, TieType>;

/** One seed map as the seed would write it. */
export interface SeedMapContent {
  record: SeedMapRows;
  nodes: SeedNodeRow[];
  ties: SeedTieRow[];
}

/** What the store says of one record the seed defines. */
export interface StoredVersion {
  version: number;
  /** The version the seed's last write gave it; null if the seed never wrote it (or wrote it before versions were kept). */
  seedVersion: number | null;
  seedHash: string | null;
}

/** What the store holds of one seed map, read inside the seed's transaction. */
export interface SeedMapState {
  record: StoredVersion | null;
  /** The ids the seed has written into this map before: one it wrote and the store lacks was deleted by someone. */
  ledger: { nodeIds: string[]; tieIds: string[] } | null;
  /** How many nodes the map holds. */
  nodeCount: number;
  /** The seed's nodes and its ties' ends that the map holds. */
  nodes: Map<string, StoredVersion>;
  ties: Map<string, StoredVersion>;
  /** A merged-away organisation's id → the organisation it was merged into. */
  mergedInto: Map<string, string>;
}

/** The writes one seed map needs; `expected` is the version a record must still have (nobody changed it meanwhile). */
export interface SeedWrites {
  record: 'create' | 'update' | null;
  recordExpected?: number;
  createNodes: SeedNodeRow[];
  updateNodes: (SeedNodeRow & { expected: number })[];
  createTies: SeedTieRow[];
  updateTies: (SeedTieRow & { expected: number })[];
  /** The ids to remember as the seed's, or null when the ledger already says so. */
  ledger: { nodeIds: string[]; tieIds: string[] } | null;
}

export interface SeedResult {
  mapsWritten: number;
  nodesWritten: number;
  tiesWritten: number;
  propertiesSet: number;
}

/** What the database holds, for deciding whether a seed may write into it at all. */
export interface StoreSurvey {
  /** Nodes with none of Atlas's labels: someone else's data. */
  foreignNodes: number;
  foreignLabels: string[];
  /** Every node with one of Atlas's labels. */
  atlasNodes: number;
  /** Of those, maps, map data and seed ledgers (accounts and the like not counted). */
  mapNodes: number;
}

const num = (value: unknown): number | null => (value === null || value === undefined ? null : typeof value === 'number' ? value : (value as { toNumber(): number }).toNumber());

function stored(value: Record<string, unknown>): StoredVersion {
  return { version: num(value.version) ?? 0, seedVersion: num(value.seedVersion), seedHash: (value.seedHash as string | null) ?? null };
}

const EMPTY_RESULT = (): SeedResult => ({ mapsWritten: 0, nodesWritten: 0, tiesWritten: 0, propertiesSet: 0 });

export class SeedRepository {
  constructor(private readonly driver: Driver, private readonly database: string) {}

  /**
   * One transaction over every map: reads each map's state, asks `decide` what to write (null:
   * leave the map alone), writes it. What `decide` sees cannot change before the writes commit.
   */
  async seed(maps: SeedMapContent[], decide: (content: SeedMapContent, state: SeedMapState) => SeedWrites | null, now = new Date().toISOString()): Promise<SeedResult> {
    const session = this.driver.session({ database: this.database });
    try {
      return await session.executeWrite(async (tx) => {
        const result = EMPTY_RESULT();
        for (const content of maps) {
          const writes = decide(content, await readState(tx, content));
          if (writes) add(result, await write(tx, content.record.id, content.record, writes, now));
        }
        return result;
      });
    } finally {
      await session.close();
    }
  }

  /** Counts nodes by whether they are Atlas's; the labels of the others, for the message that refuses them. */
  async survey(): Promise<StoreSurvey> {
    const atlas = ATLAS_LABELS.map((label) => `n:${label}`).join(' OR ');
    const { records } = await this.driver.executeQuery(
      `CALL { MATCH (n) WHERE NOT (${atlas}) RETURN count(n) AS foreign }
       CALL { MATCH (n) WHERE NOT (${atlas}) WITH n LIMIT 1000 UNWIND labels(n) AS label RETURN collect(DISTINCT label)[0..10] AS foreignLabels }
       CALL { MATCH (n) WHERE ${atlas} RETURN count(n) AS atlas }
       CALL { MATCH (n) WHERE n:${ENTITY_LABEL} OR n:${MAP_LABEL} OR n:${SEED_LEDGER_LABEL} RETURN count(n) AS mapNodes }
       RETURN foreign, foreignLabels, atlas, mapNodes`,
      {},
      { database: this.database, routing: 'READ' },
    );
    const row = records[0];
    return { foreignNodes: num(row.get('foreign')) ?? 0, foreignLabels: row.get('foreignLabels') as string[], atlasNodes: num(row.get('atlas')) ?? 0, mapNodes: num(row.get('mapNodes')) ?? 0 };
  }
}

function add(total: SeedResult, part: SeedResult): void {
  for (const key of Object.keys(total) as (keyof SeedResult)[]) total[key] += part[key];
}

async function readState(tx: ManagedTransaction, content: SeedMapContent): Promise<SeedMapState> {
  const map = content.record.id;
  const head = await tx.run(
    `OPTIONAL MATCH (m:${MAP_LABEL} {id: $map})
     OPTIONAL MATCH (l:${SEED_LEDGER_LABEL} {forMap: $map})
     CALL { MATCH (n:${ENTITY_LABEL} {map: $map}) RETURN count(n) AS nodeCount }
     CALL { MATCH (n:${ENTITY_LABEL} {map: $map}) WHERE n:Organisation AND n.mergedIds IS NOT NULL RETURN collect([n.id, n.mergedIds]) AS merged }
     RETURN CASE WHEN m IS NULL THEN null ELSE m {.version, .seedVersion, .seedHash} END AS record,
            CASE WHEN l IS NULL THEN null ELSE l {.nodeIds, .tieIds} END AS ledger, nodeCount, merged`,
    { map },
  );
  const row = head.records[0];
  const ledger = row.get('ledger') as { nodeIds: string[] | null; tieIds: string[] | null } | null;
  const mergedInto = new Map<string, string>();
  for (const [survivor, ids] of row.get('merged') as [string, string[]][]) for (const id of ids) mergedInto.set(id, survivor);
  const nodes = new Map<string, StoredVersion>();
  const found = await tx.run(
    `UNWIND $ids AS id MATCH (n:${ENTITY_LABEL} {map: $map, id: id}) RETURN n.id AS id, n {.version, .seedVersion, .seedHash} AS v`,
    // The ties' ends too: a slice of ties can name nodes an earlier load wrote.
    { map, ids: [...new Set([...content.nodes.map((n) => n.props.id as string), ...content.ties.flatMap((t) => [t.from, t.to])])] },
  );
  for (const r of found.records) nodes.set(r.get('id'), stored(r.get('v')));
  const ties = new Map<string, StoredVersion>();
  for (const type of new Set(content.ties.map((t) => t.type))) {
    if (!isTieType(type)) continue;
    // Tie types cannot be parameters; this one comes from the model's fixed list.
    const { records } = await tx.run(
      `UNWIND $ids AS id MATCH ()-[r:${type} {map: $map, id: id}]->() RETURN r.id AS id, r {.version, .seedVersion, .seedHash} AS v`,
      { map, ids: content.ties.filter((t) => t.type === type).map((t) => t.props.id) },
    );
    for (const r of records) ties.set(r.get('id'), stored(r.get('v')));
  }
  const record = row.get('record') as Record<string, unknown> | null;
  return {
    record: record ? stored(record) : null,
    ledger: ledger ? { nodeIds: ledger.nodeIds ?? [], tieIds: ledger.tieIds ?? [] } : null,
    nodeCount: num(row.get('nodeCount')) ?? 0,
    nodes, ties, mergedInto,
  };
}

function groupBy<T, K extends string>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row)) ?? [];
    group.push(row);
    groups.set(key(row), group);
  }
  return groups;
}

/** Counts of one statement: how many records it wrote and how many properties it set. */
async function counted(tx: ManagedTransaction, cypher: string, params: Record<string, unknown>): Promise<[number, number]> {
  const summary = await tx.run(cypher, params);
  return [num(summary.records[0].get('written')) ?? 0, summary.summary.counters.updates().propertiesSet];
}

async function write(tx: ManagedTransaction, map: string, record: SeedMapRows, writes: SeedWrites, now: string): Promise<SeedResult> {
  const result = EMPTY_RESULT();
  const tally = (kind: 'mapsWritten' | 'nodesWritten' | 'tiesWritten', [written, set]: [number, number]) => {
    result[kind] += written;
    result.propertiesSet += set;
  };
  if (writes.record === 'create') {
    tally('mapsWritten', await counted(tx,
      `CREATE (m:${MAP_LABEL}) SET m = $row, m.archived = false, m.createdAt = $now, m.updatedAt = $now, m.version = 1, m.seedVersion = 1
       RETURN count(m) AS written`, { row: record, now }));
  } else if (writes.record === 'update') {
    tally('mapsWritten', await counted(tx,
      `MATCH (m:${MAP_LABEL} {id: $row.id}) WHERE m.version = $expected
       SET m += $row, m.updatedAt = $now, m.version = m.version + 1 SET m.seedVersion = m.version
       RETURN count(m) AS written`, { row: record, expected: writes.recordExpected, now }));
  }
  // Labels and tie types cannot be parameters; each comes from the model's fixed list, checked here.
  for (const [label, rows] of groupBy(writes.createNodes, (n) => n.label)) {
    if (!isNodeLabel(label)) continue;
    tally('nodesWritten', await counted(tx,
      `UNWIND $rows AS row CREATE (n:${ENTITY_LABEL}:${label}) SET n = row, n.createdAt = $now, n.updatedAt = $now, n.version = 1, n.seedVersion = 1
       RETURN count(n) AS written`, { rows: rows.map((r) => r.props), now }));
  }
  for (const [label, rows] of groupBy(writes.updateNodes, (n) => n.label)) {
    if (!isNodeLabel(label)) continue;
    tally('nodesWritten', await counted(tx,
      `UNWIND $rows AS row MATCH (n:${ENTITY_LABEL}:${label} {map: row.props.map, id: row.props.id}) WHERE n.version = row.expected
       SET n += row.props, n.updatedAt = $now, n.version = n.version + 1 SET n.seedVersion = n.version
       RETURN count(n) AS written`, { rows: rows.map((r) => ({ props: r.props, expected: r.expected })), now }));
  }
  for (const [type, rows] of groupBy(writes.createTies, (t) => t.type)) {
    if (!isTieType(type)) continue;
    tally('tiesWritten', await counted(tx,
      `UNWIND $rows AS row
       MATCH (a:${ENTITY_LABEL} {map: row.props.map, id: row.from}), (b:${ENTITY_LABEL} {map: row.props.map, id: row.to})
       CREATE (a)-[r:${type}]->(b) SET r = row.props, r.createdAt = $now, r.updatedAt = $now, r.version = 1, r.seedVersion = 1
       RETURN count(r) AS written`, { rows: rows.map(({ from, to, props }) => ({ from, to, props })), now }));
  }
  for (const [type, rows] of groupBy(writes.updateTies, (t) => t.type)) {
    if (!isTieType(type)) continue;
    tally('tiesWritten', await counted(tx,
      `UNWIND $rows AS row MATCH ()-[r:${type} {map: row.props.map, id: row.props.id}]->() WHERE r.version = row.expected
       SET r += row.props, r.updatedAt = $now, r.version = r.version + 1 SET r.seedVersion = r.version
       RETURN count(r) AS written`, { rows: rows.map((r) => ({ props: r.props, expected: r.expected })), now }));
  }
  if (writes.ledger) await tx.run(
    `MERGE (l:${SEED_LEDGER_LABEL} {forMap: $map}) SET l.nodeIds = $nodeIds, l.tieIds = $tieIds, l.updatedAt = $now`,
    { map, nodeIds: writes.ledger.nodeIds, tieIds: writes.ledger.tieIds, now },
  );
  // The seed records no changes, so its ledger's stamp is what tells the map's revision that it wrote.
  else if (result.nodesWritten + result.tiesWritten + result.mapsWritten > 0) {
    await tx.run(`MATCH (l:${SEED_LEDGER_LABEL} {forMap: $map}) SET l.updatedAt = $now`, { map, now });
  }
  return result;
}
