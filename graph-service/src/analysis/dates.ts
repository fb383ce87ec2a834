/**
 * Dates for the analysis, on the model's one date type (model/dates.ts): ISO dates, or only a year
 * ("2020") or a month ("2021-10") when that is all a document gives. A partial date counts as the
 * end of its period, so a record confirmed "in 2020" is not called older than it may be.
 */
import { endTime } from '../model/dates.ts';
import { factStatusOn } from '../model/time.ts';

const DAY = 86_400_000;

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

export function daysBetween(from: number, to: number): number {
  return Math.floor((to - from) / DAY);
}

/** "3 years", "5 months", "12 days": plain words for how old a confirmation is. */
export function ageInWords(days: number): string {
  if (days >= 730) return `${Math.floor(days / 365)} years`;
  if (days >= 365) return '1 year';
  if (days >= 60) return `${Math.floor(days / 30)} months`;
  return `${days} day${days === 1 ? '' : 's'}`;
}
