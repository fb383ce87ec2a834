/**
 * Stale records: things that can go out of date — organisations, people, partnerships, alliances
 * and their current ties (membership, themes, partnerships, funding, employment, location,
 * reported ties) — whose last confirmation is older than the map's freshness age, or that were
 * never confirmed. The rule is the model's (model/freshness.ts), the same one the review queue,
 * the health figure and the app's faded facts use; this list only words and ranks what it finds.
 */
import type { AnalysisContext } from '../context.ts';
import { DEFAULT_FRESHNESS_MONTHS, FRESHNESS_MONTHS_MAX, FRESHNESS_MONTHS_MIN, freshnessOn, staleReason, todayOf, type Freshness } from '../../model/freshness.ts';
import { tieTypeEntry } from '../../model/model.ts';
import type { GapItem } from '../types.ts';
import { integerParameter } from './items.ts';
import type { GapDetector } from './types.ts';

const tieWords = (type: string) => tieTypeEntry(type)?.wording.phrase ?? type;

/** The gap parameter that carries the age; the routes fill it from the map's `freshnessMonths` when not given. */
export const STALE_MONTHS_PARAMETER = 'staleMonths';

export const staleDetector: GapDetector = {
  id: 'stale',
  title: 'Records to check again',
  description: "Organisations, people, partnerships and current ties not confirmed within the map's freshness age.",
  parameters: [integerParameter(STALE_MONTHS_PARAMETER, 'Older than (months)', "A record last confirmed longer ago than this is listed; the map's freshness age by default.", {
    default: DEFAULT_FRESHNESS_MONTHS, min: FRESHNESS_MONTHS_MIN, max: FRESHNESS_MONTHS_MAX,
  })],
  run: staleRecords,
  report: { order: 11, items: 0 },
};

interface Verdict {
  reason: string;
  /** For sorting: never-confirmed records first, then the oldest. */
  score: number;
  /** Whole months since the last confirmation; -1 when never confirmed. */
  ageMonths: number;
}

function verdictOf(freshness: Freshness, source: unknown): Verdict | undefined {
  if (freshness.state === 'never-confirmed') return { reason: 'Never confirmed: it has no last-confirmed date.', score: 1e9, ageMonths: -1 };
  if (freshness.state !== 'stale') return undefined;
  const from = typeof source === 'string' && source ? `; source ${source.split(/[ ;]/)[0]}` : '';
  const words = staleReason(freshness);
  return { reason: `${words[0].toUpperCase()}${words.slice(1)}${from}.`, score: freshness.ageMonths + 1, ageMonths: freshness.ageMonths };
}

function staleRecords(context: AnalysisContext, parameters: Record<string, number>): GapItem[] {
  const { data, network } = context;
  const judge = freshnessOn(todayOf(new Date(network.facts.asOf)), parameters[STALE_MONTHS_PARAMETER]);
  const items: GapItem[] = [];
  const name = (id: string) => String(data.getNodeAttribute(id, 'name') ?? data.getNodeAttribute(id, 'label') ?? id);
  data.forEachNode((id, attrs) => {
    const verdict = verdictOf(judge('node', attrs.nodeType, attrs), attrs.source);
    if (!verdict) return;
    items.push({ id, title: name(id), reason: verdict.reason, nodeIds: [id], score: verdict.score, details: { kind: 'node', nodeType: attrs.nodeType, ageMonths: verdict.ageMonths } });
  });
  data.forEachEdge((edge, attrs, source, target) => {
    const verdict = verdictOf(judge('tie', attrs.tieType, attrs), attrs.source);
    if (!verdict) return;
    const title = `${name(source)} ${tieWords(attrs.tieType)} ${name(target)}`;
    items.push({ id: edge, title, reason: verdict.reason, nodeIds: [source, target], score: verdict.score, details: { kind: 'tie', tieType: attrs.tieType, ageMonths: verdict.ageMonths } });
  });
  return items;
}
