/**
 * Cypher for imports into one map: the lookups the plan needs and the writes of a commit, all
 * inside the one transaction the service opens, written in batches with UNWIND. Every statement
 * finds its nodes by map (and id), and everything created carries the map, so an import never
 * sees or touches another map. Labels and types in the text come only from the model's fixed
 * lists; everything else is a parameter.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { Actor } from '../access.ts';
import { nodeFacts, nodeSnapshot, storedValues, tieFacts, updateChange } from './changeRecords.ts';
import { recordChanges, type ChangeInput } from './historyRepository.ts';
import { ENTITY_LABEL } from './schemaRepository.ts';
import { plainProperties } from '../db/values.ts';
import type { AtlasNode, AtlasTie, Properties, WriteSet } from '../interchange/plan/types.ts';
import { NODE_LABELS, TIE_TYPE_NAMES, type NodeLabel } from '../model/model.ts';
import { hasTypePrefix } from '../model/rules/ids.ts';

/*
 * Lookups by map and id carry index hints: a plan made while the database was empty (a first
 * import) is cached, and without the hints it can scan instead of seek once the database is full.
 */
const BY_MAP_AND_ID = (variable: string) => `USING INDEX ${variable}:${ENTITY_LABEL}(map, id)`;

/** Rows per UNWIND: large enough to be fast, small enough to keep each statement's memory modest. */
export const BATCH_SIZE = 5000;

function batches<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH_SIZE) out.push(items.slice(i, i + BATCH_SIZE));
  return out;
}

function nodeLabel(labels: string[]): NodeLabel {
  return (labels.find((l) => (NODE_LABELS as readonly string[]).includes(l)) ?? 'Organisation') as NodeLabel;
}

/** Aliases are also kept as one text so the full-text index finds them. */
function withAliasText(properties: Properties): Properties {
  const aliases = properties.aliases;
  return Array.isArray(aliases) ? { ...properties, aliasText: aliases.join(' | ') } : properties;
}

/** A written tie's ends, as its change names them. */
const TIE_ENDS = 'a.id AS from, b.id AS to, a.name AS fromName, b.name AS toName, labels(a) AS fromLabels, labels(b) AS toLabels';
function tieEnds(r: { get(key: string): unknown }) {
  return { from: r.get('from') as string, to: r.get('to') as string, fromName: r.get('fromName') as string, toName: r.get('toName') as string, fromLabels: r.get('fromLabels') as string[], toLabels: r.get('toLabels') as string[] };
}

/** The last check before Cypher: a tie id that does not begin with its type could meet another type's id. */
function checkTieIds(type: string, ids: string[]): void {
  const bad = ids.find((id) => !hasTypePrefix(type, id));
  if (bad !== undefined) throw new Error(`import: tie id "${bad}" does not begin with its type ${type}`);
}

export interface WriteCounts {
  nodesCreated: number;
  nodesUpdated: number;
  tiesCreated: number;
  tiesUpdated: number;
}

export class ImportRepository {
  /** Every node's id, type, name and aliases in the map: what names in a file are matched against. */
  async atlasNodes(map: string, tx: ManagedTransaction): Promise<AtlasNode[]> {
    const { records } = await tx.run(
      `MATCH (n:${ENTITY_LABEL} {map: $map}) RETURN n.id AS id, labels(n) AS labels, n.name AS name, n.aliases AS aliases, n.importedId AS importedId`,
      { map },
    );
    return records.map((r) => ({ id: r.get('id'), label: nodeLabel(r.get('labels')), name: r.get('name') ?? '', aliases: r.get('aliases') ?? [], ...(r.get('importedId') ? { importedId: String(r.get('importedId')) } : {}) }));
  }

  async nodeProperties(map: string, tx: ManagedTransaction, ids: string[]): Promise<Map<string, Properties>> {
    const out = new Map<string, Properties>();
    for (const batch of batches(ids)) {
      const { records } = await tx.run(
        `UNWIND $ids AS id MATCH (n:${ENTITY_LABEL} {map: $map, id: id}) ${BY_MAP_AND_ID('n')} RETURN id, properties(n) AS props`,
        { map, ids: batch },
      );
      for (const r of records) out.set(r.get('id'), plainProperties(r.get('props')) as Properties);
    }
    return out;
  }

  /** Ties between pairs of the map's nodes (a tie's ends are always in its own map, so it is too). */
  async tiesBetween(map: string, tx: ManagedTransaction, pairs: { from: string; to: string }[]): Promise<AtlasTie[]> {
    const out: AtlasTie[] = [];
    for (const batch of batches(pairs)) {
      const { records } = await tx.run(
        `UNWIND $pairs AS pair
         MATCH (a:${ENTITY_LABEL} {map: $map, id: pair.from}) ${BY_MAP_AND_ID('a')}
         MATCH (b:${ENTITY_LABEL} {map: $map, id: pair.to}) ${BY_MAP_AND_ID('b')}
         MATCH (a)-[r]->(b)
         RETURN pair.from AS from, pair.to AS to, type(r) AS type, properties(r) AS props`,
        { map, pairs: batch },
      );
      for (const r of records) out.push({ from: r.get('from'), to: r.get('to'), type: r.get('type'), properties: plainProperties(r.get('props')) });
    }
    return out;
  }

  /** Ties of the map with the given ids, per type (each type's (map, id) index). */
  async tiesById(map: string, tx: ManagedTransaction, ties: { type: string; id: string }[]): Promise<AtlasTie[]> {
    const out: AtlasTie[] = [];
    for (const type of TIE_TYPE_NAMES) {
      const ids = ties.filter((t) => t.type === type).map((t) => t.id);
      for (const batch of batches(ids)) {
        const { records } = await tx.run(
          `UNWIND $ids AS id MATCH (a:${ENTITY_LABEL})-[r:${type} {map: $map, id: id}]->(b:${ENTITY_LABEL})
           RETURN a.id AS from, b.id AS to, properties(r) AS props`,
          { map, ids: batch },
        );
        for (const r of records) out.push({ from: r.get('from'), to: r.get('to'), type, properties: plainProperties(r.get('props')) });
      }
    }
    return out;
  }

  /**
   * Writes the plan into the map: what it creates carries the map, what it updates is found in it.
   * Every node and tie written is recorded as one change of the import `record.importId`.
   */
  async write(map: string, tx: ManagedTransaction, writes: WriteSet, now: string, record: { actor: Actor; importId: string }): Promise<WriteCounts> {
    const counts: WriteCounts = { nodesCreated: 0, nodesUpdated: 0, tiesCreated: 0, tiesUpdated: 0 };
    const changes: ChangeInput[] = [];
    const imported = { action: 'import', importId: record.importId } as const;
    for (const label of NODE_LABELS) {
      const rows = writes.createNodes.filter((n) => n.label === label).map((n) => withAliasText(n.properties));
      for (const batch of batches(rows)) {
        const result = await tx.run(
          `UNWIND $rows AS row
           CREATE (n:${ENTITY_LABEL}:${label})
           SET n = row, n.map = $map, n.createdAt = $now, n.updatedAt = $now, n.version = 1
           RETURN properties(n) AS props, labels(n) AS labels`,
          { map, rows: batch, now },
        );
        counts.nodesCreated += result.summary.counters.updates().nodesCreated;
        for (const r of result.records) {
          const props = r.get('props');
          changes.push({ ...imported, ...nodeFacts(props.id, props.name, r.get('labels')), before: null, after: nodeSnapshot(props, r.get('labels')) });
        }
      }
    }
    for (const batch of batches(writes.updateNodes.map((u) => ({ id: u.id, set: withAliasText(u.set) })))) {
      const { records } = await tx.run(
        `UNWIND $rows AS row
         MATCH (n:${ENTITY_LABEL} {map: $map, id: row.id}) ${BY_MAP_AND_ID('n')}
         WITH n, row, properties(n) AS old
         SET n += row.set, n.updatedAt = $now, n.version = coalesce(n.version, 0) + 1
         RETURN old, properties(n) AS props, labels(n) AS labels`,
        { map, rows: batch, now },
      );
      counts.nodesUpdated += records.length;
      for (const r of records) changes.push({ ...imported, ...nodeFacts(r.get('props').id, r.get('props').name, r.get('labels')), ...updateChange(r.get('old'), r.get('props')) });
    }
    for (const type of TIE_TYPE_NAMES) {
      const created = writes.createTies.filter((t) => t.type === type).map((t) => ({ from: t.from, to: t.to, props: t.properties }));
      checkTieIds(type, created.map((t) => String(t.props.id)));
      for (const batch of batches(created)) {
        const result = await tx.run(
          `UNWIND $rows AS row
           MATCH (a:${ENTITY_LABEL} {map: $map, id: row.from}) ${BY_MAP_AND_ID('a')}
           MATCH (b:${ENTITY_LABEL} {map: $map, id: row.to}) ${BY_MAP_AND_ID('b')}
           CREATE (a)-[r:${type}]->(b)
           SET r = row.props, r.map = $map, r.createdAt = $now, r.updatedAt = $now, r.version = 1
           RETURN properties(r) AS props, ${TIE_ENDS}`,
          { map, rows: batch, now },
        );
        counts.tiesCreated += result.summary.counters.updates().relationshipsCreated;
        for (const r of result.records) {
          const ends = tieEnds(r);
          changes.push({ ...imported, ...tieFacts(type, r.get('props').id, ends), before: null, after: { tieType: type, from: ends.from, to: ends.to, properties: storedValues(r.get('props')) } });
        }
      }
      const updated = writes.updateTies.filter((t) => t.type === type);
      for (const batch of batches(updated)) {
        const { records } = await tx.run(
          `UNWIND $rows AS row
           MATCH (a:${ENTITY_LABEL} {map: $map, id: row.from}) ${BY_MAP_AND_ID('a')}
           MATCH (b:${ENTITY_LABEL} {map: $map, id: row.to}) ${BY_MAP_AND_ID('b')}
           MATCH (a)-[r:${type} {map: $map, id: row.id}]->(b)
           WITH a, b, r, properties(r) AS old
           SET r += row.set, r.updatedAt = $now, r.version = coalesce(r.version, 0) + 1
           RETURN old, properties(r) AS props, ${TIE_ENDS}`,
          { map, rows: batch, now },
        );
        counts.tiesUpdated += records.length;
        for (const r of records) changes.push({ ...imported, ...tieFacts(type, r.get('props').id, tieEnds(r)), ...updateChange(r.get('old'), r.get('props')) });
      }
    }
    await recordChanges(tx, map, record.actor, changes, now);
    return counts;
  }
}
