/**
 * Suggested introductions: pairs of organisations with no working tie that share themes, areas or
 * partners, ranked by Adamic–Adar: each shared thing adds 1 / ln(how many organisations have it),
 * so sharing a niche theme or a small partner counts for more than sharing a big borough.
 * Themes, areas and partners held by more than `maxShared` organisations are left out (they say
 * little, and would make every pair a candidate).
 */
import { listNames, type AnalysisContext } from '../context.ts';
import { degreeOf, indexOf, neighbourIds, neighbours } from '../indexed.ts';
import type { GapItem } from '../types.ts';
import { integerParameter, sentence } from './items.ts';
import type { GapDetector } from './types.ts';

export interface Introduction {
  a: string;
  b: string;
  score: number;
}

export interface SharedGround {
  themes: string[];
  areas: string[];
  partners: string[];
}

/** All untied pairs with something in common, best first. Scores only: see `sharedGround` for why. */
export function rankIntroductions(context: AnalysisContext, options: { maxShared?: number } = {}): Introduction[] {
  const maxShared = options.maxShared ?? 200;
  const { structural, facts } = context.network;
  const n = structural.ids.length;
  const scores = new Map<number, number>();
  const share = (members: number[]) => {
    const k = members.length;
    if (k < 2 || k > maxShared) return;
    const w = 1 / Math.log(k);
    members.sort((x, y) => x - y);
    for (let i = 0; i < k; i++) {
      const base = members[i] * n;
      for (let j = i + 1; j < k; j++) {
        const key = base + members[j];
        scores.set(key, (scores.get(key) ?? 0) + w);
      }
    }
  };
  const byFeature = (map: Map<string, Set<string>>) => {
    const inverse = new Map<string, number[]>();
    for (const [org, features] of map) {
      const i = structural.index.get(org);
      if (i === undefined) continue;
      for (const f of features) {
        const list = inverse.get(f);
        if (list) list.push(i);
        else inverse.set(f, [i]);
      }
    }
    return inverse;
  };
  for (const members of byFeature(facts.themesOf).values()) share(members);
  for (const members of byFeature(facts.areasOf).values()) share(members);
  // Common partners: the neighbours of each organisation, Adamic–Adar's classic form.
  for (let v = 0; v < n; v++) share(Array.from(neighbours(structural, v)));
  const result: Introduction[] = [];
  for (const [key, score] of scores) {
    const a = Math.floor(key / n);
    const b = key % n;
    if (tied(context, a, b)) continue;
    result.push({ a: structural.ids[a], b: structural.ids[b], score });
  }
  result.sort((x, y) => y.score - x.score || (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0));
  return result;
}

function tied(context: AnalysisContext, a: number, b: number): boolean {
  const g = context.network.structural;
  // Adjacency lists are sorted: binary search.
  let lo = g.offsets[a];
  let hi = g.offsets[a + 1] - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = g.adjacency[mid];
    if (x === b) return true;
    if (x < b) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** What two organisations have in common: themes, areas, and organisations both work with. */
export function sharedGround(context: AnalysisContext, a: string, b: string, maxShared = 200): SharedGround {
  const { structural, facts } = context.network;
  const common = (x: Set<string> | undefined, y: Set<string> | undefined) => [...(x ?? [])].filter((v) => y?.has(v));
  const partnersOf = (id: string) => new Set(neighbourIds(structural, indexOf(structural, id)));
  const degree = (id: string) => degreeOf(structural, indexOf(structural, id));
  const onTheme = holderCount(facts.themesOf);
  const inArea = holderCount(facts.areasOf);
  return {
    themes: common(facts.themesOf.get(a), facts.themesOf.get(b)).filter((t) => onTheme(t) <= maxShared),
    areas: common(facts.areasOf.get(a), facts.areasOf.get(b)).filter((t) => inArea(t) <= maxShared),
    partners: common(partnersOf(a), partnersOf(b)).filter((p) => degree(p) <= maxShared),
  };
}

/** How many organisations hold a feature (a theme, an area), counted once per feature asked about. */
function holderCount(featuresOf: Map<string, Set<string>>): (feature: string) => number {
  const counts = new Map<string, number>();
  return (feature) => {
    let k = counts.get(feature);
    if (k === undefined) {
      k = 0;
      for (const features of featuresOf.values()) if (features.has(feature)) k++;
      counts.set(feature, k);
    }
    return k;
  };
}

export const introductionsDetector: GapDetector = {
  id: 'introductions',
  title: 'Suggested introductions',
  description: 'Organisations not yet working together that share themes, areas or partners, best matches first.',
  parameters: [
    integerParameter('limit', 'How many', 'How many introductions to suggest.', { default: 15, min: 1, max: 200 }),
    integerParameter('perOrganisation', 'Per organisation', 'At most this many suggestions for any one organisation.', { default: 2, min: 1, max: 20 }),
  ],
  run: suggestIntroductions,
  report: { order: 10, items: 3 },
};

/** Why two organisations should meet, in one sentence, and what they share (the global list and a node's panel both say it so). */
export function introductionReason(context: AnalysisContext, a: string, b: string): { shared: SharedGround; reason: string } {
  const { facts } = context.network;
  const shared = sharedGround(context, a, b);
  const names = (ids: string[]) => listNames(ids.map(facts.name).sort(), 2);
  const clauses: string[] = [];
  if (shared.themes.length) clauses.push(`both work on ${names(shared.themes)}`);
  if (shared.areas.length) clauses.push(`both in ${names(shared.areas)}`);
  if (shared.partners.length) clauses.push(`both work with ${names(shared.partners)}`);
  return { shared, reason: sentence(clauses) };
}

/** The best introductions, at most `perOrganisation` for any one organisation, each with why. */
function suggestIntroductions(context: AnalysisContext, { limit, perOrganisation }: { limit: number; perOrganisation: number }): GapItem[] {
  const { facts } = context.network;
  const used = new Map<string, number>();
  const uses = (id: string) => used.get(id) ?? 0;
  const items: GapItem[] = [];
  for (const intro of rankIntroductions(context)) {
    if (items.length >= limit) break;
    if (uses(intro.a) >= perOrganisation || uses(intro.b) >= perOrganisation) continue;
    used.set(intro.a, uses(intro.a) + 1);
    used.set(intro.b, uses(intro.b) + 1);
    const { shared, reason } = introductionReason(context, intro.a, intro.b);
    items.push({
      id: `${intro.a}|${intro.b}`,
      title: `${facts.name(intro.a)} & ${facts.name(intro.b)}`,
      reason,
      nodeIds: [intro.a, intro.b, ...shared.partners],
      score: Number(intro.score.toFixed(6)),
      details: { adamicAdar: Number(intro.score.toFixed(6)), ...shared },
    });
  }
  return items;
}
