/** Cypher for writing ties: create, update, delete, each in one transaction with a version check. */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { Actor } from '../access.ts';
import { storedValues, tieFacts, updateChange, type TieEnds } from './changeRecords.ts';
import { recordChange } from './historyRepository.ts';
import { nodeTypeOf, toTie, type Tie } from '../db/records.ts';
import { ENTITY_LABEL } from './schemaRepository.ts';
import { writeTransaction } from '../db/transactions.ts';
import { BadRequestError, ConflictError, NotFoundError } from '../errors.ts';
import { MADE_AT, MADE_AT_LABELS } from '../model/time.ts';
import { TIE_TYPE_NAMES, type NodeLabel, type PropertyValue, type TieType } from '../model/model.ts';

/**
 * Finds a tie by map and id. A typed pattern per tie type lets each use its (map, id) index, which
 * one untyped pattern could not; the types come from the model's fixed list.
 */
function findTie(idExpression: string): string {
  return TIE_TYPE_NAMES.map(
    (type) => `MATCH (a:${ENTITY_LABEL})-[r:${type} {map: $map, id: ${idExpression}}]->(b:${ENTITY_LABEL}) RETURN r, a.id AS from, b.id AS to, a.name AS fromName, b.name AS toName, labels(a) AS fromLabels, labels(b) AS toLabels`,
  ).join(' UNION ALL ');
}
const FIND_TIE = findTie('$id');

export interface LockedTie {
  tie: Tie;
  props: Record<string, unknown>;
  ends: TieEnds;
}

export async function lockTie(tx: ManagedTransaction, map: string, id: string): Promise<LockedTie | undefined> {
  const { records } = await tx.run(
    `CALL () { ${FIND_TIE} }
     SET r.__lock = true
     RETURN properties(r) AS props, type(r) AS type, from, to, fromName, toName, fromLabels, toLabels`,
    { map, id },
  );
  if (records.length === 0) return undefined;
  const r = records[0];
  const ends: TieEnds = { from: r.get('from'), to: r.get('to'), fromName: r.get('fromName'), toName: r.get('toName'), fromLabels: r.get('fromLabels'), toLabels: r.get('toLabels') };
  return { tie: toTie(r.get('props'), r.get('type'), ends.from, ends.to), props: r.get('props'), ends };
}

/** `madeAt` must name an event or partnership of the same map, read in the transaction that writes the tie. */
async function checkMadeAt(tx: ManagedTransaction, map: string, properties: Record<string, PropertyValue>, field: string): Promise<void> {
  const madeAt = properties[MADE_AT];
  if (typeof madeAt !== 'string') return;
  const { records } = await tx.run(
    `MATCH (n:${ENTITY_LABEL} {map: $map, id: $id}) WHERE any(l IN labels(n) WHERE l IN $labels) RETURN count(n) AS c`,
    { map, id: madeAt, labels: [...MADE_AT_LABELS] },
  );
  if (records[0].get('c').toNumber() > 0) return;
  const message = `must name an event or partnership in this map; "${madeAt}" is not one. Give the id of the event or programme the tie was made at.`;
  throw new BadRequestError(`The tie was not saved: ${field} ${message}`, [{ field, code: 'not_found', message }]);
}

function endDeleted(ends: { from: string; to: string }): NotFoundError {
  return new NotFoundError(`The node "${ends.from}" or "${ends.to}" was deleted while the tie was being made; nothing was saved.`);
}

function checkVersion(tie: Tie, expected: number): void {
  if (tie.version !== expected) {
    throw new ConflictError(
      `This ${tie.tieType} tie was changed by someone else since you read it (your version ${expected}, now ${tie.version}). Reload it, then make your change again.`,
      tie,
    );
  }
}

/** Told the ties of the new tie's type already between its two ends (either way round); throws to refuse it. */
export type SameTiesCheck = (existing: Tie[], names: { from: string; to: string }) => void;

/**
 * Told a tie as a change would leave it, the change, and how to read the other ties of its type
 * between its ends (in the writing transaction, only if asked); throws to refuse the change.
 */
export type RepeatCheck = (changed: Tie, changes: Record<string, PropertyValue>, others: () => Promise<Tie[]>) => Promise<void>;

/** The ties of one type between two nodes, either way round, read in the transaction that writes the new one. */
async function sameTypeBetween(tx: ManagedTransaction, map: string, type: TieType, ends: { from: string; to: string }): Promise<Tie[]> {
  const { records } = await tx.run(
    `MATCH (a:${ENTITY_LABEL} {map: $map, id: $from})-[r:${type}]-(b:${ENTITY_LABEL} {map: $map, id: $to})
     RETURN properties(r) AS props, startNode(r).id AS from, endNode(r).id AS to`,
    { map, ...ends },
  );
  return records.map((r) => toTie(r.get('props'), type, r.get('from'), r.get('to')));
}

export class TieRepository {
  constructor(private readonly driver: Driver, private readonly database: string) {}

  private write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return writeTransaction(this.driver, this.database, work);
  }

  /** Creates a tie between two nodes of the map; their labels are read in the transaction that writes it. */
  async create(
    map: string,
    actor: Actor,
    type: TieType,
    ends: { from: string; to: string },
    properties: Record<string, PropertyValue>,
    ids: string[],
    checkEnds: (from: NodeLabel, to: NodeLabel) => void,
    checkRepeat: SameTiesCheck,
  ): Promise<Tie> {
    try {
      return await this.createIn(map, actor, type, ends, properties, ids, checkEnds, checkRepeat);
    } catch (error) {
      // The end was deleted between our reading it and the tie's creation taking its lock.
      if ((error as { code?: string }).code === 'Neo.ClientError.Statement.EntityNotFound') throw endDeleted(ends);
      throw error;
    }
  }

  private async createIn(
    map: string,
    actor: Actor,
    type: TieType,
    ends: { from: string; to: string },
    properties: Record<string, PropertyValue>,
    ids: string[],
    checkEnds: (from: NodeLabel, to: NodeLabel) => void,
    checkRepeat: SameTiesCheck,
  ): Promise<Tie> {
    return this.write(async (tx) => {
      const { records: endRecords } = await tx.run(
        `OPTIONAL MATCH (a:${ENTITY_LABEL} {map: $map, id: $from}) OPTIONAL MATCH (b:${ENTITY_LABEL} {map: $map, id: $to})
         RETURN labels(a) AS fromLabels, labels(b) AS toLabels, a.name AS fromName, b.name AS toName`,
        { map, ...ends },
      );
      const fromLabels = endRecords[0].get('fromLabels') as string[] | null;
      const toLabels = endRecords[0].get('toLabels') as string[] | null;
      if (!fromLabels) throw new NotFoundError(`No node in this map has the id "${ends.from}" (the tie's "from").`);
      if (!toLabels) throw new NotFoundError(`No node in this map has the id "${ends.to}" (the tie's "to").`);
      checkEnds(nodeTypeOf(fromLabels), nodeTypeOf(toLabels));
      await checkMadeAt(tx, map, properties, `/properties/${MADE_AT}`);
      checkRepeat(await sameTypeBetween(tx, map, type, ends), { from: endRecords[0].get('fromName'), to: endRecords[0].get('toName') });

      const { records: taken } = await tx.run(
        `UNWIND $ids AS candidate CALL (candidate) { ${findTie('candidate')} } RETURN collect(DISTINCT candidate) AS taken`,
        { map, ids },
      );
      const takenIds = new Set(taken[0].get('taken') as string[]);
      const id = ids.find((candidate) => !takenIds.has(candidate));
      if (!id) throw new ConflictError('Too many ties of this type already join these two nodes. Edit one of them instead.');
      const now = new Date().toISOString();
      const { records } = await tx.run(
        `MATCH (a:${ENTITY_LABEL} {map: $map, id: $from}), (b:${ENTITY_LABEL} {map: $map, id: $to})
         CREATE (a)-[r:${type}]->(b)
         SET r = $properties, r.map = $map, r.id = $id, r.createdAt = $now, r.updatedAt = $now, r.version = 1
         RETURN properties(r) AS props`,
        { map, ...ends, properties, id, now },
      );
      // An end deleted by another transaction since the ends were read above: nothing was created.
      if (records.length === 0) throw endDeleted(ends);
      const props = records[0].get('props');
      await recordChange(tx, map, actor, {
        action: 'create', ...tieFacts(type, id, { ...ends, fromName: endRecords[0].get('fromName'), toName: endRecords[0].get('toName'), fromLabels, toLabels }),
        before: null, after: { tieType: type, from: ends.from, to: ends.to, properties: storedValues(props) },
      });
      return toTie(props, type, ends.from, ends.to);
    });
  }

  async find(map: string, id: string): Promise<Tie | undefined> {
    const { records } = await this.driver.executeQuery(
      `CALL () { ${FIND_TIE} } RETURN properties(r) AS props, type(r) AS type, from, to`,
      { map, id },
      { database: this.database },
    );
    if (records.length === 0) return undefined;
    return toTie(records[0].get('props'), records[0].get('type'), records[0].get('from'), records[0].get('to'));
  }

  async update(map: string, actor: Actor, id: string, version: number | null, changes: (tie: Tie) => Record<string, PropertyValue>, action: 'update' | 'confirm' = 'update', checkRepeat?: RepeatCheck): Promise<Tie> {
    return this.write(async (tx) => {
      const locked = await lockTie(tx, map, id);
      if (!locked) throw new NotFoundError(`No tie in this map has the id "${id}".`);
      // A confirmation (version null) is not based on a read: it says the tie as it is holds.
      if (version !== null) checkVersion(locked.tie, version);
      const changed = changes(locked.tie);
      await checkMadeAt(tx, map, changed, `/changes/properties/${MADE_AT}`);
      // A null change removes the field, so the changed tie reads it as absent.
      const others = async () => (await sameTypeBetween(tx, map, locked.tie.tieType, locked.ends)).filter((tie) => tie.id !== id);
      await checkRepeat?.({ ...locked.tie, ...changed } as Tie, changed, others);
      const { records } = await tx.run(
        `CALL () { ${FIND_TIE} }
         SET r += $changes, r.updatedAt = $now, r.version = r.version + 1 REMOVE r.__lock
         RETURN properties(r) AS props, type(r) AS type, from, to`,
        { map, id, changes: changed, now: new Date().toISOString() },
      );
      const r = records[0];
      await recordChange(tx, map, actor, { action, ...tieFacts(locked.tie.tieType, id, locked.ends), ...updateChange(locked.props, r.get('props')) });
      return toTie(r.get('props'), r.get('type'), r.get('from'), r.get('to'));
    });
  }

  async delete(map: string, actor: Actor, id: string, version: number): Promise<{ deleted: string }> {
    return this.write(async (tx) => {
      const locked = await lockTie(tx, map, id);
      if (!locked) throw new NotFoundError(`No tie in this map has the id "${id}".`);
      checkVersion(locked.tie, version);
      await recordChange(tx, map, actor, {
        action: 'delete', ...tieFacts(locked.tie.tieType, id, locked.ends),
        before: { tieType: locked.tie.tieType, from: locked.ends.from, to: locked.ends.to, properties: storedValues(locked.props) }, after: null,
      });
      await tx.run(`CALL () { ${FIND_TIE} } DELETE r`, { map, id });
      return { deleted: id };
    });
  }
}
