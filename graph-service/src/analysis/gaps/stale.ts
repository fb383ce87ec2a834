/**
 * Stale records: things that can go out of date — organisations, people, partnerships, alliances
 * and their current ties (membership, themes, partnerships, funding, employment, location,
 * reported ties) — whose last confirmation is older than the given age, or that were never
 * confirmed. Events and what happened at them are history, not listed; nor are ended ties.
 */
import { ageInWords, daysBetween, endOfPeriod, hasEnded } from '../dates.ts';
import { nodeLabelEntry, tieTypeEntry } from '../../model/model.ts';
import type { GapItem } from '../types.ts';
import type { GapDetector } from './types.ts';

// Which kinds go stale, and how a tie reads between two names, come from the model.
const currentNode = (label: string) => nodeLabelEntry(label)?.staleness === 'current';
const currentTie = (type: string) => tieTypeEntry(type)?.staleness === 'current';
const tieWords = (type: string) => tieTypeEntry(type)?.wording.phrase ?? type;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2020", "Oct 2021", "8 Oct 2021" (no Intl: it is slow, and this runs for every record). */
function formatDate(value: string): string {
  if (/^\d{4}$/.test(value)) return value;
  const time = endOfPeriod(value);
  if (time === undefined) return value;
  const d = new Date(time);
  const month = MONTHS[d.getUTCMonth()];
  return /^\d{4}-\d{2}$/.test(value) ? `${month} ${d.getUTCFullYear()}` : `${d.getUTCDate()} ${month} ${d.getUTCFullYear()}`;
}

export const staleDetector: GapDetector = {
  id: 'stale',
  title: 'Records to check again',
  description: 'Organisations, people, partnerships and current ties whose last confirmation is older than the given age.',
  parameters: [{ name: 'staleDays', label: 'Older than (days)', description: 'A record last confirmed longer ago than this is listed.', type: 'integer', default: 730, min: 1, max: 36500 }],
  run(context, { staleDays }) {
    const { data, network } = context;
    const asOf = network.facts.asOf;
    const items: GapItem[] = [];
    const judge = (lastConfirmed: unknown, source: unknown) => {
      const confirmed = endOfPeriod(lastConfirmed);
      if (confirmed === undefined) return { age: Infinity, reason: 'Never confirmed: it has no last-confirmed date.' };
      const age = daysBetween(confirmed, asOf);
      if (age <= staleDays) return undefined;
      const from = typeof source === 'string' && source ? `; source ${source.split(/[ ;]/)[0]}` : '';
      return { age, reason: `Last confirmed ${formatDate(String(lastConfirmed))} (${ageInWords(age)} ago)${from}.` };
    };
    const name = (id: string) => String(data.getNodeAttribute(id, 'name') ?? data.getNodeAttribute(id, 'label') ?? id);
    data.forEachNode((id, attrs) => {
      if (!currentNode(attrs.nodeType) || hasEnded(attrs.until, asOf)) return;
      const verdict = judge(attrs.lastConfirmed, attrs.source);
      if (!verdict) return;
      items.push({ id, title: name(id), reason: verdict.reason, nodeIds: [id], score: Number.isFinite(verdict.age) ? verdict.age : 1e9, details: { kind: 'node', nodeType: attrs.nodeType, ageDays: Number.isFinite(verdict.age) ? verdict.age : -1 } });
    });
    data.forEachEdge((edge, attrs, source, target) => {
      if (!currentTie(attrs.tieType) || hasEnded(attrs.until, asOf)) return;
      const verdict = judge(attrs.lastConfirmed, attrs.source);
      if (!verdict) return;
      items.push({
        id: edge,
        title: `${name(source)} ${tieWords(attrs.tieType)} ${name(target)}`,
        reason: verdict.reason,
        nodeIds: [source, target],
        score: Number.isFinite(verdict.age) ? verdict.age : 1e9,
        details: { kind: 'tie', tieType: attrs.tieType, ageDays: Number.isFinite(verdict.age) ? verdict.age : -1 },
      });
    });
    return items;
  },
};
