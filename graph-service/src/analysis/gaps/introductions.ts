/**
 * Suggested introductions: pairs of organisations with no working tie that share themes, areas or
 * partners, ranked by Adamic–Adar: each shared thing adds 1 / ln(how many organisations have it),
 * so sharing a niche theme or a small partner counts for more than sharing a big borough.
 * Themes and areas held by more than `maxShared` organisations are left out (they say little and
 * would make every pair a candidate).
 */
import { listNames } from '../context.ts';
import type { AnalysisContext } from '../context.ts';
import type { GapItem } from '../types.ts';
import type { GapDetector } from './types.ts';

export interface Introduction {
  a: string;
  b: string;
  score: number;
  themes: string[];
  areas: string[];
  partners: string[];
}

export function rankIntroductions(context: AnalysisContext, options: { maxShared?: number } = {}): Introduction[] {
  const maxShared = options.maxShared ?? 200;
  const { structural, facts } = context.network;
  const n = structural.ids.length;
  type Pair = { score: number; themes: string[]; areas: string[]; partners: string[] };
  const pairs = new Map<number, Pair>();
  const share = (members: number[], kind: 'themes' | 'areas' | 'partners', feature: string) => {
    const k = members.length;
    if (k < 2 || k > maxShared) return;
    const w = 1 / Math.log(k);
    members.sort((x, y) => x - y);
    for (let i = 0; i < k; i++) {
      for (let j = i + 1; j < k; j++) {
        const key = members[i] * n + members[j];
        let p = pairs.get(key);
        if (!p) pairs.set(key, (p = { score: 0, themes: [], areas: [], partners: [] }));
        p.score += w;
        p[kind].push(feature);
      }
    }
  };
  const byFeature = (map: Map<string, Set<string>>) => {
    const inverse = new Map<string, number[]>();
    for (const [org, features] of map) {
      const i = structural.index.get(org);
      if (i === undefined) continue;
      for (const f of features) inverse.set(f, [...(inverse.get(f) ?? []), i]);
    }
    return inverse;
  };
  for (const [theme, members] of byFeature(facts.themesOf)) share(members, 'themes', theme);
  for (const [area, members] of byFeature(facts.areasOf)) share(members, 'areas', area);
  // Common partners: the neighbours of each organisation, Adamic–Adar's classic form.
  for (let v = 0; v < n; v++) {
    const members = Array.from(structural.adjacency.subarray(structural.offsets[v], structural.offsets[v + 1]));
    share(members, 'partners', structural.ids[v]);
  }
  const tied = (a: number, b: number) => {
    const list = structural.adjacency.subarray(structural.offsets[a], structural.offsets[a + 1]);
    // Adjacency lists are sorted: binary search.
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid] === b) return true;
      if (list[mid] < b) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  };
  const result: Introduction[] = [];
  for (const [key, p] of pairs) {
    const a = Math.floor(key / n);
    const b = key % n;
    if (tied(a, b)) continue;
    result.push({ a: structural.ids[a], b: structural.ids[b], ...p });
  }
  result.sort((x, y) => y.score - x.score || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
  return result;
}

export const introductionsDetector: GapDetector = {
  id: 'introductions',
  title: 'Suggested introductions',
  description: 'Organisations not yet working together that share themes, areas or partners, best matches first.',
  parameters: [
    { name: 'limit', label: 'How many', description: 'How many introductions to suggest.', type: 'integer', default: 15, min: 1, max: 200 },
    { name: 'perOrganisation', label: 'Per organisation', description: 'At most this many suggestions for any one organisation.', type: 'integer', default: 2, min: 1, max: 20 },
  ],
  run(context, { limit, perOrganisation }) {
    const { facts } = context.network;
    const used = new Map<string, number>();
    const items: GapItem[] = [];
    for (const intro of rankIntroductions(context)) {
      if (items.length >= limit) break;
      if ((used.get(intro.a) ?? 0) >= perOrganisation || (used.get(intro.b) ?? 0) >= perOrganisation) continue;
      used.set(intro.a, (used.get(intro.a) ?? 0) + 1);
      used.set(intro.b, (used.get(intro.b) ?? 0) + 1);
      const parts: string[] = [];
      const names = (ids: string[]) => listNames(ids.map(facts.name).sort(), 2);
      if (intro.themes.length) parts.push(`both work on ${names(intro.themes)}`);
      if (intro.areas.length) parts.push(`both in ${names(intro.areas)}`);
      if (intro.partners.length) parts.push(`both work with ${names(intro.partners)}`);
      const reason = parts.join('; ');
      items.push({
        id: `${intro.a}|${intro.b}`,
        title: `${facts.name(intro.a)} & ${facts.name(intro.b)}`,
        reason: `${reason.charAt(0).toUpperCase()}${reason.slice(1)}.`,
        nodeIds: [intro.a, intro.b],
        score: Number(intro.score.toFixed(6)),
        details: { adamicAdar: Number(intro.score.toFixed(6)), themes: intro.themes, areas: intro.areas, partners: intro.partners },
      });
    }
    return items;
  },
};
