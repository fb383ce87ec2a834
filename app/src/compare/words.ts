/** Dates and figures in plain words, for the compare panel and the node panel. */
import { dateWords as datePhrase } from '../../../graph-service/src/analysis/scopeWords';
import type { PropertyValue } from '../core/graph';

/** "2021", "Oct 2021", "8 Oct 2021": a date at the precision it was recorded (the analysis's wording); other text as it is. */
export function dateWords(value: PropertyValue | undefined): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  return datePhrase(String(value));
}

/**
 * A fact's dates with how they are known: "since 8 Oct 2021 — attended on 8 Oct 2021",
 * "8 Oct 2021 – Mar 2022", or "undated — not in the documents" when nothing says when it began.
 */
export function datedWords(since: PropertyValue | undefined, until: PropertyValue | undefined, basis: PropertyValue | undefined): string {
  const s = dateWords(since);
  const u = dateWords(until);
  const period = s && u ? `${s} – ${u}` : s ? `since ${s}` : u ? `undated, until ${u}` : 'undated';
  const how = basis === undefined || basis === null || basis === '' ? '' : ` — ${String(basis)}`;
  return `${period}${how}`;
}

/** A difference with its sign: "+3", "−2", "no change". */
export function signed(n: number, digits = 0): string {
  const rounded = Number(n.toFixed(digits));
  if (rounded === 0) return 'no change';
  const text = Math.abs(rounded).toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return rounded > 0 ? `+${text}` : `−${text}`;
}
