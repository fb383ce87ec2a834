/**
 * How the network grew: its growth figures at the end of every quarter, or on the day of every
 * event, over the dated record (or between `from` and `to`), with the change in plain words.
 */
import { dayBound, parseDate } from '../../model/dates.ts';
import { asOfDay } from '../../model/time.ts';
import { buildFacetIndex, type ScopeFilters, type ScopeGraph } from '../scope.ts';
import { dateWords } from '../scopeWords.ts';
import { nodeRef, type NodeRef } from './compare.ts';
import { snapshotOn, type GrowthFigures, type GrowthOptions } from './figures.ts';
import { figureWords, undatedWords } from './words.ts';

export type TrendBy = 'quarter' | 'event';
export const TREND_BY: readonly TrendBy[] = ['quarter', 'event'];

/** More points than this would not read as a trend (and would cost a measure each): 25 years of quarters. */
export const MAX_TREND_POINTS = 100;

export interface TrendPoint {
  /** "2021 Q4", or the event's name. */
  label: string;
  date: string;
  event?: NodeRef;
  figures: GrowthFigures;
}

export interface GrowthTrend {
  by: TrendBy;
  points: TrendPoint[];
  summary: string[];
}

export interface TrendOptions extends GrowthOptions {
  by: TrendBy;
  /** Limit the trend to these days (YYYY, YYYY-MM or YYYY-MM-DD). */
  from?: string;
  to?: string;
}

/** The first and last day the record's dates name (every since and until, and event dates). */
function recordSpan(data: ScopeGraph): [string, string] | null {
  let first: string | undefined;
  let last: string | undefined;
  const see = (value: unknown) => {
    const start = dayBound(value, 'start');
    const end = dayBound(value, 'end');
    if (start && (!first || start < first)) first = start;
    if (end && (!last || end > last)) last = end;
  };
  data.forEachEdge((_, attrs) => {
    see(attrs.since);
    see(attrs.until);
  });
  data.forEachNode((_, attrs) => see(attrs.date));
  return first && last ? [first, last] : null;
}

const QUARTER_END = ['03-31', '06-30', '09-30', '12-31'];

/** The last day of every quarter from the one holding `first` to the one holding `last`. */
function quarterEnds(first: string, last: string): { label: string; date: string }[] {
  const a = parseDate(first);
  const b = parseDate(last);
  if (!a || !b) return [];
  const out: { label: string; date: string }[] = [];
  let year = a.year;
  let quarter = Math.floor(((a.month ?? 1) - 1) / 3);
  const endQuarter = b.year * 4 + Math.floor(((b.month ?? 12) - 1) / 3);
  while (year * 4 + quarter <= endQuarter && out.length < MAX_TREND_POINTS) {
    out.push({ label: `${year} Q${quarter + 1}`, date: `${year}-${QUARTER_END[quarter]}` });
    quarter = (quarter + 1) % 4;
    if (quarter === 0) year++;
  }
  return out;
}

/** Dated events in the span, in date order: the trend's points when it goes by event. */
function eventDays(data: ScopeGraph, first: string, last: string): { label: string; date: string; event: NodeRef }[] {
  const out: { label: string; date: string; event: NodeRef }[] = [];
  data.forEachNode((id, attrs) => {
    const day = asOfDay(attrs.date);
    if (attrs.nodeType === 'Event' && day !== undefined && day >= first && day <= last) out.push({ label: String(attrs.name ?? id), date: day, event: nodeRef(data, id) });
  });
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.event.id.localeCompare(b.event.id)).slice(0, MAX_TREND_POINTS);
}

/** The largest rise in working ties from one point to the next, in words. */
function biggestRise(points: TrendPoint[]): string[] {
  let best: { at: TrendPoint; rise: number } | null = null;
  for (let i = 1; i < points.length; i++) {
    const rise = points[i].figures.workingTies - points[i - 1].figures.workingTies;
    if (rise > 0 && (!best || rise > best.rise)) best = { at: points[i], rise };
  }
  if (!best) return [];
  return [`The largest rise in working ties, ${best.rise}, came ${best.at.event ? `with ${best.at.label} (${dateWords(best.at.date)})` : `in ${best.at.label}`}.`];
}

/** The growth figures per quarter (at each quarter's end) or per event (on its day). */
export function growthTrend(data: ScopeGraph, filters: ScopeFilters, options: TrendOptions): GrowthTrend {
  const { by, from, to, ...growth } = options;
  const span = recordSpan(data);
  const first = (from && dayBound(from, 'start')) ?? span?.[0];
  const last = (to && dayBound(to, 'end')) ?? span?.[1];
  if (!first || !last || first > last) return { by, points: [], summary: ['No dated ties or events to draw a trend from.'] };
  const facets = growth.facets ?? buildFacetIndex(data);
  const days = by === 'quarter' ? quarterEnds(first, last) : eventDays(data, first, last);
  const points: TrendPoint[] = days.map((day) => ({ ...day, figures: snapshotOn(data, filters, day.date, { ...growth, facets }).figures }));
  if (points.length === 0) return { by, points, summary: [by === 'event' ? 'No dated events in this period.' : 'No quarters in this period.'] };
  const start = points[0];
  const end = points[points.length - 1];
  const words = (p: TrendPoint) => (p.event ? `${p.label} (${dateWords(p.date)})` : `the end of ${p.label}`);
  return { by, points, summary: [...figureWords(start.figures, end.figures, words(start), words(end)), ...biggestRise(points), ...undatedWords(end.figures, filters.undated)] };
}
