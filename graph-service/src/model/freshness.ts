/**
 * The one freshness rule: when a fact (a node's record or a tie) needs confirming again. The map's
 * gap list "Records to check again", the review queue, the health figure, the app's faded facts
 * and their panel all ask this file (the review queue's Cypher writes the same comparison against
 * the cut-off days made here, and a test checks the two agree).
 *
 * - Only what can go out of date is judged: node kinds and tie types whose `staleness` is
 *   `current` (model/nodes.ts, model/tieTypes.ts); what records history never goes stale.
 * - A fact that has ended (`until` before the day) is history too, and never stale.
 * - A fact is fresh while its `lastConfirmed` (read as the last day it covers, so "2024-03" is
 *   31 March 2024) is on or after the cut-off: the day `months` calendar months before today.
 * - A fact never confirmed is stale: nothing says anyone checked it, however recently it was
 *   written (the seed's documents say what was true when written, not that it still is).
 */
import { dayBound, MONTH_SHORT_NAMES, parseDate } from './dates.ts';
import { nodeLabelEntry, tieTypeEntry } from './model.ts';
import { factStatusOn } from './time.ts';

/** A map's freshness age when nobody has set one. */
export const DEFAULT_FRESHNESS_MONTHS = 12;
export const FRESHNESS_MONTHS_MIN = 1;
export const FRESHNESS_MONTHS_MAX = 120;

export type FactKind = 'node' | 'tie';

/** Whether facts of this node kind (`node`) or tie type (`tie`) can go out of date at all. */
export function goesStale(kind: FactKind, type: string): boolean {
  return (kind === 'node' ? nodeLabelEntry(type) : tieTypeEntry(type))?.staleness === 'current';
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The day `months` calendar months before `today` (YYYY-MM-DD), clamped to the month's end: 31 Mar − 1 → 28/29 Feb. */
export function freshnessCutoff(today: string, months: number): string {
  const [y, m, d] = today.split('-').map(Number);
  const index = y * 12 + (m - 1) - months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(Math.min(d, last))}`;
}

/** Today as the rule reads it: a UTC day, YYYY-MM-DD. */
export const todayOf = (at: Date = new Date()): string => at.toISOString().slice(0, 10);

export type Freshness =
  | { state: 'fresh'; lastConfirmed: string }
  | { state: 'stale'; lastConfirmed: string; ageMonths: number }
  | { state: 'never-confirmed' }
  /** Not judged: a kind that records history, or a fact that has ended. */
  | { state: 'history' };

/** Whole calendar months from a date's last day to `today`. */
function monthsBetween(lastDay: string, today: string): number {
  const [y1, m1, d1] = lastDay.split('-').map(Number);
  const [y2, m2, d2] = today.split('-').map(Number);
  return (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
}

export interface FreshnessJudge {
  (kind: FactKind, type: string, fact: { lastConfirmed?: unknown; until?: unknown }): Freshness;
  today: string;
  cutoff: string;
  months: number;
}

/** The rule for one day and one age, worked out once for loops over every fact. */
export function freshnessOn(today: string, months: number): FreshnessJudge {
  const cutoff = freshnessCutoff(today, months);
  const status = factStatusOn(today);
  const judge = (kind: FactKind, type: string, fact: { lastConfirmed?: unknown; until?: unknown }): Freshness => {
    if (!goesStale(kind, type) || status(undefined, fact.until) === 'ended') return { state: 'history' };
    const last = dayBound(fact.lastConfirmed, 'end');
    if (last === undefined) return { state: 'never-confirmed' };
    const lastConfirmed = String(fact.lastConfirmed);
    return last >= cutoff ? { state: 'fresh', lastConfirmed } : { state: 'stale', lastConfirmed, ageMonths: monthsBetween(last, today) };
  };
  return Object.assign(judge, { today, cutoff, months });
}

export const isStale = (f: Freshness): boolean => f.state === 'stale' || f.state === 'never-confirmed';

/** "2024", "Mar 2024", "3 Mar 2024": a confirmation date at its own precision. */
export function confirmedDateWords(value: string): string {
  const date = parseDate(value);
  if (!date) return value;
  if (date.month === undefined) return String(date.year);
  const month = MONTH_SHORT_NAMES[date.month - 1];
  return date.day === undefined ? `${month} ${date.year}` : `${date.day} ${month} ${date.year}`;
}

const monthsWords = (n: number) => (n >= 24 ? `${Math.floor(n / 12)} years` : `${n} month${n === 1 ? '' : 's'}`);

/** Why a fact is in the review queue, in a few words: "last confirmed 14 months ago", "never confirmed". */
export function staleReason(f: Freshness): string {
  if (f.state === 'never-confirmed') return 'never confirmed';
  if (f.state === 'stale') return `last confirmed ${confirmedDateWords(f.lastConfirmed)}, ${f.ageMonths < 1 ? 'under a month' : monthsWords(f.ageMonths)} ago`;
  return f.state === 'fresh' ? `confirmed ${confirmedDateWords(f.lastConfirmed)}` : 'records history';
}

/** What a stale fact's panel says: "Last confirmed 3 Mar 2024, older than this map's 12 months. If it is still true, say so." */
export function stalePanelWords(f: Freshness, months: number): string | undefined {
  if (f.state === 'stale') return `Last confirmed ${confirmedDateWords(f.lastConfirmed)}, older than this map's ${monthsWords(months)}. If it is still true, say so.`;
  if (f.state === 'never-confirmed') return `Never confirmed: nobody has said this is still true within this map's ${monthsWords(months)}. If it is, say so.`;
  return undefined;
}
