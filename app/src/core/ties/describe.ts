import { MODEL, tieTypeEntry, type AtlasModel, type TieTypeEntry, type TieWording } from '../../../../graph-service/src/model/model';
import type { PropertyValue, Tie } from '../graph/types';

/** Words for a type the model does not know (data from a newer service): its name in lower case. */
function fallbackWording(type: string): TieWording {
  const words = type.toLowerCase().replace(/_/g, ' ');
  return { out: words, in: words, outGroup: type, inGroup: type, phrase: words };
}

/** A tie type's wording both ways, from the model: "Member of" / "Has member", and the panel headings. */
export function tieWording(type: string, model: AtlasModel = MODEL): TieWording {
  return tieTypeEntry(type, model)?.wording ?? fallbackWording(type);
}

function text(value: PropertyValue | undefined): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}

/** "£25,000 a year" from amount/currency/period; falls back to the raw values. */
export function formatAmount(amount: PropertyValue | undefined, currency?: PropertyValue, period?: PropertyValue): string | undefined {
  const n = typeof amount === 'number' ? amount : typeof amount === 'string' ? Number(amount.replace(/[,£$€\s]/g, '')) : NaN;
  let money = text(amount);
  if (Number.isFinite(n)) {
    const code = (text(currency) ?? 'GBP').toUpperCase();
    try {
      money = new Intl.NumberFormat('en-GB', { style: 'currency', currency: code, maximumFractionDigits: n % 1 === 0 ? 0 : 2 }).format(n);
    } catch {
      money = `${n.toLocaleString('en-GB')} ${code}`;
    }
  }
  const p = text(period)?.toLowerCase();
  if (!p) return money;
  const perPeriod: Record<string, string> = { year: 'a year', annual: 'a year', yearly: 'a year', annually: 'a year', 'per year': 'a year', month: 'a month', monthly: 'a month', week: 'a week', weekly: 'a week' };
  const suffix = perPeriod[p] ?? p;
  return money ? `${money} ${suffix}` : suffix;
}

/** "since 2021", "2019 – 2022", "until March 2023". */
export function formatPeriod(since?: PropertyValue, until?: PropertyValue): string | undefined {
  const s = text(since);
  const u = text(until);
  if (s && u) return `${s} – ${u}`;
  if (s) return `since ${s}`;
  if (u) return `until ${u}`;
  return undefined;
}

export interface DescribedTie {
  tie: Tie;
  /** Words before the other end's name. */
  verb: string;
  /** Short qualifier shown in brackets, e.g. the membership tier or a role. */
  qualifier?: string;
  /** Words after a dash, e.g. the amount of funding. */
  detail?: string;
  period?: string;
  source?: string;
}

/** The line after a dash: the funding (amount, currency, period, purpose), or the one property the model names. */
function detailOf(entry: TieTypeEntry | undefined, p: Tie['properties']): string | undefined {
  if (entry?.detail === 'funding') return [formatAmount(p.amount, p.currency, p.period), text(p.purpose) && `for ${text(p.purpose)}`].filter(Boolean).join(' ') || undefined;
  return entry?.detail ? text(p[entry.detail.property]) : undefined;
}

export function describeTie(tie: Tie, model: AtlasModel = MODEL): DescribedTie {
  const entry = tieTypeEntry(tie.tieType, model);
  const wording = tieWording(tie.tieType, model);
  const p = tie.properties ?? {};
  return {
    tie,
    verb: tie.direction === 'out' ? wording.out : wording.in,
    qualifier: text(p.tier) ?? text(p.role) ?? (p.lead === true ? 'lead' : undefined),
    detail: detailOf(entry, p),
    period: formatPeriod(p.since, p.until),
    source: text(p.source),
  };
}

export interface TieGroup {
  key: string;
  heading: string;
  ties: DescribedTie[];
}

/** A node's ties in groups with headings, in the model's panel order; a symmetric type is one group. */
export function groupTies(ties: Tie[], model: AtlasModel = MODEL): TieGroup[] {
  const groups = new Map<string, TieGroup & { rank: number }>();
  const lastRank = Object.keys(model.tieTypes).length;
  for (const tie of ties) {
    const entry = tieTypeEntry(tie.tieType, model);
    const direction = entry?.symmetric ? 'out' : tie.direction;
    const key = `${tie.tieType}:${direction}`;
    const wording = tieWording(tie.tieType, model);
    const rank = (entry?.panelRank ?? lastRank) * 2 + (direction === 'in' ? 1 : 0);
    const group = groups.get(key) ?? { key, heading: direction === 'out' ? wording.outGroup : wording.inGroup, ties: [], rank };
    group.ties.push(describeTie(tie, model));
    groups.set(key, group);
  }
  return [...groups.values()]
    .sort((a, b) => a.rank - b.rank)
    .map(({ rank: _rank, ...g }) => ({ ...g, ties: g.ties.sort((a, b) => a.tie.other.name.localeCompare(b.tie.other.name)) }));
}
