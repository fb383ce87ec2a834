import type { EverywhereResult } from '../api/maps';
import type { SearchResult } from '../api/types';
import type { DataGraph } from '../graph';
import type { Suggestion } from './types';

function fold(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/**
 * Names on the loaded map that match: those starting with the query first, then those
 * containing it, then alias matches. The fallback when the service's search is not there.
 */
export function localSuggestions(data: DataGraph, query: string, limit = 8): Suggestion[] {
  const q = fold(query.trim());
  if (!q) return [];
  const scored: { s: Suggestion; rank: number }[] = [];
  data.forEachNode((id, attrs) => {
    const name = fold(attrs.name);
    let rank = name.startsWith(q) ? 0 : name.split(/\s+/).some((w) => w.startsWith(q)) ? 1 : name.includes(q) ? 2 : -1;
    let note: string | undefined;
    if (rank < 0 && Array.isArray(attrs.aliases)) {
      const alias = attrs.aliases.find((a) => fold(a).includes(q));
      if (alias) {
        rank = 3;
        note = `also known as ${alias}`;
      }
    }
    if (rank >= 0) scored.push({ s: { id, name: attrs.name, nodeType: attrs.nodeType, note }, rank });
  });
  return scored
    .sort((a, b) => a.rank - b.rank || a.s.name.length - b.s.name.length || a.s.name.localeCompare(b.s.name))
    .slice(0, limit)
    .map((x) => x.s);
}

/** The service's results as suggestions, keeping only nodes this map has loaded (a filtered map may not have all). */
export function suggestionsFromApi(results: SearchResult[], data: DataGraph): Suggestion[] {
  return results
    .filter((r) => data.hasNode(r.id))
    .map((r) => ({ id: r.id, name: r.name, nodeType: r.nodeType, note: r.matchedAlias ? `also known as ${r.matchedAlias}` : undefined }));
}

/** Hits of the search across maps that are in other maps than this one, each saying which. */
export function elsewhereSuggestions(results: EverywhereResult[], currentMap: string, limit = 8): Suggestion[] {
  return results
    .filter((r) => r.map !== currentMap)
    .slice(0, limit)
    .map((r) => ({ id: r.id, name: r.name, nodeType: r.nodeType, map: r.map, mapTitle: r.mapTitle, note: r.mapTitle }));
}

/** Arrow keys move through suggestions and wrap; -1 means "none highlighted". */
export function moveActive(active: number, count: number, key: 'ArrowDown' | 'ArrowUp'): number {
  if (count === 0) return -1;
  if (key === 'ArrowDown') return active + 1 >= count ? 0 : active + 1;
  return active - 1 < 0 ? count - 1 : active - 1;
}
