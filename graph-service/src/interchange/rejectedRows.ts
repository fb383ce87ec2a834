/**
 * The rejected rows of a plan as a CSV a person can fix and import again: where each row was, what
 * it named, and why it was rejected (the reason column). Pure.
 */
import { writeCsv } from './csv.ts';
import type { ImportPlan } from './plan/types.ts';

export const REJECTED_HEADERS = ['table', 'line', 'record', 'id', 'name', 'type', 'from', 'to', 'reason'];

export function rejectedRowsCsv(plan: ImportPlan): string {
  const rows = plan.rows
    .filter((r) => r.outcome === 'rejected')
    .map((r) => [r.origin, r.line, r.record, r.id ?? null, r.name ?? null, r.type ?? null, r.from ?? null, r.to ?? null, r.reasons.join('; ')]);
  return writeCsv(REJECTED_HEADERS, rows);
}
