/**
 * Reading a dynamic GEXF's time (Gephi's timeline) as Atlas dates. GEXF gives a node or edge a
 * lifetime as `start`/`end` attributes (1.2's `startopen`/`endopen` exclude the bound), as
 * `<spells>` of several periods, or (1.3) as `timestamps`. Atlas keeps one period per record, at
 * the precision the file gives: `timeformat="date"` keeps the day, `dateTime` is read as its day,
 * and integer (or whole double) times from 1000 to 9999 are years. A record with several periods
 * keeps the first start and the last end, and the import's notes name the gaps counted as held.
 * graphology-gexf reads the attributes but not time, so time is read from the same document here.
 */
import type { Document, Element } from '@xmldom/xmldom';
import { parseDate } from '../model/dates.ts';
import { headerKey } from './columns.ts';
import { ATLAS_CREATOR } from './gexfTimeWrite.ts';

export interface Lifetime {
  since?: string;
  until?: string;
}

export interface GexfTimes {
  nodes: Map<string, Lifetime>;
  /** Per `<edge>`, in document order (the order the parser adds them in). */
  edges: Lifetime[];
  notes: string[];
  /** The file names Atlas as its creator (gexfTimeWrite.ts). */
  writtenByAtlas: boolean;
}

type TimeFormat = 'date' | 'dateTime' | 'number';
const BOUNDS = ['start', 'end', 'startopen', 'endopen', 'timestamp'] as const;
/** Notes that name records stop after a few; the rest are counted. */
const NAMED = 5;

function timeFormat(graph: Element | null): TimeFormat {
  const format = (graph?.getAttribute('timeformat') ?? '').toLowerCase();
  if (format === 'date') return 'date';
  if (format === 'datetime') return 'dateTime';
  return 'number';
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** One step of a date's own precision: the day, month or year after (or before) it. */
function step(text: string, by: 1 | -1): string {
  const date = parseDate(text);
  if (!date) return text;
  if (date.precision === 'year') return String(date.year + by);
  if (date.precision === 'month') {
    const months = date.year * 12 + (date.month ?? 1) - 1 + by;
    return `${Math.floor(months / 12)}-${pad((months % 12) + 1)}`;
  }
  const day = new Date(Date.UTC(date.year, (date.month ?? 1) - 1, (date.day ?? 1) + by));
  return `${pad(day.getUTCFullYear(), 4)}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
}

class TimeReader {
  readonly notes: string[] = [];
  private readonly numbers = new Set<string>();
  private readonly unreadable: string[] = [];
  private readonly gaps: string[] = [];
  private readonly instants: string[] = [];

  constructor(private readonly format: TimeFormat) {}

  /** A GEXF time as an Atlas date, or undefined (remembered for a note) when it is not one. */
  date(value: string, what: string): string | undefined {
    const text = value.trim();
    if (this.format === 'number') {
      const n = Number(text);
      if (Number.isInteger(n) && n >= 1000 && n <= 9999) return String(n);
      if (Number.isFinite(n)) this.numbers.add(text);
      else this.unreadable.push(`${what} "${text}"`);
      return undefined;
    }
    const day = this.format === 'dateTime' ? text.slice(0, 10) : text;
    if (parseDate(day)) return day;
    this.unreadable.push(`${what} "${text}"`);
    return undefined;
  }

  /** The periods an element (or one of its spells) gives. */
  private period(element: Element, what: string): Lifetime {
    const start = element.getAttribute('start');
    const end = element.getAttribute('end');
    const startOpen = element.getAttribute('startopen');
    const endOpen = element.getAttribute('endopen');
    const from = start ? this.date(start, what) : startOpen ? this.date(startOpen, what) : undefined;
    const to = end ? this.date(end, what) : endOpen ? this.date(endOpen, what) : undefined;
    return {
      ...(from ? { since: start ? from : step(from, 1) } : {}),
      ...(to ? { until: end ? to : step(to, -1) } : {}),
    };
  }

  lifetime(element: Element, what: string): Lifetime | undefined {
    const periods: Lifetime[] = [];
    const instants: string[] = [];
    if (BOUNDS.slice(0, 4).some((b) => element.hasAttribute(b))) periods.push(this.period(element, what));
    for (const child of children(element)) {
      if (child.localName === 'spells') for (const spell of children(child, 'spell')) periods.push(this.period(spell, what));
      if (child.localName === 'timestamps') for (const stamp of children(child, 'timestamp')) instants.push(stamp.getAttribute('value') ?? '');
    }
    const timestamp = element.getAttribute('timestamp');
    if (timestamp) instants.push(timestamp);
    // 1.3 also writes a list attribute: timestamps="[2014, 2015]".
    const list = element.getAttribute('timestamps');
    if (list) instants.push(...list.replace(/^[[<(]|[\]>)]$/g, '').split(/[,;]/));
    for (const instant of instants.map((t) => this.date(t, what)).filter((t): t is string => t !== undefined)) periods.push({ since: instant, until: instant });
    if (periods.length === 0) return undefined;
    if (instants.length > 1) this.instants.push(what);
    return this.join(periods, what);
  }

  /** Several periods become one, from the first start to the last end; gaps between them are noted. */
  private join(periods: Lifetime[], what: string): Lifetime {
    if (periods.length === 1) return periods[0];
    const sorted = [...periods].sort((a, b) => (a.since ?? '').localeCompare(b.since ?? ''));
    const open = { start: sorted.some((p) => p.since === undefined), end: sorted.some((p) => p.until === undefined) };
    const gaps: string[] = [];
    for (let i = 1; i < sorted.length; i++) {
      const before = sorted[i - 1].until;
      const after = sorted[i].since;
      if (before && after && step(before, 1) < after) gaps.push(`${before} and ${after}`);
    }
    if (gaps.length > 0) this.gaps.push(`${what} (no spell between ${gaps.join(', nor between ')})`);
    const ends = sorted.map((p) => p.until).filter((u): u is string => u !== undefined).sort();
    return {
      ...(open.start ? {} : { since: sorted[0].since }),
      ...(open.end || ends.length === 0 ? {} : { until: ends[ends.length - 1] }),
    };
  }

  finish(dynamicValues: number): string[] {
    const list = (items: string[]) => `${items.slice(0, NAMED).join('; ')}${items.length > NAMED ? `; and ${items.length - NAMED} more` : ''}`;
    if (this.gaps.length > 0) this.notes.push(`Atlas keeps one period per record, from its first start to its last end, so the gaps in these records' spells are counted as held: ${list(this.gaps)}.`);
    if (this.instants.length > 0) this.notes.push(`${this.instants.length} record(s) have several timestamps; each keeps its first as since and its last as until: ${list(this.instants)}.`);
    if (this.numbers.size > 0) this.notes.push(`The file's times are numbers (${[...this.numbers].slice(0, 3).join(', ')}…) rather than years or dates, so they were not read as dates; set timeformat="date" in Gephi's export, or give since and until columns.`);
    if (this.unreadable.length > 0) this.notes.push(`These times are not dates and were left out: ${list(this.unreadable)}.`);
    if (dynamicValues > 0) this.notes.push(`${dynamicValues} attribute value(s) change over time (dynamic attributes); Atlas keeps one value per property, the last one in the file.`);
    return this.notes;
  }
}

function children(element: Element, name?: string): Element[] {
  const out: Element[] = [];
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1 && (!name || (child as Element).localName === name)) out.push(child as Element);
  }
  return out;
}

/** Attribute values that carry a time of their own, or belong to a dynamic attribute declaration. */
function countDynamicValues(document: Document): number {
  const dynamic = new Set<string>();
  for (const declarations of Array.from(document.getElementsByTagName('attributes'))) {
    if (declarations.getAttribute('mode') !== 'dynamic') continue;
    for (const attribute of children(declarations, 'attribute')) dynamic.add(`${declarations.getAttribute('class')}:${attribute.getAttribute('id')}`);
  }
  let count = 0;
  for (const value of Array.from(document.getElementsByTagName('attvalue'))) {
    const owner = value.parentNode?.parentNode as Element | null;
    const timed = BOUNDS.some((b) => value.hasAttribute(b)) || value.hasAttribute('timestamps');
    if (timed || dynamic.has(`${owner?.localName}:${value.getAttribute('for') ?? value.getAttribute('id')}`)) count++;
  }
  return count;
}

/** The lifetimes a GEXF document gives its nodes and edges; empty maps for a static graph. */
export function readGexfTimes(document: Document): GexfTimes {
  const graph = document.getElementsByTagName('graph')[0] ?? null;
  const reader = new TimeReader(timeFormat(graph));
  const nodes = new Map<string, Lifetime>();
  for (const node of Array.from(document.getElementsByTagName('node'))) {
    const id = node.getAttribute('id') ?? '';
    const lifetime = reader.lifetime(node, `node "${node.getAttribute('label') || id}"`);
    if (lifetime) nodes.set(id, lifetime);
  }
  const edges = Array.from(document.getElementsByTagName('edge')).map((edge) =>
    reader.lifetime(edge, `edge ${edge.getAttribute('source')} → ${edge.getAttribute('target')}`) ?? {});
  const creator = document.getElementsByTagName('creator')[0]?.textContent?.trim();
  return { nodes, edges, notes: reader.finish(countDynamicValues(document)), writtenByAtlas: creator === ATLAS_CREATOR };
}

/**
 * A record's lifetime as its since and until. A since or until attribute in the file wins: it is
 * Atlas's own record at its precision ("2021-10"), where the spell can only give a day.
 */
export function applyLifetime(attributes: Record<string, unknown>, lifetime: Lifetime | undefined): void {
  if (!lifetime) return;
  const has = (field: string) => Object.keys(attributes).some((name) => headerKey(name) === field && attributes[name] !== undefined && attributes[name] !== '');
  if (lifetime.since !== undefined && !has('since')) attributes.since = lifetime.since;
  if (lifetime.until !== undefined && !has('until')) attributes.until = lifetime.until;
}
