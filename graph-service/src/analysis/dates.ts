/**
 * Dates as the records carry them: ISO dates, or only a year ("2020") or a month ("2021-10") when
 * that is all a document gives. A partial date counts as the end of its period, so a record
 * confirmed "in 2020" is not called older than it may be.
 */
const DAY = 86_400_000;

export function endOfPeriod(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  let m = /^(\d{4})$/.exec(text);
  if (m) return Date.UTC(Number(m[1]) + 1, 0, 1) - 1;
  m = /^(\d{4})-(\d{2})$/.exec(text);
  if (m) return Date.UTC(Number(m[1]), Number(m[2]), 1) - 1;
  m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (m) return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) + DAY - 1;
  return undefined;
}

export function toTime(asOf: Date | string | number | undefined): number {
  if (asOf === undefined) return Date.now();
  if (asOf instanceof Date) return asOf.getTime();
  if (typeof asOf === 'number') return asOf;
  return endOfPeriod(asOf) ?? Date.parse(asOf);
}

/** True when a record's `until` is before `asOf` (an ended tie or a closed organisation). */
export function hasEnded(until: unknown, asOf: number): boolean {
  const end = endOfPeriod(until);
  return end !== undefined && end < asOf;
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
