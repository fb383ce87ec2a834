/**
 * The seed's time checks: every tie says when it began or why no date can be given, `madeAt`
 * names an event or programme of the tie's own map, and no fact begins before what it is about.
 * The write rules (model/rules) already check that each date is a real one and that `until` is
 * not before `since`; these checks need the whole map.
 */
import { dayBound } from '../graph-service/src/model/dates.ts';
import type { NodeRecord, TieRecord } from '../graph-service/src/model/model.ts';
import { DATE_BASIS, MADE_AT, MADE_AT_LABELS } from '../graph-service/src/model/time.ts';

interface DatedMap {
  id: string;
  nodes: NodeRecord[];
  ties: TieRecord[];
}

/** Tie types whose `since` is the event's day: attending, hosting, and an event's own ties. */
const EVENT_DAY_TYPES = new Set(['ATTENDED', 'HOSTED']);

/** When a record began, as its first day: a node's `since`, or an event's `date`. */
function startOf(node: NodeRecord | undefined): string | undefined {
  if (!node) return undefined;
  return dayBound(node.since, 'start') ?? (node.label === 'Event' ? dayBound(node.date, 'start') : undefined);
}

/** A tie that cannot have begun before `start`: its `since` must reach that day (compared at the tie's own precision). */
function beginsBefore(tie: TieRecord, start: string | undefined): boolean {
  const last = dayBound(tie.since, 'end');
  return start !== undefined && last !== undefined && last < start;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** Problems with the dates of one map's ties, worded for the seed's problem list. */
export function timeProblems(map: DatedMap): string[] {
  const problems: string[] = [];
  const byId = new Map(map.nodes.map((node) => [node.id, node]));
  const labels: readonly string[] = MADE_AT_LABELS;
  for (const tie of map.ties) {
    const where = `map ${map.id} tie ${tie.id}`;
    if (tie.since === undefined && !text(tie[DATE_BASIS])) problems.push(`${where}: has no "since" and no "${DATE_BASIS}"; give the date the documents show, or say in ${DATE_BASIS} why there is none`);
    const madeAt = tie[MADE_AT];
    if (madeAt !== undefined) {
      const event = byId.get(String(madeAt));
      if (!event) problems.push(`${where}: ${MADE_AT} "${String(madeAt)}" is not a node of this map`);
      else if (!labels.includes(event.label)) problems.push(`${where}: ${MADE_AT} must name an Event or a Partnership, not the ${event.label} ${event.id}`);
      else if (beginsBefore(tie, startOf(event))) problems.push(`${where}: begins (${String(tie.since)}) before ${event.id}, where it was made (${String(event.date ?? event.since)})`);
    }
    for (const end of [tie.from, tie.to]) {
      const node = byId.get(end);
      if (node && beginsBefore(tie, dayBound(node.since, 'start'))) problems.push(`${where}: begins (${String(tie.since)}) before ${end} does (${String(node.since)})`);
    }
    const event = byId.get(tie.to);
    if (EVENT_DAY_TYPES.has(tie.type) && event?.label === 'Event' && tie.since !== undefined && dayBound(tie.since, 'start') !== dayBound(event.date, 'start')) {
      problems.push(`${where}: attending or hosting begins on the event's date (${String(event.date)}), not ${String(tie.since)}`);
    }
  }
  return problems;
}
