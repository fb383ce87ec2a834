/**
 * Pairs of dates worth comparing, read from the data graph: "before and after this event" is the day
 * before it and the day after its last follow-up (events PART_OF it); an event without follow-ups,
 * or a programme, is compared over the three months after it began (or to the day after it ended).
 */
import { dayBound } from '../../../graph-service/src/model/dates';
import type { DataGraph } from '../core/graph';
import type { CompareRange } from './types';

/** How long after an event without follow-ups its effect is looked for. */
export const AFTER_MONTHS = 3;

const toDay = (time: number) => new Date(time).toISOString().slice(0, 10);
const parse = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** A day (YYYY-MM-DD) moved by whole days. */
export function shiftDay(day: string, days: number): string {
  return toDay(parse(day) + days * 86_400_000);
}

/** A day moved by whole months, kept inside the month it lands in (31 Jan + 1 month = 28/29 Feb). */
export function shiftMonths(day: string, months: number): string {
  const d = new Date(parse(day));
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastOfMonth = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastOfMonth));
  return toDay(target.getTime());
}

/** When an event or programme began: an event's `date`, else its `since`. */
function startOf(graph: DataGraph, node: string): string | undefined {
  const attrs = graph.getNodeAttributes(node);
  return dayBound(attrs.date, 'start') ?? dayBound(attrs.since, 'start');
}

/** The last day of the event's follow-ups (events that are PART_OF it), if it has any. */
export function lastFollowUp(graph: DataGraph, event: string): string | undefined {
  let last: string | undefined;
  graph.forEachInEdge(event, (_edge, attrs, source) => {
    if (attrs.tieType !== 'PART_OF' || graph.getNodeAttribute(source, 'nodeType') !== 'Event') return;
    const attrsOf = graph.getNodeAttributes(source);
    const day = dayBound(attrsOf.date, 'end') ?? dayBound(attrsOf.since, 'end');
    if (day && (!last || day > last)) last = day;
  });
  return last;
}

export interface EventPreset extends CompareRange {
  /** Words for the button and the panel: "the day before it and the day after its last follow-up (24 Mar 2022)". */
  reason: 'follow-ups' | 'ended' | 'months';
}

/** Before and after an event or programme; undefined when it has no date to start from. */
export function eventPreset(graph: DataGraph, node: string): EventPreset | undefined {
  if (!graph.hasNode(node)) return undefined;
  const start = startOf(graph, node);
  if (!start) return undefined;
  const from = shiftDay(start, -1);
  const followUp = lastFollowUp(graph, node);
  if (followUp && followUp >= start) return { from, to: shiftDay(followUp, 1), reason: 'follow-ups' };
  // A programme runs until its `until`; an event's own date, even a month or a year, is when it happened, not its effect.
  const end = dayBound(graph.getNodeAttribute(node, 'until'), 'end');
  if (end && end > start) return { from, to: shiftDay(end, 1), reason: 'ended' };
  return { from, to: shiftMonths(start, AFTER_MONTHS), reason: 'months' };
}

/** The events and programmes of the map that can be compared around, earliest first. */
export interface PresetNode {
  id: string;
  name: string;
  /** Its first day, for the order. */
  start: string;
  /** Its date as recorded (a year, a month or a day), for the list. */
  when: string;
  preset: EventPreset;
}

export function presetNodes(graph: DataGraph): PresetNode[] {
  const out: PresetNode[] = [];
  graph.forEachNode((node, attrs) => {
    if (attrs.nodeType !== 'Event' && attrs.nodeType !== 'Partnership') return;
    // Follow-ups are compared as part of their event.
    if (attrs.nodeType === 'Event' && graph.someOutEdge(node, (_e, a, _s, target) => a.tieType === 'PART_OF' && graph.getNodeAttribute(target, 'nodeType') === 'Event')) return;
    const preset = eventPreset(graph, node);
    const start = startOf(graph, node);
    if (preset && start) out.push({ id: node, name: attrs.name, start, when: String(attrs.date ?? attrs.since), preset });
  });
  return out.sort((a, b) => a.start.localeCompare(b.start) || a.name.localeCompare(b.name));
}

/**
 * The dates the panel opens with: the map's as-of date (or today) as "after", three months before it
 * as "before".
 */
export function defaultRange(asOf: string | null, today: string): CompareRange {
  const to = dayBound(asOf, 'start') ?? today;
  return { from: shiftMonths(to, -AFTER_MONTHS), to };
}
