/**
 * The rules of a revert, without Cypher: which later changes stand in its way, and how the
 * refusal names them. historyService applies them inside the revert's transaction.
 */
import { LaterChangesError, type LaterChange } from '../errors.ts';
import { changeSentence, type MergeSnapshot } from '../model/history.ts';
import type { StoredChange } from '../repositories/historyRepository.ts';

/** How another change touches the ids a revert puts back: as its target, as a tie's or merge's end, or not. */
function via(other: StoredChange, ids: readonly string[]): 'target' | 'end' | undefined {
  if (ids.includes(other.targetId)) return 'target';
  if ((other.fromId && ids.includes(other.fromId)) || (other.toId && ids.includes(other.toId))) return 'end';
  return undefined;
}

/** What a change's revert puts back: the node or tie ids whose later changes would be undone with it. */
export function revertedIds(change: StoredChange): string[] {
  if (change.action === 'merge') {
    const before = change.before as MergeSnapshot;
    return [String(before.survivor.properties.id), String(before.merged.properties.id)];
  }
  return [change.targetId];
}

/** A node's creation undone deletes it with any tie made to it since; a merge's undo moves every tie back. */
function countsEnds(change: StoredChange): boolean {
  return change.action === 'merge' || (change.targetKind === 'node' && change.before === null);
}

/**
 * Later changes that depend on `change`: to the same record, made at or after it, not undone, and
 * not themselves reverts (a revert after it undid something later still, which is then marked).
 * `sameBatch` leaves out the changes being reverted together (an import's).
 */
export function laterChanges(change: StoredChange, candidates: StoredChange[], sameBatch: ReadonlySet<string> = new Set()): StoredChange[] {
  const ids = revertedIds(change);
  return candidates.filter((other) => {
    const how = via(other, ids);
    return how !== undefined && other.id !== change.id && !sameBatch.has(other.id) && other.at >= change.at && !other.revertedBy && other.action !== 'revert'
      && other.partOf !== change.id && (how === 'target' || countsEnds(change) || other.action === 'merge');
  });
}

export function laterChangesError(what: string, later: StoredChange[]): LaterChangesError {
  const named = later.slice(0, 5).map((c) => changeSentence(c));
  const more = later.length > named.length ? `, and ${later.length - named.length} more` : '';
  const list: LaterChange[] = later.map((c) => ({ id: c.id, at: c.at, actorName: c.actorName, action: c.action, targetName: c.targetName }));
  return new LaterChangesError(
    `${what} cannot be reverted: later changes depend on it: ${named.join('; ')}${more}. Revert those first (newest first), or change the record by hand.`,
    list,
  );
}
