/**
 * The one date type. Records carry dates at the precision a document gives: a year ("2019"), a
 * month ("2020-03") or a day ("2021-05-04"). A date must be on the calendar (no month 13, no
 * 31 February). As a start it means the first day it covers; as an end, the last: "2022" as an
 * `until` holds through 31 December 2022.
 */

/** The shape of a date, for JSON Schema `pattern`s; `parseDate` adds the calendar check. */
export const DATE_PATTERN = '^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$';
export const DATE_HINT = 'YYYY, YYYY-MM or YYYY-MM-DD';
/** The shape of a full day (YYYY-MM-DD), where a day is needed: a last confirmation, the analysis's "as of". */
export const DAY_PATTERN = '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$';

/** Month names for words about dates, written out: ICU's en-GB short month for September varies between versions. */
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
export const MONTH_SHORT_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

export type DatePrecision = 'year' | 'month' | 'day';

export interface AtlasDate {
  year: number;
  /** 1–12 when the precision is month or day. */
  month?: number;
  day?: number;
  precision: DatePrecision;
}

const SHAPE = new RegExp(DATE_PATTERN);
const DAY_SHAPE = new RegExp(DAY_PATTERN);
const DAY_MS = 86_400_000;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})T[\d:.]+(Z|[+-]\d{2}:?\d{2})?$/;

/** By arithmetic rather than a Date: parseDate runs for every node and tie a filter or the analysis reads. */
function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : MONTH_DAYS[month - 1];
}

/**
 * A date from text (or a year as a number); undefined when it is not one. A full ISO timestamp
 * counts as its day, since stored bookkeeping dates carry the time.
 */
export function parseDate(value: unknown): AtlasDate | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1000 && value <= 9999) return { year: value, precision: 'year' };
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  const text = trimmed.length > 10 ? trimmed.replace(TIMESTAMP, '$1') : trimmed;
  if (!SHAPE.test(text)) return undefined;
  const [year, month, day] = text.split('-').map(Number);
  if (day !== undefined && day > daysInMonth(year, month)) return undefined;
  if (day !== undefined) return { year, month, day, precision: 'day' };
  if (month !== undefined) return { year, month, precision: 'month' };
  return { year, precision: 'year' };
}

export function isDate(value: unknown): boolean {
  return parseDate(value) !== undefined;
}

/** True for a real calendar day written YYYY-MM-DD (no timestamp, no month or year alone). */
export function isDay(value: unknown): value is string {
  return typeof value === 'string' && DAY_SHAPE.test(value) && parseDate(value) !== undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The first day a date covers, as YYYY-MM-DD: "2019" → "2019-01-01". */
export function firstDay(date: AtlasDate): string {
  return `${date.year}-${pad(date.month ?? 1)}-${pad(date.day ?? 1)}`;
}

/** The last day a date covers, as YYYY-MM-DD: "2024-02" → "2024-02-29". */
export function lastDay(date: AtlasDate): string {
  const month = date.month ?? 12;
  return `${date.year}-${pad(month)}-${pad(date.day ?? daysInMonth(date.year, month))}`;
}

/** The first or last day a value covers; undefined when it is not a date. */
export function dayBound(value: unknown, end: 'start' | 'end'): string | undefined {
  const date = parseDate(value);
  return date && (end === 'start' ? firstDay(date) : lastDay(date));
}

/** The last millisecond (UTC) a value covers, so a record confirmed "in 2020" is not called older than it may be. */
export function endTime(value: unknown): number | undefined {
  const day = dayBound(value, 'end');
  return day === undefined ? undefined : Date.parse(`${day}T00:00:00Z`) + DAY_MS - 1;
}

/** True when `until` ends before `since` begins, each read at its own precision. */
export function endsBeforeStart(since: unknown, until: unknown): boolean {
  const start = dayBound(since, 'start');
  const end = dayBound(until, 'end');
  return start !== undefined && end !== undefined && end < start;
}
