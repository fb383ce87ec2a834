/**
 * Cypher for what moves a map's data as a whole, each in one transaction: deleting a map with all
 * its nodes and ties, duplicating a map, and copying one node into another map. Labels and tie
 * types are copied as stored (Cypher's dynamic labels), never taken from a request.
 */
import { toEntity, type Entity } from '../db/records.ts';
import { ConflictError, MapArchivedError, NoMapError, NotFoundError } from '../errors.ts';
import type { MapRecord } from '../model/maps.ts';
import { checkMapVersion, insertMap, lockMap, MapRepository, toMapRecord, type MapToInsert } from './mapRepository.ts';
import { ENTITY_LABEL, MAP_LABEL, CONTACT_LABEL } from './schemaRepository.ts';

/** Bookkeeping a copy starts afresh: it is a new record in its map. */
const FRESH = 'createdAt: $now, updatedAt: $now, version: 1, seedHash: null, __lock: null';

export class MapContentRepository extends MapRepository {
  /** Deletes the map's record, nodes and ties together, or nothing (a stale version is 409). */
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
      // People's contact details are beside the data, so they go by their own (map, personId) index.
      await tx.run(`MATCH (c:${CONTACT_LABEL} {map: $id}) WHERE c.personId IS NOT NULL DELETE c`, { id });
      return { nodes: records[0].get('nodes').toNumber(), ties: records[0].get('ties').toNumber() };
    });
  }

  /** A new map with a copy of every node and tie of `from`, its description, owner, appearance and layout. */
  async duplicate(from: string, to: MapToInsert, now = new Date().toISOString()): Promise<{ map: MapRecord; nodes: number; ties: number }> {
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
         RETURN count(c) AS copied`,
        { from, to: copy.id, now },
      );
      const ties = await tx.run(
        `MATCH (a:${ENTITY_LABEL} {map: $from})-[r]->(b)
         MATCH (ca:${ENTITY_LABEL} {map: $to, id: a.id}), (cb:${ENTITY_LABEL} {map: $to, id: b.id})
         CREATE (ca)-[t:$(type(r))]->(cb) SET t = r {.*, map: $to, ${FRESH}}
         RETURN count(t) AS copied`,
        { from, to: copy.id, now },
      );
      return { map: copy, nodes: nodes.records[0].get('copied').toNumber(), ties: ties.records[0].get('copied').toNumber() };
    });
  }

  /** Copies one node (not its ties) into another map, remembering `copiedFrom: "<map>/<id>"`. */
  async copyNode(from: string, id: string, to: string, now = new Date().toISOString()): Promise<Entity> {
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
      return toEntity(copied.records[0].get('props'), copied.records[0].get('labels'));
    });
  }
}
