/**
 * When the map's ties began and ended, binned by month or quarter for the timeline's histogram, and
 * the dates its slider steps through. Pure: read from the data graph, never from the service.
 */
import { dayBound, lastDay, parseDate } from '../../../../graph-service/src/model/dates';
import { dateWords } from '../../../../graph-service/src/analysis/scopeWords';
import type { DataGraph } from '../graph';

export type BinSize = 'month' | 'quarter';

export interface TimelineBin {
  /** First and last day the bin covers (YYYY-MM-DD). */
  start: string;
  end: string;
  /** "Oct 2021" or "Q4 2021". */
  label: string;
  began: number;
  ended: number;
}

export interface Timeline {
  by: BinSize;
  bins: TimelineBin[];
  /** Ties with no start date: they cannot be placed on the timeline. */
  undated: number;
  dated: number;
}

/** Months before the bins turn to quarters; at least a year is shown, so a slider over one dated month still moves. */
export const TIMELINE_DEFAULTS = { maxMonths: 36, minMonths: 12 };

const monthIndex = (day: string) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
const pad = (n: number) => String(n).padStart(2, '0');

function binOf(index: number, by: BinSize): Omit<TimelineBin, 'began' | 'ended'> {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const span = by === 'quarter' ? 3 : 1;
  const last = month + span - 1;
  const start = `${year}-${pad(month)}-01`;
  const end = lastDay({ year, month: last, precision: 'month' });
  return { start, end, label: by === 'quarter' ? `Q${Math.ceil(month / 3)} ${year}` : dateWords(`${year}-${pad(month)}`) };
}

/** The histogram of starts and ends; no bins when no tie is dated. O(ties). */
export function timelineOf(data: DataGraph, options: Partial<typeof TIMELINE_DEFAULTS> = {}): Timeline {
  const { maxMonths, minMonths } = { ...TIMELINE_DEFAULTS, ...options };
  const starts: number[] = [];
  const ends: number[] = [];
  let undated = 0;
  data.forEachEdge((_edge, attrs) => {
    const since = dayBound(attrs.since, 'start');
    const until = dayBound(attrs.until, 'start');
    if (until) ends.push(monthIndex(until));
    if (since) starts.push(monthIndex(since));
    else undated++;
  });
  const all = [...starts, ...ends];
  if (all.length === 0) return { by: 'month', bins: [], undated, dated: 0 };
  let first = Math.min(...all);
  const last = Math.max(Math.max(...all), first + minMonths - 1);
  const by: BinSize = last - first + 1 > maxMonths ? 'quarter' : 'month';
  const span = by === 'quarter' ? 3 : 1;
  if (by === 'quarter') first -= first % 3;
  const bins = Array.from({ length: Math.floor((last - first) / span) + 1 }, (_, i) => ({ ...binOf(first + i * span, by), began: 0, ended: 0 }));
  const at = (m: number) => bins[Math.floor((m - first) / span)];
  for (const m of starts) at(m).began++;
  for (const m of ends) at(m).ended++;
  return { by, bins, undated, dated: starts.length };
}

/** The slider's position for an "as of": the bin holding its first day; -1 before the first, bins.length for none or after the last. */
export function binIndexOf(timeline: Timeline, asOf: string | null): number {
  const day = dayBound(asOf, 'start');
  if (!day) return timeline.bins.length;
  if (timeline.bins.length === 0 || day < timeline.bins[0].start) return -1;
  const index = timeline.bins.findIndex((bin) => day >= bin.start && day <= bin.end);
  return index === -1 ? timeline.bins.length : index;
}

/** The "as of" a slider position sets: the bin's last day, so what began in it is in the picture. */
export function asOfForBin(timeline: Timeline, index: number): string | null {
  return timeline.bins[index]?.end ?? null;
}

/** "31 Oct 2021", or "the whole record" with no date. */
export function asOfWords(asOf: string | null): string {
  return asOf && parseDate(asOf) ? dateWords(asOf) : 'the whole record';
}
