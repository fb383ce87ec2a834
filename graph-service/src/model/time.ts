/**
 * The network on a date, written down once: which facts held on a day, which had not begun, which
 * had ended, and which cannot be placed in time. The app (what the map draws on a date), the
 * analysis and report (what they count), the service's reads (`asOf`, mirrored in Cypher by
 * repositories/validAt.ts and checked against this file by a test) and the export all use it.
 *
 * A fact without `since` is **undated**: we do not know when it began, so on a date it is neither
 * counted as holding nor dropped in silence. It is left out of what is counted, and every answer
 * says how many were left out; a caller may choose to count undated facts as holding (`undated`).
 * A known `until` before the day still ends a fact, dated or not.
 */
import { dayBound } from './dates.ts';

/** How a fact stands on a day. */
export type FactStatus = 'holds' | 'not-begun' | 'ended' | 'undated';
export const FACT_STATUSES: readonly FactStatus[] = ['holds', 'not-begun', 'ended', 'undated'];

/** The property that says how a fact's dates are known ("attended on 8 Oct 2021"), or why it has none. */
export const DATE_BASIS = 'dateBasis';
/**
 * The property of a tie that names the event or programme it was made at or through (a node id in
 * the same map), so the event's panel can show what it led to.
 */
export const MADE_AT = 'madeAt';
/** What `madeAt` may name. */
export const MADE_AT_LABELS = ['Event', 'Partnership'] as const;

/** What the user asked for: the day (YYYY, YYYY-MM or YYYY-MM-DD, read as its first day), and whether undated facts count. */
export interface AsOf {
  date: string | null;
  /** Count undated facts as holding (they are still reported as undated). Default false. */
  undated: boolean;
}

export const WHOLE_RECORD: AsOf = { date: null, undated: false };

/** The first day an "as of" names, as YYYY-MM-DD; undefined for none (the whole record). */
export function asOfDay(date: unknown): string | undefined {
  return dayBound(date, 'start');
}

/**
 * How a fact stands on one date, read once for loops over every tie. With no date, everything holds:
 * the whole record, dated or not, is what the map shows when no day is chosen.
 */
export function factStatusOn(date: unknown): (since: unknown, until: unknown) => FactStatus {
  const day = asOfDay(date);
  if (day === undefined) return () => 'holds';
  return (since, until) => {
    const to = dayBound(until, 'end');
    if (to !== undefined && to < day) return 'ended';
    const from = dayBound(since, 'start');
    if (from === undefined) return 'undated';
    return from <= day ? 'holds' : 'not-begun';
  };
}

/** Whether a fact in this status is counted on the date. */
export function counts(status: FactStatus, undated: boolean): boolean {
  return status === 'holds' || (undated && status === 'undated');
}

/**
 * How a node stands on a date, from its own dates and the statuses of all its ties (whatever kinds
 * the filters show, so hiding a kind of tie never moves a node in time):
 * - its own `until` before the day: ended; its own `since` after the day: not begun;
 * - else it is in the network when one of its ties holds (or is undated and undated facts count);
 * - else undated when one of its ties is undated; else not begun or ended with its ties;
 * - a node with no ties holds from its own `since`, and is undated without one.
 */
export function nodeStatus(own: FactStatus, ties: Iterable<FactStatus>, undated: boolean): FactStatus {
  if (own === 'ended' || own === 'not-begun') return own;
  let any = false;
  let sawUndated = false;
  let sawNotBegun = false;
  for (const status of ties) {
    any = true;
    if (counts(status, undated)) return 'holds';
    if (status === 'undated') sawUndated = true;
    else if (status === 'not-begun') sawNotBegun = true;
  }
  if (!any) return own === 'undated' && undated ? 'holds' : own;
  if (sawUndated) return 'undated';
  return sawNotBegun ? 'not-begun' : 'ended';
}

/** The `undated` query parameter: "include" counts undated facts as holding; anything else leaves them out. */
export function undatedFromQuery(value: unknown): boolean {
  return value === 'include' || value === true || value === 'true';
}
