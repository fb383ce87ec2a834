/**
 * Cypher for what moves a map's data as a whole, each in one transaction: deleting a map with all
 * its nodes and ties, duplicating a map, and copying one node into another map. Labels and tie
 * types are copied as stored (Cypher's dynamic labels), never taken from a request.
 */
import type { Actor } from '../access.ts';
import { toEntity, type Entity } from '../db/records.ts';
import { nodeFacts, nodeSnapshot, storedValues, tieFacts } from './changeRecords.ts';
import { deleteMapHistory, recordChange, recordChanges } from './historyRepository.ts';
import { ConflictError, MapArchivedError, NoMapError, NotFoundError } from '../errors.ts';
import type { MapRecord } from '../model/maps.ts';
import { checkMapVersion, insertMap, lockMap, MapRepository, toMapRecord, type MapToInsert } from './mapRepository.ts';
import { MEMBERSHIP_LABEL } from './accountSchema.ts';
import { CONTACT_LABEL, ENTITY_LABEL, MAP_LABEL } from './schemaRepository.ts';

/** What a copy's creation records: each copied node and tie as a create in the map it was copied into. */
const COPIED_NODE = 'properties(c) AS props, labels(c) AS labels';
const COPIED_TIE = 'properties(t) AS props, type(t) AS type, ca.id AS from, cb.id AS to, ca.name AS fromName, cb.name AS toName, labels(ca) AS fromLabels, labels(cb) AS toLabels';

/** Bookkeeping a copy starts afresh: it is a new record in its map. */
const FRESH = 'createdAt: $now, updatedAt: $now, version: 1, seedHash: null, seedVersion: null, __lock: null';

export class MapContentRepository extends MapRepository {
  /** Deletes the map's record, nodes, ties and history together, or nothing (a stale version is 409). */
  async deleteMap(id: string, version: number): Promise<{ nodes: number; ties: number }> {
    return this.write(async (tx) => {
      checkMapVersion(await lockMap(tx, id), version);
      const { records } = await tx.run(
        `MATCH (n:${ENTITY_LABEL} {map: $id})
         WITH collect(n) AS nodes
         CALL (nodes) { UNWIND nodes AS n MATCH (n)-[r]->() RETURN count(r) AS ties }
         CALL (nodes) { UNWIND nodes AS n DETACH DELETE n }
         MATCH (m:${MAP_LABEL} {id: $id}) DELETE m
         RETURN size(nodes) AS nodes, ties`,
        { id },
      );
      await deleteMapHistory(tx, id);
      // Its members' roles go with it, so a later map with the same id does not inherit them.
      await tx.run(`MATCH (ms:${MEMBERSHIP_LABEL} {map: $id}) DELETE ms`, { id });
      // People's contact details are beside the data, so they go by their own (map, personId) index.
      await tx.run(`MATCH (c:${CONTACT_LABEL} {map: $id}) WHERE c.personId IS NOT NULL DELETE c`, { id });
      return { nodes: records[0].get('nodes').toNumber(), ties: records[0].get('ties').toNumber() };
    });
  }

  /** A new map with a copy of every node and tie of `from`, its description, owner, appearance and layout. */
  async duplicate(from: string, to: MapToInsert, actor: Actor, now = new Date().toISOString()): Promise<{ map: MapRecord; nodes: number; ties: number }> {
    return this.write(async (tx) => {
      const source = await tx.run(`MATCH (m:${MAP_LABEL} {id: $from}) RETURN properties(m) AS props, m.layout AS layout`, { from });
      if (source.records.length === 0) throw new NoMapError(from);
      const original = toMapRecord(source.records[0].get('props'));
      const copy = await insertMap(tx, { description: original.description, owner: original.owner, appearance: original.appearance, ...to, copiedFrom: from }, now, {
        layout: source.records[0].get('layout') ?? null,
      });
      const nodes = await tx.run(
        `MATCH (n:${ENTITY_LABEL} {map: $from})
         CREATE (c:$(labels(n))) SET c = n {.*, map: $to, ${FRESH}}
         RETURN ${COPIED_NODE}`,
        { from, to: copy.id, now },
      );
      const ties = await tx.run(
        `MATCH (a:${ENTITY_LABEL} {map: $from})-[r]->(b)
         MATCH (ca:${ENTITY_LABEL} {map: $to, id: a.id}), (cb:${ENTITY_LABEL} {map: $to, id: b.id})
         CREATE (ca)-[t:$(type(r))]->(cb) SET t = r {.*, map: $to, ${FRESH}}
         RETURN ${COPIED_TIE}`,
        { from, to: copy.id, now },
      );
      await recordChanges(tx, copy.id, actor, [
        ...nodes.records.map((r) => ({ action: 'create' as const, ...nodeFacts(r.get('props').id, r.get('props').name, r.get('labels')), before: null, after: nodeSnapshot(r.get('props'), r.get('labels')) })),
        ...ties.records.map((r) => {
          const ends = { from: r.get('from'), to: r.get('to'), fromName: r.get('fromName'), toName: r.get('toName'), fromLabels: r.get('fromLabels'), toLabels: r.get('toLabels') };
          return { action: 'create' as const, ...tieFacts(r.get('type'), r.get('props').id, ends), before: null, after: { tieType: r.get('type'), from: ends.from, to: ends.to, properties: storedValues(r.get('props')) } };
        }),
      ], now);
      return { map: copy, nodes: nodes.records.length, ties: ties.records.length };
    });
  }

  /** Copies one node (not its ties) into another map, remembering `copiedFrom: "<map>/<id>"`. */
  async copyNode(from: string, id: string, to: string, actor: Actor, now = new Date().toISOString()): Promise<Entity> {
    return this.write(async (tx) => {
      const target = await tx.run(`MATCH (m:${MAP_LABEL} {id: $to}) RETURN properties(m) AS props`, { to });
      if (target.records.length === 0) throw new NoMapError(to);
      const targetMap = toMapRecord(target.records[0].get('props'));
      if (targetMap.archived) throw new MapArchivedError(targetMap.title);
      const found = await tx.run(
        `MATCH (n:${ENTITY_LABEL} {map: $from, id: $id})
         OPTIONAL MATCH (there:${ENTITY_LABEL} {map: $to, id: $id})
         RETURN properties(n) AS props, labels(n) AS labels, properties(there) AS thereProps, labels(there) AS thereLabels`,
        { from, id, to },
      );
      if (found.records.length === 0) throw new NotFoundError(`No node has the id "${id}" in this map.`);
      const row = found.records[0];
      if (row.get('thereProps')) {
        const there = toEntity(row.get('thereProps'), row.get('thereLabels'));
        throw new ConflictError(`The map "${targetMap.title}" already has a node with the id "${id}" ("${there.name}"), so it was not copied. Open that one instead, or merge the two there.`, there);
      }
      const copied = await tx.run(
        `MATCH (n:${ENTITY_LABEL} {map: $from, id: $id})
         CREATE (c:$(labels(n))) SET c = n {.*, map: $to, copiedFrom: $copiedFrom, ${FRESH}}
         RETURN properties(c) AS props, labels(c) AS labels`,
        { from, id, to, copiedFrom: `${from}/${id}`, now },
      );
      const [props, labels] = [copied.records[0].get('props'), copied.records[0].get('labels')];
      await recordChange(tx, to, actor, { action: 'create', ...nodeFacts(id, props.name, labels), before: null, after: nodeSnapshot(props, labels) });
      return toEntity(props, labels);
    });
  }
}
