/**
 * The map's freshness figure: of the facts that can go out of date (model/freshness.ts), how many
 * were confirmed within the map's freshness age, and how many are stale or were never confirmed.
 * Always of the map as it stands today, whatever date the rest of an analysis looks at: a
 * confirmation is about now.
 */
import { freshnessOn, todayOf } from '../model/freshness.ts';
import type { AtlasGraph } from './types.ts';

export interface FreshnessFigure {
  /** The map's freshness age the figure uses. */
  months: number;
  /** Nodes and ties that can go out of date (current kinds, not ended). */
  facts: number;
  /** Of those, confirmed within the age. */
  confirmed: number;
  /** Confirmed, but longer ago than the age. */
  stale: number;
  neverConfirmed: number;
  /** confirmed / facts, 0–1; 1 for a map with nothing to confirm. */
  share: number;
  /** The figure in plain words. */
  words: string;
}

export function freshnessFigure(data: AtlasGraph, months: number, today: string = todayOf()): FreshnessFigure {
  const judge = freshnessOn(today, months);
  const counts = { fresh: 0, stale: 0, 'never-confirmed': 0, history: 0 };
  data.forEachNode((_, attrs) => { counts[judge('node', attrs.nodeType, attrs).state]++; });
  data.forEachEdge((_, attrs) => { counts[judge('tie', attrs.tieType, attrs).state]++; });
  const facts = counts.fresh + counts.stale + counts['never-confirmed'];
  const share = facts === 0 ? 1 : counts.fresh / facts;
  return { months, facts, confirmed: counts.fresh, stale: counts.stale, neverConfirmed: counts['never-confirmed'], share, words: freshnessWords(months, facts, counts.fresh, counts.stale, counts['never-confirmed']) };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

function freshnessWords(months: number, facts: number, confirmed: number, stale: number, never: number): string {
  if (facts === 0) return 'Nothing on this map needs confirming.';
  const percent = Math.round((confirmed / facts) * 100);
  return `${percent}% of the facts that can go out of date were confirmed in the last ${plural(months, 'month')}: ${confirmed.toLocaleString('en-GB')} of ${plural(facts, 'fact')}. ${plural(stale, 'fact')} last confirmed longer ago, ${never.toLocaleString('en-GB')} never confirmed.`;
}
