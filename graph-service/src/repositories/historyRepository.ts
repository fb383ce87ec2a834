/**
 * Cypher for the history: every write records its changes as `(:Change)` nodes inside its own
 * transaction, so a failed write records nothing. Changes are outside the map's data (never an
 * Entity, never tied to anything); every query finds them through an index on (map, ...).
 */
import { randomUUID } from 'node:crypto';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { Actor } from '../access.ts';
import { int, plainProperties } from '../db/values.ts';
import type { ChangeAction, ChangeTarget } from '../model/history.ts';
import { CHANGE_LABEL } from './schemaRepository.ts';

/** What a write says about one change; who and when are added here. */
export interface ChangeInput {
  action: ChangeAction;
  targetKind: ChangeTarget;
  targetId: string;
  /** The node's name (or for a tie its type), as it was when the change was made. */
  targetName?: string;
  nodeType?: string;
  tieType?: string;
  /** A tie's ends, their names and kinds, as they were; a merge's merged (from) and surviving (to) organisation. */
  fromId?: string;
  toId?: string;
  fromName?: string;
  toName?: string;
  fromType?: string;
  toType?: string;
  before: unknown;
  after: unknown;
  importId?: string;
  revertOf?: string;
  /** A tie removed with its node: the node's change, which reverts it too. */
  partOf?: string;
}

/** A change as stored and answered: `before` and `after` parsed. */
export interface StoredChange extends ChangeInput {
  map: string;
  id: string;
  at: string;
  actorId: string | null;
  actorName: string;
  revertedBy?: string;
}

function toRow(map: string, actor: Actor, at: string, change: ChangeInput): Record<string, unknown> {
  const { before, after, ...rest } = change;
  return {
    ...rest, map, id: randomUUID(), at, actorId: actor.id, actorName: actor.name,
    before: before === null || before === undefined ? null : JSON.stringify(before),
    after: after === null || after === undefined ? null : JSON.stringify(after),
  };
}

function fromProps(props: Record<string, unknown>): StoredChange {
  const plain = plainProperties(props) as Record<string, unknown>;
  const parse = (text: unknown) => (typeof text === 'string' ? JSON.parse(text) : null);
  return { ...(plain as unknown as StoredChange), actorId: (plain.actorId as string | undefined) ?? null, before: parse(plain.before), after: parse(plain.after) };
}

/** Records one change in the transaction that makes it. */
export async function recordChange(tx: ManagedTransaction, map: string, actor: Actor, change: ChangeInput): Promise<StoredChange> {
  const [stored] = await recordChanges(tx, map, actor, [change]);
  return stored;
}

/** Records many changes at once (an import, a duplicated map), one statement per thousand. */
export async function recordChanges(tx: ManagedTransaction, map: string, actor: Actor, changes: ChangeInput[], at = new Date().toISOString()): Promise<StoredChange[]> {
  const rows = changes.map((change) => toRow(map, actor, at, change));
  for (let i = 0; i < rows.length; i += 1000) {
    await tx.run(`UNWIND $rows AS row CREATE (c:${CHANGE_LABEL}) SET c = row`, { rows: rows.slice(i, i + 1000) });
  }
  return rows.map((row) => fromProps(row));
}

/** Marks changes as undone by the revert `by`. */
export async function markReverted(tx: ManagedTransaction, map: string, ids: string[], by: string): Promise<void> {
  await tx.run(`UNWIND $ids AS id MATCH (c:${CHANGE_LABEL} {map: $map, id: id}) SET c.revertedBy = $by`, { map, ids, by });
}

/** Deletes a map's whole history, in the transaction that deletes the map. */
export async function deleteMapHistory(tx: ManagedTransaction, map: string): Promise<void> {
  await tx.run(`MATCH (c:${CHANGE_LABEL}) WHERE c.map = $map AND c.at IS NOT NULL DELETE c`, { map });
}

/** Locks a change for a revert (two reverts of one change cannot both pass) and reads it. */
export async function lockChange(tx: ManagedTransaction, map: string, id: string): Promise<StoredChange | undefined> {
  const { records } = await tx.run(`MATCH (c:${CHANGE_LABEL} {map: $map, id: $id}) SET c.__lock = true REMOVE c.__lock RETURN properties(c) AS c`, { map, id });
  return records.length ? fromProps(records[0].get('c')) : undefined;
}

/** Changes touching any of `ids` (as target, or as a tie's or merge's end), newest first. */
export async function changesTouching(tx: ManagedTransaction, map: string, ids: string[], limit = 10_000): Promise<(StoredChange & { via: 'target' | 'end' })[]> {
  const { records } = await tx.run(`UNWIND $ids AS wanted
     CALL (wanted) {
       MATCH (c:${CHANGE_LABEL} {map: $map, targetId: wanted}) RETURN c, 'target' AS via
       UNION MATCH (c:${CHANGE_LABEL} {map: $map, fromId: wanted}) RETURN c, 'end' AS via
       UNION MATCH (c:${CHANGE_LABEL} {map: $map, toId: wanted}) RETURN c, 'end' AS via
     }
     WITH c, min(via) AS via
     RETURN properties(c) AS c, via ORDER BY c.at DESC, c.id DESC LIMIT $limit`, { map, ids, limit: int(limit) });
  return records.map((r) => ({ ...fromProps(r.get('c')), via: r.get('via') }));
}

export async function importChanges(tx: ManagedTransaction, map: string, importId: string): Promise<StoredChange[]> {
  const { records } = await tx.run(`MATCH (c:${CHANGE_LABEL} {map: $map, importId: $importId}) RETURN properties(c) AS c ORDER BY c.at, c.id`, { map, importId });
  return records.map((r) => fromProps(r.get('c')));
}

export class HistoryRepository {
  constructor(private readonly driver: Driver, private readonly database: string) {}

  /** The map's changes, newest first, before `before` (an ISO time) when given. */
  async forMap(map: string, limit: number, before?: string): Promise<StoredChange[]> {
    const { records } = await this.driver.executeQuery(
      `MATCH (c:${CHANGE_LABEL}) WHERE c.map = $map AND c.at < $before RETURN properties(c) AS c ORDER BY c.at DESC, c.id DESC LIMIT $limit`,
      { map, before: before ?? '\uffff', limit: int(limit) },
      { database: this.database },
    );
    return records.map((r) => fromProps(r.get('c')));
  }

  /** A node's changes and those of ties touching it, newest first. */
  async forNode(map: string, id: string, limit: number): Promise<StoredChange[]> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'READ' });
    try {
      return await session.executeRead((tx) => changesTouching(tx, map, [id], limit));
    } finally {
      await session.close();
    }
  }
}
