/** Which kinds of node a tie may join, from the model: one check for API writes, imports and the seed. */
import { MODEL, tieTypeEntry, type AtlasModel } from '../model.ts';
import type { FieldProblem } from '../problems.ts';

export interface TieEnds {
  type: string;
  from: { id: string; label: string };
  to: { id: string; label: string };
}

/** A tie joins two different nodes. */
export function selfTieProblems(from: string, to: string): FieldProblem[] {
  return from === to ? [{ field: '/to', code: 'not_allowed', message: `must differ from "from": a tie cannot join "${from}" to itself` }] : [];
}

/** What is wrong with a tie's ends: a tie to itself, or an end of a kind its type does not join. */
export function tieEndProblems({ type, from, to }: TieEnds, model: AtlasModel = MODEL): FieldProblem[] {
  const problems = selfTieProblems(from.id, to.id);
  const entry = tieTypeEntry(type, model);
  if (!entry) return problems;
  if (!entry.from.includes(from.label as never)) {
    problems.push({ field: '/from', code: 'wrong_end', message: `${type} cannot start at a ${from.label} ("${from.id}"): a ${type} tie starts at a ${entry.from.join(' or ')}` });
  }
  if (!entry.to.includes(to.label as never)) {
    problems.push({ field: '/to', code: 'wrong_end', message: `${type} cannot end at a ${to.label} ("${to.id}"): a ${type} tie ends at a ${entry.to.join(' or ')}` });
  }
  return problems;
}
