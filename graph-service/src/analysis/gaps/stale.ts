/**
 * Stale records: things that can go out of date — organisations, people, partnerships, alliances
 * and their current ties (membership, themes, partnerships, funding, employment, location,
 * reported ties) — whose last confirmation is older than the given age, or that were never
 * confirmed. Events and what happened at them are history, not listed; nor are ended ties.
 */
import type { AnalysisContext } from '../context.ts';
import { ageInWords, daysBetween, endOfPeriod, endedOn } from '../dates.ts';
import { parseDate } from '../../model/dates.ts';
import { nodeLabelEntry, tieTypeEntry } from '../../model/model.ts';
import type { GapItem } from '../types.ts';
import { integerParameter } from './items.ts';
import type { GapDetector } from './types.ts';

// Which kinds go stale, and how a tie reads between two names, come from the model.
const currentNode = (label: string) => nodeLabelEntry(label)?.staleness === 'current';
const currentTie = (type: string) => tieTypeEntry(type)?.staleness === 'current';
const tieWords = (type: string) => tieTypeEntry(type)?.wording.phrase ?? type;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2020", "Oct 2021", "8 Oct 2021" (no Intl: it is slow, and this runs for every record). */
function formatDate(value: string): string {
  const precision = parseDate(value)?.precision;
  if (precision === 'year') return value;
  const time = endOfPeriod(value);
  if (time === undefined) return value;
  const d = new Date(time);
  const month = MONTHS[d.getUTCMonth()];
  return precision === 'month' ? `${month} ${d.getUTCFullYear()}` : `${d.getUTCDate()} ${month} ${d.getUTCFullYear()}`;
}

export const staleDetector: GapDetector = {
  id: 'stale',
  title: 'Records to check again',
  description: 'Organisations, people, partnerships and current ties whose last confirmation is older than the given age.',
  parameters: [integerParameter('staleDays', 'Older than (days)', 'A record last confirmed longer ago than this is listed.', { default: 730, min: 1, max: 36500 })],
  run: staleRecords,
  report: { order: 11, items: 0 },
};

interface Verdict {
  reason: string;
  /** For sorting: never-confirmed records first. */
  score: number;
  /** Days since the last confirmation; -1 when never confirmed. */
  ageDays: number;
}

/** Why a record is stale, or undefined when it was confirmed within `staleDays` of `asOf`. */
function staleness(lastConfirmed: unknown, source: unknown, asOf: number, staleDays: number): Verdict | undefined {
  const confirmed = endOfPeriod(lastConfirmed);
  if (confirmed === undefined) return { reason: 'Never confirmed: it has no last-confirmed date.', score: 1e9, ageDays: -1 };
  const age = daysBetween(confirmed, asOf);
  if (age <= staleDays) return undefined;
  const from = typeof source === 'string' && source ? `; source ${source.split(/[ ;]/)[0]}` : '';
  return { reason: `Last confirmed ${formatDate(String(lastConfirmed))} (${ageInWords(age)} ago)${from}.`, score: age, ageDays: age };
}

function staleRecords(context: AnalysisContext, { staleDays }: { staleDays: number }): GapItem[] {
  const { data, network } = context;
  const asOf = network.facts.asOf;
  const ended = endedOn(asOf);
  const items: GapItem[] = [];
  const name = (id: string) => String(data.getNodeAttribute(id, 'name') ?? data.getNodeAttribute(id, 'label') ?? id);
  data.forEachNode((id, attrs) => {
    if (!currentNode(attrs.nodeType) || ended(attrs.until)) return;
    const verdict = staleness(attrs.lastConfirmed, attrs.source, asOf, staleDays);
    if (!verdict) return;
    items.push({ id, title: name(id), reason: verdict.reason, nodeIds: [id], score: verdict.score, details: { kind: 'node', nodeType: attrs.nodeType, ageDays: verdict.ageDays } });
  });
  data.forEachEdge((edge, attrs, source, target) => {
    if (!currentTie(attrs.tieType) || ended(attrs.until)) return;
    const verdict = staleness(attrs.lastConfirmed, attrs.source, asOf, staleDays);
    if (!verdict) return;
    const title = `${name(source)} ${tieWords(attrs.tieType)} ${name(target)}`;
    items.push({ id: edge, title, reason: verdict.reason, nodeIds: [source, target], score: verdict.score, details: { kind: 'tie', tieType: attrs.tieType, ageDays: verdict.ageDays } });
  });
  return items;
}
