/**
 * Dates for the analysis, on the model's one date type (model/dates.ts): ISO dates, or only a year
 * ("2020") or a month ("2021-10") when that is all a document gives. A partial date counts as the
 * end of its period, so a record confirmed "in 2020" is not called older than it may be.
 */
import { endTime } from '../model/dates.ts';
import { factStatusOn } from '../model/time.ts';

/** The last millisecond a date covers; undefined when it is not a date. */
export const endOfPeriod = endTime;

export function toTime(asOf: Date | string | number | undefined): number {
  if (asOf === undefined) return Date.now();
  if (asOf instanceof Date) return asOf.getTime();
  if (typeof asOf === 'number') return asOf;
  return endOfPeriod(asOf) ?? Date.parse(asOf);
}

/**
 * Whether a record's `until` is before `asOf` (an ended tie or a closed organisation): the time
 * rule's "ended" (model/time.ts), asked about the end only, since whether a tie had begun is the
 * scope's to decide. The day is worked out once per `asOf`, since callers ask about every node and tie.
 */
export function endedOn(asOf: number): (until: unknown) => boolean {
  if (!Number.isFinite(asOf)) return () => false;
  const status = factStatusOn(new Date(asOf).toISOString().slice(0, 10));
  return (until) => status(undefined, until) === 'ended';
}
