/**
 * The write rules (model/rules) applied to import rows: the same validateNode and validateTie the
 * API calls, so an import refuses what the API refuses, with the same codes. A problem's field is
 * the row's column in the convention ("mergedIds", "until"), not a JSON pointer.
 */
import type { FieldProblem } from '../../model/problems.ts';
import { tieEndProblems, validateNode, validateTie, type TieEnds } from '../../model/rules/index.ts';
import type { ConnectionRow, ElementRow } from '../types.ts';
import type { PlanRow } from './types.ts';

/** "/properties/mergedIds" → "mergedIds", "/aliases/2" → "aliases". */
function column(problem: FieldProblem): FieldProblem {
  const [first, second] = problem.field.split('/').filter(Boolean);
  return { ...problem, field: (first === 'properties' && second) || first || problem.field };
}

export function elementProblems(row: ElementRow): FieldProblem[] {
  const properties = row.tags.length > 0 ? { ...row.properties, tags: row.tags } : row.properties;
  const { name, description, aliases, source, since, until, lastConfirmed, dateBasis, confirmedBy } = row;
  return validateNode({ name, description, aliases, source, since, until, lastConfirmed, dateBasis, confirmedBy, properties }, 'update').problems.map(column);
}

export function connectionProblems(row: ConnectionRow): FieldProblem[] {
  const { source, since, until, lastConfirmed, dateBasis, confirmedBy, properties } = row;
  return row.type ? validateTie(row.type, { source, since, until, lastConfirmed, dateBasis, confirmedBy, properties }, 'update').problems.map(column) : [];
}

export function endProblems(ends: TieEnds): FieldProblem[] {
  return tieEndProblems(ends).map(column);
}

/** Adds rule problems to a plan row: with their codes, and as reasons in words. */
export function reject(plan: PlanRow, problems: FieldProblem[], ownSentence = false): void {
  for (const problem of problems) {
    plan.problems.push(problem);
    plan.reasons.push(ownSentence ? problem.message : `${problem.field} ${problem.message}`);
  }
}
