/**
 * Writing Atlas dates as a dynamic GEXF (1.2draft), so Gephi's timeline plays the map's growth:
 * `<graph mode="dynamic" timeformat="date">`, each tie's lifetime from the first day of its `since`
 * to the last day of its `until` (inclusive bounds, as 1.2draft and 1.3 have them). A node is in the network
 * while one of its ties holds (model/time.ts), so its lifetime is the union of its dated ties'
 * periods, within its own since and until: one period as `start`/`end`, several as `<spells>`.
 * A record with no dates has no lifetime and Gephi shows it throughout, as Atlas's whole record does.
 * since, until and dateBasis are also written as attribute values, at their own precision, which
 * is what an import into Atlas reads back.
 */
import type { AbstractGraph } from 'graphology-types';
import { dayBound } from '../model/dates.ts';

interface Period {
  start?: string;
  end?: string;
}

const DAY_MS = 86_400_000;
const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);

function periodOf(attributes: Record<string, unknown>): Period | undefined {
  const start = dayBound(attributes.since, 'start');
  const end = dayBound(attributes.until, 'end');
  return start || end ? { ...(start ? { start } : {}), ...(end ? { end } : {}) } : undefined;
}

/** Periods that overlap or touch become one; an open end swallows what follows. */
function merge(periods: Period[]): Period[] {
  const sorted = [...periods].sort((a, b) => (a.start ?? '').localeCompare(b.start ?? ''));
  const out: Period[] = [];
  for (const period of sorted) {
    const last = out[out.length - 1];
    if (last && (last.end === undefined || (period.start ?? '') <= nextDay(last.end))) {
      if (last.end !== undefined && (period.end === undefined || period.end > last.end)) last.end = period.end;
    } else out.push({ ...period });
  }
  return out;
}

/** A node's periods: its dated ties' union, within its own dates; its own dates when no tie is dated. */
export function nodePeriods(graph: AbstractGraph, node: string): Period[] {
  const own = periodOf(graph.getNodeAttributes(node));
  const ties: Period[] = [];
  graph.forEachEdge(node, (_edge, attributes) => {
    const period = periodOf(attributes);
    if (period?.start) ties.push(period);
  });
  if (ties.length === 0) return own ? [own] : [];
  return merge(ties)
    .map((p) => ({
      start: own?.start && own.start > (p.start ?? '') ? own.start : p.start,
      end: own?.end && (p.end === undefined || own.end < p.end) ? own.end : p.end,
    }))
    .filter((p) => p.start === undefined || p.end === undefined || p.start <= p.end);
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const unescapeXml = (text: string) => text.replace(/&(lt|gt|amp|quot|apos);/g, (_m, name: string) => ENTITIES[name]);
const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const bounds = (period: Period) => `${period.start ? ` start="${period.start}"` : ''}${period.end ? ` end="${period.end}"` : ''}`;
/** An opening tag with its id; quoted values may hold ">". */
const opening = (tag: string) => new RegExp(`<${tag} id="([^"]*)"((?:[^">]|"[^"]*")*?)(/?)>`, 'g');

/**
 * The creator Atlas names in its GEXF. Its node lifetimes are derived from the ties, so an import
 * reads a node's own dates from its since and until values only (gexfTimeRead.ts).
 */
export const ATLAS_CREATOR = 'Alliance Atlas';

/**
 * Lifetimes on a GEXF written from `graph` by graphology-gexf (whose writer has no time of its
 * own), and the meta: Atlas as creator, and `description` (what the file holds, e.g. its date).
 * The writer's tags are regular, so this edits its text: parsing 50,000 ties into a DOM and back
 * took seconds.
 */
export function addLifetimes(gexf: string, graph: AbstractGraph, description?: string): string {
  let dynamic = false;
  const meta = `<creator>${ATLAS_CREATOR}</creator>${description === undefined ? '' : `<description>${escapeText(description)}</description>`}`;
  let out = /<meta([^>]*?)\/>/.test(gexf) ? gexf.replace(/<meta([^>]*?)\/>/, `<meta$1>${meta}</meta>`) : gexf.replace('</meta>', `${meta}</meta>`);
  out = out.replace(opening('node'), (tag, id: string, rest: string, closed: string) => {
    const key = unescapeXml(id);
    const periods = graph.hasNode(key) ? nodePeriods(graph, key) : [];
    if (periods.length === 0) return tag;
    dynamic = true;
    if (periods.length === 1) return `<node id="${id}"${rest}${bounds(periods[0])}${closed}>`;
    const spells = `\n        <spells>${periods.map((p) => `\n          <spell${bounds(p)}/>`).join('')}\n        </spells>`;
    return `<node id="${id}"${rest}>${spells}${closed ? '\n      </node>' : ''}`;
  });
  out = out.replace(opening('edge'), (tag, id: string, rest: string, closed: string) => {
    const key = unescapeXml(id);
    const period = graph.hasEdge(key) ? periodOf(graph.getEdgeAttributes(key)) : undefined;
    if (!period) return tag;
    dynamic = true;
    return `<edge id="${id}"${rest}${bounds(period)}${closed}>`;
  });
  return dynamic ? out.replace(/<graph((?:[^">]|"[^"]*")*)>/, '<graph$1 mode="dynamic" timeformat="date">') : out;
}
