/**
 * Cypher for writing nodes: create, update, delete and merge, each in one transaction.
 * A write locks the node first (setting a marker property it removes before commit), then reads
 * its version, so two writers based on the same version cannot both succeed.
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { Actor } from '../access.ts';
import { nodeFacts, nodeSnapshot, storedValues, tieFacts, updateChange } from './changeRecords.ts';
import { recordChange, recordChanges } from './historyRepository.ts';
import { toEntity, type Entity } from '../db/records.ts';
import { CONTACT_LABEL, ENTITY_LABEL } from './schemaRepository.ts';
import { writeTransaction } from '../db/transactions.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
import { TIE_TYPE_NAMES, type NodeLabel, type PropertyValue } from '../model/model.ts';
import { RESERVED_PROPERTIES } from '../model/rules/reserved.ts';

export interface Locked {
  entity: Entity;
  labels: string[];
}

export async function lockNode(tx: ManagedTransaction, map: string, id: string): Promise<Locked | undefined> {
  const { records } = await tx.run(
    `MATCH (n:${ENTITY_LABEL} {map: $map, id: $id}) SET n.__lock = true RETURN properties(n) AS props, labels(n) AS labels`,
    { map, id },
  );
  if (records.length === 0) return undefined;
  return { entity: toEntity(records[0].get('props'), records[0].get('labels')), labels: records[0].get('labels') };
}

export function checkVersion(locked: Locked, expected: number): void {
  if (locked.entity.version !== expected) {
    throw new ConflictError(
      `"${locked.entity.name}" was changed by someone else since you read it (your version ${expected}, now ${locked.entity.version}). Reload it, then make your change again.`,
      locked.entity,
    );
  }
}

export interface MergeResult {
  node: Entity;
  movedTies: number;
  combinedTies: number;
  droppedTies: string[];
}

export class EntityRepository {
  constructor(private readonly driver: Driver, private readonly database: string) {}

  private write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return writeTransaction(this.driver, this.database, work);
  }

  /** Creates a node in the map with the first id among `candidates` the map has free (or exactly `fixedId`). */
  async create(map: string, actor: Actor, label: NodeLabel, properties: Record<string, PropertyValue>, ids: { fixedId?: string; candidates: string[] }): Promise<Entity> {
    return this.write(async (tx) => {
      const wanted = ids.fixedId ? [ids.fixedId] : ids.candidates;
      const { records } = await tx.run(
        `UNWIND $wanted AS candidate OPTIONAL MATCH (n:${ENTITY_LABEL} {map: $map, id: candidate})
         RETURN candidate, n IS NOT NULL AS taken, properties(n) AS props, labels(n) AS labels`,
        { map, wanted },
      );
      const free = records.find((r) => !r.get('taken'));
      if (!free) {
        const existing = records[0];
        if (ids.fixedId) throw new ConflictError(`The id "${ids.fixedId}" is already used by "${existing.get('props').name}". Choose another id, or leave it out to have one made.`, toEntity(existing.get('props'), existing.get('labels')));
        throw new ConflictError('No free id could be made from that name. Give an explicit id.');
      }
      const now = new Date().toISOString();
      // The label comes from the model's fixed list (checked by the route schema), never from text.
      const created = await tx.run(
        `CREATE (n:${ENTITY_LABEL}:${label}) SET n = $properties, n.map = $map, n.id = $id, n.createdAt = $now, n.updatedAt = $now, n.version = 1
         RETURN properties(n) AS props, labels(n) AS labels`,
        { properties, map, id: free.get('candidate'), now },
      );
      const props = created.records[0].get('props');
      const labels = created.records[0].get('labels');
      await recordChange(tx, map, actor, { action: 'create', ...nodeFacts(props.id, props.name, labels), before: null, after: nodeSnapshot(props, labels) });
      return toEntity(props, labels);
    });
  }

  async update(map: string, actor: Actor, id: string, version: number | null, changes: Record<string, PropertyValue>, action: 'update' | 'confirm' = 'update'): Promise<Entity> {
    return this.write(async (tx) => {
      const locked = await lockNode(tx, map, id);
      if (!locked) throw new NotFoundError(`No node in this map has the id "${id}".`);
      // A confirmation (version null) is not based on a read: it says the record as it is holds.
      if (version !== null) checkVersion(locked, version);
      // `+=` with a null value removes that property.
      const { records } = await tx.run(
        `MATCH (n:${ENTITY_LABEL} {map: $map, id: $id})
         WITH n, properties(n) AS old
         SET n += $changes, n.updatedAt = $now, n.version = n.version + 1 REMOVE n.__lock
         RETURN old, properties(n) AS props, labels(n) AS labels`,
        { map, id, changes, now: new Date().toISOString() },
      );
      const [props, labels] = [records[0].get('props'), records[0].get('labels')];
      await recordChange(tx, map, actor, { action, ...nodeFacts(id, props.name, labels), ...updateChange(records[0].get('old'), props) });
      return toEntity(props, labels);
    });
  }

  async delete(map: string, actor: Actor, id: string, version: number): Promise<{ deleted: string; ties: number }> {
    return this.write(async (tx) => {
      const locked = await lockNode(tx, map, id);
      if (!locked) throw new NotFoundError(`No node in this map has the id "${id}".`);
      checkVersion(locked, version);
      await recordNodeRemoval(tx, map, actor, id, 'delete');
      const { records } = await tx.run(
        `MATCH (n:${ENTITY_LABEL} {map: $map, id: $id}) OPTIONAL MATCH (n)-[r]-() WITH n, count(r) AS ties DETACH DELETE n RETURN ties`,
        { map, id },
      );
      // A person's contact details go with them (they are beside the data, so DETACH DELETE does not reach them).
      await tx.run(`MATCH (c:${CONTACT_LABEL} {map: $map, personId: $id}) DELETE c`, { map, id });
      return { deleted: id, ties: records[0].get('ties').toNumber() };
    });
  }

  async find(map: string, id: string): Promise<Entity | undefined> {
    const { records } = await this.driver.executeQuery(
      `MATCH (n:${ENTITY_LABEL} {map: $map, id: $id}) RETURN properties(n) AS props, labels(n) AS labels`,
      { map, id },
      { database: this.database },
    );
    return records.length ? toEntity(records[0].get('props'), records[0].get('labels')) : undefined;
  }

  /** Where a merged-away id went in the map, for a helpful 404 (found through the Entity map index). */
  async mergedInto(map: string, id: string): Promise<{ id: string; name: string } | undefined> {
    const { records } = await this.driver.executeQuery(
      `MATCH (n:${ENTITY_LABEL} {map: $map}) WHERE n:Organisation AND $id IN n.mergedIds RETURN n.id AS id, n.name AS name LIMIT 1`,
      { map, id },
      { database: this.database },
    );
    return records.length ? { id: records[0].get('id'), name: records[0].get('name') } : undefined;
  }

  /**
   * Folds `merged` into `survivor`: every tie moves across (a tie the survivor already has to the
   * same node is combined, keeping both sources), the merged names become aliases, properties the
   * survivor lacks are copied, and the merged node is deleted. Ties between the two would become
   * ties to itself, so they are dropped and reported.
   */
  async mergeOrganisations(map: string, actor: Actor, survivor: { id: string; version: number }, merged: { id: string; version: number }): Promise<MergeResult> {
    return this.write(async (tx) => {
      const kept = await lockNode(tx, map, survivor.id);
      const gone = await lockNode(tx, map, merged.id);
      if (!kept) throw new NotFoundError(`No organisation in this map has the id "${survivor.id}".`);
      if (!gone) throw new NotFoundError(`No organisation in this map has the id "${merged.id}".`);
      for (const [locked, role] of [[kept, 'survivor'], [gone, 'merged']] as const) {
        if (locked.entity.nodeType !== 'Organisation') {
          throw new ConflictError(`Only organisations can be merged; the ${role} "${locked.entity.name}" is a ${locked.entity.nodeType}.`, locked.entity);
        }
      }
      checkVersion(kept, survivor.version);
      checkVersion(gone, merged.version);
      // Both records with all their ties, as they were: enough for a revert to put them back exactly.
      const before = { survivor: (await nodeWithTies(tx, map, survivor.id)).snapshot, merged: (await nodeWithTies(tx, map, merged.id)).snapshot };

      const { records: dropped } = await tx.run(
        `MATCH (:${ENTITY_LABEL} {map: $map, id: $survivor})-[r]-(:${ENTITY_LABEL} {map: $map, id: $merged}) RETURN coalesce(r.id, elementId(r)) AS id`,
        { map, survivor: survivor.id, merged: merged.id },
      );
      const now = new Date().toISOString();
      let movedTies = 0;
      let combinedTies = 0;
      // Tie types cannot be parameters; each comes from the model's fixed list.
      for (const type of TIE_TYPE_NAMES) {
        for (const direction of ['out', 'in'] as const) {
          const [pattern, existing, create] = direction === 'out'
            ? [`(m)-[r:${type}]->(o)`, `(s)-[d:${type}]->(o)`, `(s)-[n:${type}]->(o)`]
            : [`(m)<-[r:${type}]-(o)`, `(s)<-[d:${type}]-(o)`, `(s)<-[n:${type}]-(o)`];
          // The old tie is deleted before its copy is made, so the copy can keep its id.
          const { records } = await tx.run(
            `MATCH (m:${ENTITY_LABEL} {map: $map, id: $merged}), (s:${ENTITY_LABEL} {map: $map, id: $survivor})
             MATCH ${pattern} WHERE o.id <> $survivor
             OPTIONAL MATCH ${existing}
             WITH s, r, o, head(collect(d)) AS same
             WITH s, r, o, same, properties(r) AS props
             DELETE r
             WITH s, o, same, props
             CALL (s, o, same, props) {
               WITH s, o, same, props WHERE same IS NOT NULL
               WITH s, o, same, props, properties(same) AS own
               SET same += props
               SET same += own,
                   same.source = CASE WHEN props.source IS NULL OR same.source = props.source THEN same.source ELSE same.source + '; ' + props.source END,
                   same.mergedTieIds = coalesce(same.mergedTieIds, []) + coalesce(props.id, []),
                   same.updatedAt = $now, same.version = coalesce(same.version, 0) + 1
               RETURN 1 AS combined, 0 AS moved
             UNION
               WITH s, o, same, props WHERE same IS NULL
               CREATE ${create}
               SET n = props, n.updatedAt = $now, n.version = coalesce(props.version, 0) + 1
               RETURN 0 AS combined, 1 AS moved
             }
             RETURN sum(combined) AS combined, sum(moved) AS moved`,
            { map, merged: merged.id, survivor: survivor.id, now },
          );
          combinedTies += records[0].get('combined').toNumber();
          movedTies += records[0].get('moved').toNumber();
        }
      }

      const listOf = (value: unknown) => (Array.isArray(value) ? (value as string[]) : []);
      const aliases = [...new Set([...listOf(kept.entity.aliases), gone.entity.name, ...listOf(gone.entity.aliases)])].filter((a) => a !== kept.entity.name);
      const mergedIds = [...new Set([...listOf(kept.entity.mergedIds), merged.id, ...listOf(gone.entity.mergedIds)])];
      const { records } = await tx.run(
        `MATCH (s:${ENTITY_LABEL} {map: $map, id: $survivor}), (m:${ENTITY_LABEL} {map: $map, id: $merged})
         WITH s, m, m.source AS mergedSource
         DETACH DELETE m
         WITH s, mergedSource
         SET s += $fill,
             s.aliases = $aliases, s.aliasText = $aliasText, s.mergedIds = $mergedIds,
             s.source = CASE WHEN mergedSource IS NULL OR s.source = mergedSource THEN s.source ELSE s.source + '; ' + mergedSource END,
             s.updatedAt = $now, s.version = s.version + 1
         REMOVE s.__lock
         RETURN properties(s) AS props, labels(s) AS labels`,
        { map, survivor: survivor.id, merged: merged.id, fill: fillMissing(kept.entity, gone.entity), aliases, aliasText: aliases.join(' | '), mergedIds, now },
      );
      const [props, labels] = [records[0].get('props'), records[0].get('labels')];
      await recordChange(tx, map, actor, {
        action: 'merge', ...nodeFacts(survivor.id, props.name, labels), fromId: merged.id, toId: survivor.id, fromName: gone.entity.name, toName: kept.entity.name,
        fromType: 'Organisation', toType: 'Organisation', before, after: { survivor: nodeSnapshot(props, labels) },
      });
      return {
        node: toEntity(props, labels),
        movedTies,
        combinedTies,
        droppedTies: dropped.map((r) => r.get('id') as string),
      };
    });
  }
}

/** A node with its ties as they are now: what a delete keeps so that a revert can bring them back. */
export async function nodeWithTies(tx: ManagedTransaction, map: string, id: string) {
  const { records } = await tx.run(
    `MATCH (n:${ENTITY_LABEL} {map: $map, id: $id})
     OPTIONAL MATCH (n)-[r]-(o:${ENTITY_LABEL})
     RETURN properties(n) AS props, labels(n) AS labels,
            collect(CASE WHEN r IS NULL THEN null ELSE {type: type(r), props: properties(r), from: startNode(r).id, to: endNode(r).id, other: o.name, otherLabels: labels(o), out: startNode(r) = n} END) AS ties`,
    { map, id },
  );
  const row = records[0];
  const props = row.get('props');
  const labels = row.get('labels') as string[];
  const ties = (row.get('ties') as { type: string; props: Record<string, unknown>; from: string; to: string; other: string; otherLabels: string[]; out: boolean }[])
    .map((t) => ({ ...t, ends: t.out
      ? { from: t.from, to: t.to, fromName: props.name, toName: t.other, fromLabels: labels, toLabels: t.otherLabels }
      : { from: t.from, to: t.to, fromName: t.other, toName: props.name, fromLabels: t.otherLabels, toLabels: labels } }));
  const snapshot = nodeSnapshot(props, labels, ties.map((t) => ({ tieType: t.type, from: t.from, to: t.to, properties: storedValues(t.props) })));
  return { props, labels, ties, snapshot };
}

/** Records a node's removal with its ties (one change each, part of the node's), before it is deleted. */
async function recordNodeRemoval(tx: ManagedTransaction, map: string, actor: Actor, id: string, action: 'delete'): Promise<void> {
  const { props, labels, ties, snapshot } = await nodeWithTies(tx, map, id);
  const node = await recordChange(tx, map, actor, { action, ...nodeFacts(id, props.name, labels), before: snapshot, after: null });
  await recordChanges(tx, map, actor, ties.map((t) => ({
    action, ...tieFacts(t.type, String(t.props.id), t.ends), before: { tieType: t.type, from: t.from, to: t.to, properties: storedValues(t.props) }, after: null, partOf: node.id,
  })), node.at);
}

/** The merged node's properties that the survivor does not have, without bookkeeping. */
export function fillMissing(survivor: Entity, merged: Entity): Record<string, unknown> {
  const skip = new Set([...RESERVED_PROPERTIES, 'name', 'aliases', 'source']);
  return Object.fromEntries(Object.entries(merged).filter(([key, value]) => !skip.has(key) && value !== null && value !== undefined && survivor[key] === undefined));
}
