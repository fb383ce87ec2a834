import { dayBound } from '../../../../graph-service/src/model/dates';
import type { DataGraph, FacetIndex } from '../graph';
import { TIERS } from '../graph';
import type { FilterOptions } from './types';

/** Turns a partial date into the first or last day it covers: "2019" starts 2019-01-01 and ends 2019-12-31. */
export function dateBound(value: unknown, end: 'start' | 'end'): string | null {
  return dayBound(value, end) ?? null;
}

/** The filter rule is the analysis's scope rule, so the map and the analysis count the same nodes. */
export { isScoped as isFiltering, scopeVisibility as computeVisibility } from '../../../../graph-service/src/analysis/scope';

/** The themes, areas, alliances and tiers present in the data, with how many nodes each would keep. */
export function filterOptions(data: DataGraph, facets: FacetIndex): FilterOptions {
  const counts = { themes: new Map<string, number>(), areas: new Map<string, number>(), alliances: new Map<string, number>(), tiers: new Map<string, number>() };
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  facets.forEach((f) => {
    for (const t of f.themes) bump(counts.themes, t);
    for (const a of f.areas) bump(counts.areas, a);
    f.alliances.forEach((tier, alliance) => {
      bump(counts.alliances, alliance);
      if (tier !== 'alliance') bump(counts.tiers, tier);
    });
  });
  const named = (map: Map<string, number>) =>
    [...map.entries()]
      .filter(([id]) => data.hasNode(id))
      .map(([id, count]) => ({ id, name: data.getNodeAttribute(id, 'name'), count }))
      .sort((a, b) => a.name.localeCompare(b.name));
  const tierOrder = (t: string) => (TIERS.includes(t) ? TIERS.indexOf(t) : TIERS.length);
  return {
    themes: named(counts.themes),
    areas: named(counts.areas),
    alliances: named(counts.alliances),
    tiers: [...counts.tiers.entries()].map(([id, count]) => ({ id, count })).sort((a, b) => tierOrder(a.id) - tierOrder(b.id) || a.id.localeCompare(b.id)),
  };
}

/** Adds or removes one value of a list filter: a pure update for the filter panel. */
export function toggleValue<T extends string>(list: T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

/** Toggles one entry of an "all unless chosen" list; choosing everything again means "all" (null). */
export function toggleInAll<T extends string>(current: T[] | null, value: T, all: readonly T[]): T[] | null {
  const base = current ?? [...all];
  const next = base.includes(value) ? base.filter((v) => v !== value) : [...base, value];
  return next.length === all.length && all.every((v) => next.includes(v)) ? null : next;
}
