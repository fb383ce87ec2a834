import type { PropertyValue, Tie, TieType } from '../graph/types';

interface TieWording {
  /** Verb phrase read from this node's side, e.g. "Member of" (out) / "Has member" (in). */
  out: string;
  in: string;
  /** Group headings in the panel. */
  outGroup: string;
  inGroup: string;
}

export const TIE_WORDING: Record<TieType, TieWording> = {
  MEMBER_OF: { out: 'Member of', in: 'Has member', outGroup: 'Memberships', inGroup: 'Members' },
  WORKS_ON: { out: 'Works on', in: 'Worked on by', outGroup: 'Themes worked on', inGroup: 'Who works on this' },
  PARTNER_IN: { out: 'Partner in', in: 'Has partner', outGroup: 'Partnerships', inGroup: 'Partners' },
  FUNDS: { out: 'Funds', in: 'Funded by', outGroup: 'Funding given', inGroup: 'Funding received' },
  WORKS_FOR: { out: 'Works for', in: 'Employs', outGroup: 'Works for', inGroup: 'People' },
  ATTENDED: { out: 'Attended', in: 'Attended by', outGroup: 'Events attended', inGroup: 'Who attended' },
  HOSTED: { out: 'Hosted', in: 'Hosted by', outGroup: 'Events hosted', inGroup: 'Hosts' },
  ABOUT: { out: 'About', in: 'Discussed at', outGroup: 'Themes', inGroup: 'Events about this' },
  PART_OF: { out: 'Part of', in: 'Includes', outGroup: 'Part of', inGroup: 'Includes' },
  LOCATED_IN: { out: 'Based in', in: 'Home to', outGroup: 'Location', inGroup: 'Based here' },
  CONNECTED_WITH: { out: 'Connected with', in: 'Connected with', outGroup: 'Connections', inGroup: 'Connections' },
};

/** Stable order for groups: memberships and money before the rest. */
const GROUP_ORDER: TieType[] = ['MEMBER_OF', 'WORKS_FOR', 'FUNDS', 'PARTNER_IN', 'WORKS_ON', 'CONNECTED_WITH', 'HOSTED', 'ATTENDED', 'ABOUT', 'PART_OF', 'LOCATED_IN'];

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

export function describeTie(tie: Tie): DescribedTie {
  const wording = TIE_WORDING[tie.tieType] ?? { out: tie.tieType.toLowerCase().replace(/_/g, ' '), in: tie.tieType.toLowerCase().replace(/_/g, ' ') };
  const p = tie.properties ?? {};
  const qualifier = text(p.tier) ?? text(p.role) ?? (p.lead === true ? 'lead' : undefined);
  let detail: string | undefined;
  if (tie.tieType === 'FUNDS') detail = [formatAmount(p.amount, p.currency, p.period), text(p.purpose) && `for ${text(p.purpose)}`].filter(Boolean).join(' ') || undefined;
  else if (tie.tieType === 'LOCATED_IN') detail = text(p.address);
  else if (tie.tieType === 'CONNECTED_WITH') detail = text(p.description);
  return {
    tie,
    verb: tie.direction === 'out' ? wording.out : wording.in,
    qualifier,
    detail,
    period: formatPeriod(p.since, p.until),
    source: text(p.source),
  };
}

/** One line of plain text, e.g. "Member of Battersea Alliance (core)". */
export function tieSentence(tie: Tie): string {
  const d = describeTie(tie);
  return `${d.verb} ${tie.other.name}${d.qualifier ? ` (${d.qualifier})` : ''}${d.detail ? ` — ${d.detail}` : ''}`;
}

export interface TieGroup {
  key: string;
  heading: string;
  ties: DescribedTie[];
}

export function groupTies(ties: Tie[]): TieGroup[] {
  const groups = new Map<string, TieGroup>();
  for (const tie of ties) {
    // CONNECTED_WITH reads the same both ways, so one group.
    const direction = tie.tieType === 'CONNECTED_WITH' ? 'out' : tie.direction;
    const key = `${tie.tieType}:${direction}`;
    const wording = TIE_WORDING[tie.tieType];
    const heading = wording ? (direction === 'out' ? wording.outGroup : wording.inGroup) : tie.tieType;
    const group = groups.get(key) ?? { key, heading, ties: [] };
    group.ties.push(describeTie(tie));
    groups.set(key, group);
  }
  const rank = (key: string) => {
    const [type, direction] = key.split(':');
    const i = GROUP_ORDER.indexOf(type as TieType);
    return (i < 0 ? GROUP_ORDER.length : i) * 2 + (direction === 'in' ? 1 : 0);
  };
  return [...groups.values()]
    .sort((a, b) => rank(a.key) - rank(b.key))
    .map((g) => ({ ...g, ties: g.ties.sort((a, b) => a.tie.other.name.localeCompare(b.tie.other.name)) }));
}
