/**
 * The scope in one plain sentence: "14 organisations in Hounslow, the network on 31 Mar 2022",
 * "all 85 organisations". Names come from the map's own nodes; kinds and tie kinds from the model.
 */
import { MONTH_SHORT_NAMES, parseDate } from '../model/dates.ts';
import { MODEL, NODE_LABELS, tieTypeEntry, type AtlasModel, type NodeLabel } from '../model/model.ts';
import { plural } from './context.ts';
import type { ScopeGraph } from './scopeFacets.ts';
import type { ScopeFilters } from './scope.ts';

const KIND_WORDS: Record<NodeLabel, string> = {
  Organisation: 'organisations',
  Person: 'people',
  Theme: 'themes',
  Partnership: 'partnerships',
  Event: 'events',
  Area: 'areas',
  Alliance: 'alliances',
};

/** "A", "A or B", "A, B, C or 2 more" (joined with `word`). */
export function listWords(items: string[], word = 'or', max = 3): string {
  if (items.length <= 1) return items[0] ?? '';
  if (items.length > max) return `${items.slice(0, max).join(', ')} ${word} ${items.length - max} more`;
  return `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
}

/** "31 Mar 2022", "Mar 2022", "2022". */
export function dateWords(value: string): string {
  const date = parseDate(value);
  if (!date) return value;
  if (date.precision === 'year') return String(date.year);
  const month = `${MONTH_SHORT_NAMES[(date.month ?? 1) - 1]} ${date.year}`;
  return date.precision === 'month' ? month : `${date.day} ${month}`;
}

/** The date clause: a year or month is read on its first day, as the time rule reads it. */
export function asOfWords(value: string): string {
  const date = parseDate(value);
  if (!date) return `the network on ${value}`;
  return date.precision === 'day' ? `the network on ${dateWords(value)}` : `the network at the start of ${dateWords(value)}`;
}

function tieKindWords(filters: ScopeFilters, model: AtlasModel): string | null {
  if (filters.tieTypes === null) return null;
  if (filters.tieTypes.length === 0) return 'no ties';
  const groups = new Map<string, { label: string; chosen: string[]; all: number }>();
  for (const [type, entry] of Object.entries(model.tieTypes)) {
    const group = groups.get(entry.kind) ?? { label: model.kindGroups[entry.kind]?.label ?? entry.kind, chosen: [], all: 0 };
    group.all++;
    if ((filters.tieTypes as string[]).includes(type)) group.chosen.push(entry.wording.phrase);
    groups.set(entry.kind, group);
  }
  const parts: string[] = [];
  for (const { label, chosen, all } of groups.values()) {
    // "Informal tie" reads "only informal ties", not "informal tie ties".
    if (chosen.length === all) parts.push(label.toLowerCase().replace(/ ties?$/, ''));
    else if (chosen.length) parts.push(...chosen.map((phrase) => `"${phrase}"`));
  }
  for (const type of filters.tieTypes) if (!tieTypeEntry(type, model)) parts.push(type);
  return `only ${listWords(parts, 'and', 6)} ties`;
}

export interface ScopeCounts {
  organisations: number;
  closed: number;
  /** On a date: undated ties left out (or, with `undated`, counted). */
  undatedTies?: number;
  filtered: boolean;
}

export function scopeWords(data: ScopeGraph, filters: ScopeFilters, counts: ScopeCounts, model: AtlasModel = MODEL): string {
  const name = (id: string) => (data.hasNode(id) ? String(data.getNodeAttribute(id, 'name') ?? id) : id);
  const names = (ids: string[]) => listWords(ids.map(name));
  const head = counts.filtered ? plural(counts.organisations, 'organisation') : `all ${plural(counts.organisations, 'organisation')}`;
  const qualifiers: string[] = [];
  if (filters.areas.length) qualifiers.push(`in ${names(filters.areas)}`);
  if (filters.themes.length) qualifiers.push(`working on ${names(filters.themes)}`);
  const clauses = [[head, ...qualifiers].join(' ')];
  if (filters.tiers.length || filters.alliances.length) {
    const tiers = filters.tiers.length ? `${listWords(filters.tiers)} ` : '';
    clauses.push(`${tiers}members${filters.alliances.length ? ` of ${names(filters.alliances)}` : ''}`);
  }
  if (filters.nodeTypes) {
    const hidden = NODE_LABELS.filter((label) => label !== 'Organisation' && !(filters.nodeTypes as string[]).includes(label));
    if (!filters.nodeTypes.includes('Organisation')) clauses.push('organisations hidden');
    if (hidden.length) clauses.push(`without ${listWords(hidden.map((l) => KIND_WORDS[l]), 'and', 6)}`);
  }
  const ties = tieKindWords(filters, model);
  if (ties) clauses.push(ties);
  if (filters.asOf) clauses.push(asOfWords(filters.asOf));
  if (filters.asOf && counts.undatedTies) clauses.push(`${plural(counts.undatedTies, 'undated tie')} ${filters.undated ? 'counted as holding' : 'left out'}`);
  if (counts.closed) clauses.push(`${plural(counts.closed, 'closed organisation')} left out`);
  return clauses.join(', ');
}
