/**
 * Cypher for putting recorded states back (historyService's reverts), inside the caller's one
 * transaction: set fields back, delete what a change made, make again what a change deleted.
 * Labels and tie types come from the model's fixed lists, checked before they reach the text.
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { writeTransaction } from '../db/transactions.ts';
import { ConflictError } from '../errors.ts';
import type { FieldValues, NodeSnapshot, TieSnapshot } from '../model/history.ts';
import { NODE_LABELS, TIE_TYPE_NAMES } from '../model/model.ts';
import { lockNode } from './entityRepository.ts';
import { ENTITY_LABEL } from './schemaRepository.ts';
import { lockTie } from './tieRepository.ts';

export { lockNode, lockTie };

function nodeLabel(nodeType: string): string {
  if (!(NODE_LABELS as readonly string[]).includes(nodeType)) throw new ConflictError(`The recorded kind "${nodeType}" is not one the model knows, so it cannot be put back.`);
  return nodeType;
}

function tieType(type: string): string {
  if (!(TIE_TYPE_NAMES as readonly string[]).includes(type)) throw new ConflictError(`The recorded tie type "${type}" is not one the model knows, so it cannot be put back.`);
  return type;
}

/** Aliases are also kept as one text for the full-text index: it follows them back. */
function withAliasText(fields: FieldValues): FieldValues {
  if (!('aliases' in fields)) return fields;
  const aliases = fields.aliases;
  return { ...fields, aliasText: Array.isArray(aliases) && aliases.length ? aliases.join(' | ') : null };
}

export class RevertRepository {
  constructor(private readonly driver: Driver, private readonly database: string) {}

  write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return writeTransaction(this.driver, this.database, work);
  }
}

/** Sets fields of a locked node (null removes one), bumping its version; answers its properties after. */
export async function setNodeFields(tx: ManagedTransaction, map: string, id: string, fields: FieldValues, now: string): Promise<Record<string, unknown>> {
  const { records } = await tx.run(
    `MATCH (n:${ENTITY_LABEL} {map: $map, id: $id}) SET n += $fields, n.updatedAt = $now, n.version = n.version + 1 REMOVE n.__lock RETURN properties(n) AS props`,
    { map, id, fields: withAliasText(fields), now },
  );
  return records[0].get('props');
}

export async function setTieFields(tx: ManagedTransaction, map: string, id: string, type: string, fields: FieldValues, now: string): Promise<Record<string, unknown>> {
  const { records } = await tx.run(
    `MATCH ()-[r:${tieType(type)} {map: $map, id: $id}]->() SET r += $fields, r.updatedAt = $now, r.version = r.version + 1 REMOVE r.__lock RETURN properties(r) AS props`,
    { map, id, fields, now },
  );
  return records[0].get('props');
}

export async function removeNode(tx: ManagedTransaction, map: string, id: string): Promise<void> {
  await tx.run(`MATCH (n:${ENTITY_LABEL} {map: $map, id: $id}) DETACH DELETE n`, { map, id });
}

export async function removeTie(tx: ManagedTransaction, map: string, id: string, type: string): Promise<void> {
  await tx.run(`MATCH ()-[r:${tieType(type)} {map: $map, id: $id}]->() DELETE r`, { map, id });
}

/** Removes every tie of a node (a merge's revert puts back the ones it had before). */
export async function removeTiesOf(tx: ManagedTransaction, map: string, id: string): Promise<void> {
  await tx.run(`MATCH (n:${ENTITY_LABEL} {map: $map, id: $id})-[r]-() DELETE r`, { map, id });
}

/** Makes a node again as recorded; its id must be free. The version goes on from the recorded one. */
export async function restoreNode(tx: ManagedTransaction, map: string, snapshot: NodeSnapshot, now: string): Promise<Record<string, unknown>> {
  const id = String(snapshot.properties.id);
  const { records: taken } = await tx.run(`MATCH (n:${ENTITY_LABEL} {map: $map, id: $id}) RETURN n.name AS name`, { map, id });
  if (taken.length) throw new ConflictError(`The id "${id}" is used again by "${taken[0].get('name')}", so the old record cannot come back. Delete or rename that one first.`);
  const { records } = await tx.run(
    `CREATE (n:${ENTITY_LABEL}:${nodeLabel(snapshot.nodeType)}) SET n = $properties, n.map = $map, n.updatedAt = $now, n.version = coalesce(n.version, 0) + 1 RETURN properties(n) AS props`,
    { map, properties: withAliasText(snapshot.properties), now },
  );
  return records[0].get('props');
}

/** Replaces a node's properties with recorded ones (a merge's survivor), keeping the version going. */
export async function replaceNode(tx: ManagedTransaction, map: string, id: string, properties: FieldValues, now: string): Promise<Record<string, unknown>> {
  const { records } = await tx.run(
    `MATCH (n:${ENTITY_LABEL} {map: $map, id: $id}) WITH n, n.version AS version SET n = $properties, n.map = $map, n.updatedAt = $now, n.version = version + 1 RETURN properties(n) AS props`,
    { map, id, properties: withAliasText(properties), now },
  );
  return records[0].get('props');
}

/** Makes a tie again as recorded; both its ends must be in the map and its id free. */
export async function restoreTie(tx: ManagedTransaction, map: string, tie: TieSnapshot, now: string): Promise<Record<string, unknown>> {
  const id = String(tie.properties.id);
  const type = tieType(tie.tieType);
  const { records: ends } = await tx.run(
    `OPTIONAL MATCH (a:${ENTITY_LABEL} {map: $map, id: $from}) OPTIONAL MATCH (b:${ENTITY_LABEL} {map: $map, id: $to})
     OPTIONAL MATCH ()-[t:${type} {map: $map, id: $id}]->()
     RETURN a IS NOT NULL AS hasFrom, b IS NOT NULL AS hasTo, t IS NOT NULL AS taken`,
    { map, from: tie.from, to: tie.to, id },
  );
  const row = ends[0];
  const missing = [!row.get('hasFrom') && tie.from, !row.get('hasTo') && tie.to].filter(Boolean);
  if (missing.length) throw new ConflictError(`The ${tie.tieType} tie "${id}" cannot come back: ${missing.map((m) => `"${m}"`).join(' and ')} ${missing.length > 1 ? 'are' : 'is'} no longer in the map.`);
  if (row.get('taken')) throw new ConflictError(`A tie with the id "${id}" exists again, so the old one cannot come back. Remove that one first.`);
  const { records } = await tx.run(
    `MATCH (a:${ENTITY_LABEL} {map: $map, id: $from}), (b:${ENTITY_LABEL} {map: $map, id: $to})
     CREATE (a)-[r:${type}]->(b) SET r = $properties, r.map = $map, r.updatedAt = $now, r.version = coalesce(r.version, 0) + 1
     RETURN properties(r) AS props`,
    { map, from: tie.from, to: tie.to, properties: tie.properties, now },
  );
  return records[0].get('props');
}
