/**
 * When a second tie of the same type between the same two nodes is a duplicate: the one rule for
 * API writes (409 `duplicate_tie`, answered with the tie already there) and for the app's warning.
 *
 * The rule: two ties of one type join the same two nodes (either way round when the type is
 * symmetric) only when their periods do not overlap. A funder that funded an organisation in
 * 2021–2022 and again from 2023 has two FUNDS ties; the same grant entered twice is one tie said
 * twice. A tie without `since` or `until` is open at that end (undated: open at both), so it
 * overlaps every tie that is not wholly on its closed side. To add dates to a tie already there,
 * change that tie instead. A type described by a detail property (a plain tie's description, a
 * location's address) can join two nodes twice with different details: "partnership" and "runs"
 * between the same two organisations are two ties, not one said twice.
 */
import { endsBeforeStart } from '../dates.ts';
import { MODEL, tieTypeEntry, type AtlasModel } from '../model.ts';

/** A tie as the rule reads it: its ends and its dates (text as stored; anything else is read as absent). */
export interface TieSpan {
  from: string;
  to: string;
  since?: unknown;
  until?: unknown;
  /** Other properties, of which the rule reads the type's detail property. */
  [property: string]: unknown;
}

/** True when the type has a detail property and the two ties' values of it differ. */
function differentDetail(type: string, a: TieSpan, b: TieSpan, model: AtlasModel): boolean {
  const detail = tieTypeEntry(type, model)?.detail;
  if (!detail || typeof detail !== 'object') return false;
  const value = (tie: TieSpan) => (tie[detail.property] === undefined || tie[detail.property] === null ? '' : String(tie[detail.property]).trim());
  return value(a) !== value(b);
}

/** True when the two periods share at least one day, each date read at its own precision. */
export function periodsOverlap(a: Pick<TieSpan, 'since' | 'until'>, b: Pick<TieSpan, 'since' | 'until'>): boolean {
  return !endsBeforeStart(b.since, a.until) && !endsBeforeStart(a.since, b.until);
}

/** True when both ties join the same two nodes: the same way round, or either way for a symmetric type. */
export function sameEnds(type: string, a: TieSpan, b: TieSpan, model: AtlasModel = MODEL): boolean {
  if (a.from === b.from && a.to === b.to) return true;
  return Boolean(tieTypeEntry(type, model)?.symmetric) && a.from === b.to && a.to === b.from;
}

/** The existing tie of `type` that a new one would duplicate, if any; `existing` are ties of that type. */
export function duplicateTie<T extends TieSpan>(type: string, candidate: TieSpan, existing: readonly T[], model: AtlasModel = MODEL): T | undefined {
  return existing.find((tie) => sameEnds(type, candidate, tie, model) && periodsOverlap(candidate, tie) && !differentDetail(type, candidate, tie, model));
}

/** Whether a change can make a tie repeat another: it touches the tie's dates or its type's detail. */
export function changeTouchesDuplicateRule(type: string, changes: Record<string, unknown>, model: AtlasModel = MODEL): boolean {
  const detail = tieTypeEntry(type, model)?.detail;
  const fields = ['since', 'until', ...(detail && typeof detail === 'object' ? [detail.property] : [])];
  return fields.some((field) => field in changes);
}
