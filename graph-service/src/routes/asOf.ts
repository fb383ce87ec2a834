/**
 * The `asOf` and `undated` query parameters (contract/common.ts `asOfQuery`) as the time rule's
 * AsOf, checked at the edge: the schema checks the shape, this the calendar (no 30 February).
 */
import { BadRequestError } from '../errors.ts';
import { DATE_HINT, isDate, MONTH_NAMES } from '../model/dates.ts';
import { undatedFromQuery, type AsOf } from '../model/time.ts';

/** Why a date of the right shape is not on the calendar, in words: "February 2022 has 28 days". */
function offCalendar(text: string): string {
  const [year, month] = text.split('-').map(Number);
  if (!month || month < 1 || month > 12) return 'there is no such month';
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${MONTH_NAMES[month - 1]} ${year} has ${days} days`;
}

/** The 400 for a date that is not on the calendar, naming the parameter and what to write instead. */
export function badDate(parameter: string, text: string): BadRequestError {
  const message = `"${parameter}" is ${text}, which is not a real date (${offCalendar(text)}): write it as ${DATE_HINT}, e.g. 2022-03-31.`;
  return new BadRequestError(`The request was not accepted: ${message}`, [{ field: `/${parameter}`, code: 'bad_date', message }]);
}

/** The network's date from a read's query: none for the whole record. */
export function asOfFromQuery(query: { asOf?: string; undated?: string }): AsOf {
  if (query.asOf !== undefined && !isDate(query.asOf)) throw badDate('asOf', query.asOf);
  return { date: query.asOf ?? null, undated: undatedFromQuery(query.undated) };
}
