/**
 * What a delete or a merge takes with it, said before it is done: the ties that go (by kind, with
 * how many), and for a merge which record survives and which of the other's ties move, are
 * combined or dropped, read the way the service's merge does it (a tie of the same type and
 * direction to the same node is combined; ties between the two are dropped).
 */
import type { Tie } from '../graph';
import { plural } from '../graph/utils';
import { groupTies } from '../ties';

export interface TieCount {
  heading: string;
  count: number;
  names: string[];
}

/** The ties by kind, in the panel's order and wording. */
export function tieCounts(ties: Tie[]): TieCount[] {
  return groupTies(ties).map((g) => ({ heading: g.heading, count: g.ties.length, names: g.ties.map((t) => t.tie.other.name) }));
}

export const tiesWords = (count: number) => plural(count, 'tie', 'ties');

/** "Its 7 ties go with it", or that it has none. */
export function deleteSentence(name: string, ties: Tie[]): string {
  if (ties.length === 0) return `“${name}” has no ties; only its record goes.`;
  return `“${name}” and its ${tiesWords(ties.length)} are deleted for everyone. Undo can bring them back until someone changes them.`;
}

export interface MergePlan {
  /** Ties of the merged organisation that move to the survivor as they are. */
  moved: Tie[];
  /** Ties the survivor already has (same kind, direction and other end): combined into one, both sources kept. */
  combined: Tie[];
  /** Ties between the two: they would join the survivor to itself, so they go. */
  dropped: Tie[];
}

export function mergePlan(survivorId: string, survivorTies: Tie[], mergedTies: Tie[]): MergePlan {
  const own = new Set(survivorTies.map((t) => `${t.tieType}:${t.direction}:${t.other.id}`));
  const plan: MergePlan = { moved: [], combined: [], dropped: [] };
  for (const tie of mergedTies) {
    if (tie.other.id === survivorId) plan.dropped.push(tie);
    else if (own.has(`${tie.tieType}:${tie.direction}:${tie.other.id}`)) plan.combined.push(tie);
    else plan.moved.push(tie);
  }
  return plan;
}

/** The sentences of a merge's confirmation, in the order they are read. */
export function mergeSentences(survivor: string, merged: string, plan: MergePlan): string[] {
  return [
    `“${survivor}” stays, with its id, name and history; “${merged}” is deleted and its name becomes one of “${survivor}”'s other names.`,
    plan.moved.length ? `${tiesWords(plan.moved.length)} of “${merged}” ${plan.moved.length === 1 ? 'moves' : 'move'} to “${survivor}”.` : `“${merged}” has no ties of its own to move.`,
    ...(plan.combined.length ? [`${tiesWords(plan.combined.length)} that both already have are combined into one each, keeping both sources.`] : []),
    ...(plan.dropped.length ? [`${tiesWords(plan.dropped.length)} between the two ${plan.dropped.length === 1 ? 'goes' : 'go'}, since it would join “${survivor}” to itself.`] : []),
  ];
}
