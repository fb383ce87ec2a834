/**
 * The history of a map: reading it, reverting one change or a whole import (each revert a new
 * change, in one transaction, refused when later changes depend on it), and confirming a fact.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { Actor, Viewer } from '../access.ts';
import type { Entity, Tie } from '../db/records.ts';
import { ConflictError, ForbiddenError, NotFoundError } from '../errors.ts';
import { targetWords, valueWords, type FieldValues, type MergeSnapshot, type NodeSnapshot, type TieSnapshot } from '../model/history.ts';
import { mayConfirm } from '../model/roles.ts';
import { nodeSnapshot, storedValues } from '../repositories/changeRecords.ts';
import type { EntityRepository } from '../repositories/entityRepository.ts';
import { nodeWithTies } from '../repositories/entityRepository.ts';
import { changesTouching, importChanges, lockChange, markReverted, recordChanges, type ChangeInput, type HistoryRepository, type StoredChange } from '../repositories/historyRepository.ts';
import { lockNode, lockTie, removeNode, removeTie, removeTiesOf, replaceNode, restoreNode, restoreTie, setNodeFields, setTieFields, type RevertRepository } from '../repositories/revertRepository.ts';
import type { TieRepository } from '../repositories/tieRepository.ts';
import { laterChanges, laterChangesError, revertedIds } from './revertPlan.ts';

/** What a change answers: the stored change without its map (the path names it). */
export type ChangeAnswer = Omit<StoredChange, 'map'>;

function answer({ map: _map, ...change }: StoredChange): ChangeAnswer {
  return change;
}

/** Whether a caller may say a fact about these organisations is still true: members and up any fact, a steward their organisation's. */
export function mayConfirmFact(viewer: Viewer, organisations: readonly string[]): boolean {
  return mayConfirm(viewer.level) || organisations.some((id) => viewer.stewardOf.includes(id));
}

/** Today as the model writes a day (YYYY-MM-DD, UTC). */
export const today = (): string => new Date().toISOString().slice(0, 10);

/** The facts of the record a revert names, copied from the change it undoes. */
function sameTarget(change: StoredChange): Omit<ChangeInput, 'action' | 'before' | 'after'> {
  const { targetKind, targetId, targetName, nodeType, tieType, fromId, toId, fromName, toName, fromType, toType } = change;
  return { targetKind, targetId, targetName, nodeType, tieType, fromId, toId, fromName, toName, fromType, toType };
}

/** The fields as the change left them must be what is stored now; else the revert would undo someone else's work. */
function checkUnchanged(name: string, current: Record<string, unknown>, left: FieldValues): void {
  for (const [field, value] of Object.entries(left)) {
    const now = current[field] ?? null;
    if (JSON.stringify(now) !== JSON.stringify(value ?? null)) {
      throw new ConflictError(`"${name}" is no longer as this change left it: ${field} is now ${valueWords(now)}, not ${valueWords(value)}. Nothing was reverted.`);
    }
  }
}

const gone = (change: StoredChange) => new ConflictError(`${targetWords(change)} is no longer in the map, so this change cannot be reverted. Nothing was reverted.`);

export class HistoryService {
  constructor(
    private readonly history: HistoryRepository,
    private readonly reverts: RevertRepository,
    private readonly entities: EntityRepository,
    private readonly ties: TieRepository,
  ) {}

  /** Changes about kinds of node the caller may not see (people, for the public) are left out. */
  private visible(viewer: Viewer, changes: StoredChange[]): ChangeAnswer[] {
    const hidden = new Set<string>(viewer.hiddenLabels);
    return changes.filter((c) => ![c.nodeType, c.fromType, c.toType].some((t) => t && hidden.has(t))).map(answer);
  }

  async forMap(map: string, viewer: Viewer, limit: number, before?: string): Promise<ChangeAnswer[]> {
    return this.visible(viewer, await this.history.forMap(map, limit, before));
  }

  async forNode(map: string, viewer: Viewer, id: string, limit: number): Promise<ChangeAnswer[]> {
    return this.visible(viewer, await this.history.forNode(map, id, limit));
  }

  /** Reverts one change, as a new change; refused when later changes depend on it or the record moved on. */
  async revert(map: string, actor: Actor, id: string): Promise<ChangeAnswer> {
    return this.reverts.write(async (tx) => {
      const change = await lockChange(tx, map, id);
      if (!change) throw new NotFoundError(`No change in this map has the id "${id}".`);
      if (change.revertedBy) throw new ConflictError(`This change was already reverted (by change ${change.revertedBy}).`);
      if (change.action === 'revert') throw new ConflictError('This change is itself a revert; to have it back, make the change again.');
      if (change.partOf) throw new ConflictError(`This tie was removed with its node; revert that deletion (change ${change.partOf}) instead.`);
      const later = laterChanges(change, await changesTouching(tx, map, revertedIds(change)));
      if (later.length) throw laterChangesError(`The change "${targetWords(change)}"`, later);
      const now = new Date().toISOString();
      const { input, alsoReverted } = await this.undo(tx, map, change, now);
      const [revert] = await recordChanges(tx, map, actor, [{ ...input, revertOf: change.id }], now);
      await markReverted(tx, map, [change.id, ...alsoReverted], revert.id);
      return answer(revert);
    });
  }

  /** Reverts every change of one import in one transaction, newest first; refused (naming them) if later changes touched its records. */
  async revertImport(map: string, actor: Actor, importId: string): Promise<{ importId: string; reverted: number }> {
    return this.reverts.write(async (tx) => {
      const changes = await importChanges(tx, map, importId);
      if (changes.length === 0) throw new NotFoundError(`No import in this map has the id "${importId}" (or it wrote nothing).`);
      for (const change of changes) await lockChange(tx, map, change.id);
      const undone = changes.find((c) => c.revertedBy);
      if (undone) throw new ConflictError(`Part of this import was already reverted (${targetWords(undone)}), so it cannot be reverted as a whole.`);
      const batch = new Set(changes.map((c) => c.id));
      const candidates = await changesTouching(tx, map, [...new Set(changes.flatMap(revertedIds))]);
      const later = [...new Map(changes.flatMap((c) => laterChanges(c, candidates, batch)).map((c) => [c.id, c])).values()];
      if (later.length) throw laterChangesError('This import', later);
      const now = new Date().toISOString();
      // Ties were written after nodes, so undoing newest first removes a new node's ties before it.
      for (const change of [...changes].reverse()) {
        const { input } = await this.undo(tx, map, change, now);
        const [revert] = await recordChanges(tx, map, actor, [{ ...input, revertOf: change.id }], now);
        await markReverted(tx, map, [change.id], revert.id);
      }
      return { importId, reverted: changes.length };
    });
  }

  /** Puts back the state before `change`; answers the revert's own record of what it did. */
  private async undo(tx: ManagedTransaction, map: string, change: StoredChange, now: string): Promise<{ input: ChangeInput; alsoReverted: string[] }> {
    const revert = (before: unknown, after: unknown, alsoReverted: string[] = []) => ({ input: { action: 'revert' as const, ...sameTarget(change), before, after }, alsoReverted });
    const id = change.targetId;
    if (change.action === 'merge') {
      const before = change.before as MergeSnapshot;
      const survivor = await lockNode(tx, map, id);
      if (!survivor) throw gone(change);
      await removeTiesOf(tx, map, id);
      await replaceNode(tx, map, id, before.survivor.properties, now);
      await restoreNode(tx, map, before.merged, now);
      const ties = new Map([...(before.survivor.ties ?? []), ...(before.merged.ties ?? [])].map((t) => [`${t.tieType}:${String(t.properties.id)}`, t]));
      for (const tie of ties.values()) await restoreTie(tx, map, tie, now);
      return revert(change.after, change.before);
    }
    if (change.targetKind === 'node') {
      if (change.before === null) {
        if (!(await lockNode(tx, map, id))) throw gone(change);
        const { snapshot } = await nodeWithTies(tx, map, id);
        await removeNode(tx, map, id);
        return revert(snapshot, null);
      }
      if (change.after === null) {
        const before = change.before as NodeSnapshot;
        const props = await restoreNode(tx, map, before, now);
        for (const tie of before.ties ?? []) await restoreTie(tx, map, tie, now);
        const withIt = (await changesTouching(tx, map, (before.ties ?? []).map((t) => String(t.properties.id)))).filter((c) => c.partOf === change.id).map((c) => c.id);
        return revert(null, nodeSnapshot(props, [before.nodeType], before.ties), withIt);
      }
      const locked = await lockNode(tx, map, id);
      if (!locked) throw gone(change);
      checkUnchanged(locked.entity.name, locked.entity, change.after as FieldValues);
      await setNodeFields(tx, map, id, change.before as FieldValues, now);
      return revert(change.after, change.before);
    }
    if (change.before === null) {
      const locked = await lockTie(tx, map, id);
      if (!locked) throw gone(change);
      await removeTie(tx, map, id, locked.tie.tieType);
      return revert({ tieType: locked.tie.tieType, from: locked.ends.from, to: locked.ends.to, properties: storedValues(locked.props) }, null);
    }
    if (change.after === null) {
      const props = await restoreTie(tx, map, change.before as TieSnapshot, now);
      return revert(null, { ...(change.before as TieSnapshot), properties: storedValues(props) });
    }
    const locked = await lockTie(tx, map, id);
    if (!locked) throw gone(change);
    checkUnchanged(targetWords(change), locked.props, change.after as FieldValues);
    await setTieFields(tx, map, id, locked.tie.tieType, change.before as FieldValues, now);
    return revert(change.after, change.before);
  }

  /** "Still true": today's date and the caller's name on the node, recorded as a confirmation. */
  async confirmNode(map: string, viewer: Viewer, id: string): Promise<Entity> {
    const current = await this.entities.find(map, id);
    if (!current) throw new NotFoundError(`No node in this map has the id "${id}".`);
    if (!mayConfirmFact(viewer, current.nodeType === 'Organisation' ? [id] : [])) throw new ForbiddenError('member', 'Confirming this needs the member role in this map, or to be the steward of this organisation.');
    return this.entities.update(map, viewer.actor, id, null, { lastConfirmed: today(), confirmedBy: viewer.actor.name }, 'confirm');
  }

  async confirmTie(map: string, viewer: Viewer, id: string): Promise<Tie> {
    const current = await this.ties.find(map, id);
    if (!current) throw new NotFoundError(`No tie in this map has the id "${id}".`);
    if (!mayConfirmFact(viewer, [current.from, current.to])) throw new ForbiddenError('member', 'Confirming this needs the member role in this map, or to be the steward of an organisation it joins.');
    return this.ties.update(map, viewer.actor, id, null, () => ({ lastConfirmed: today(), confirmedBy: viewer.actor.name }), 'confirm');
  }
}
