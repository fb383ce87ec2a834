/**
 * Writing Atlas dates as a dynamic GEXF 1.3, so Gephi's timeline plays the map's growth:
 * `<graph mode="dynamic" timeformat="date">`, each tie's lifetime from the first day of its `since`
 * to the last day of its `until` (inclusive bounds, as 1.3 has them). A node is in the network
 * while one of its ties holds (model/time.ts), so its lifetime is the union of its dated ties'
 * periods, within its own since and until: one period as `start`/`end`, several as `<spells>`.
 * A record with no dates has no lifetime and Gephi shows it throughout, as Atlas's whole record does.
 * since, until and dateBasis are also written as attribute values, at their own precision, which
 * is what an import into Atlas reads back.
 */
import { DOMParser, XMLSerializer, type Element } from '@xmldom/xmldom';
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

function setPeriod(element: Element, period: Period): void {
  if (period.start) element.setAttribute('start', period.start);
  if (period.end) element.setAttribute('end', period.end);
}

/**
 * The creator Atlas names in its GEXF. Its node lifetimes are derived from the ties, so an import
 * reads a node's own dates from its since and until values only (gexfTimeRead.ts).
 */
export const ATLAS_CREATOR = 'Alliance Atlas';

/**
 * Lifetimes on a GEXF written from `graph` by graphology-gexf (whose writer has no time of its
 * own), and the meta: Atlas as creator, and `description` (what the file holds, e.g. its date).
 */
export function addLifetimes(gexf: string, graph: AbstractGraph, description?: string): string {
  const document = new DOMParser().parseFromString(gexf, 'text/xml');
  const root = document.documentElement;
  const graphElement = root?.getElementsByTagName('graph')[0];
  const meta = root?.getElementsByTagName('meta')[0];
  if (!root || !graphElement || !meta) throw new Error('export: the GEXF writer produced no <meta> or <graph>');
  const namespace = root.namespaceURI;
  for (const [name, text] of [['creator', ATLAS_CREATOR], ['description', description]] as const) {
    if (text === undefined) continue;
    const element = document.createElementNS(namespace, name);
    element.appendChild(document.createTextNode(text));
    meta.appendChild(element);
  }
  let dynamic = false;
  for (const element of Array.from(graphElement.getElementsByTagName('node'))) {
    const id = element.getAttribute('id') ?? '';
    if (!graph.hasNode(id)) continue;
    const periods = nodePeriods(graph, id);
    if (periods.length === 0) continue;
    dynamic = true;
    if (periods.length === 1) {
      setPeriod(element, periods[0]);
      continue;
    }
    const spells = document.createElementNS(namespace, 'spells');
    for (const period of periods) {
      const spell = document.createElementNS(namespace, 'spell');
      setPeriod(spell, period);
      spells.appendChild(document.createTextNode('\n          '));
      spells.appendChild(spell);
    }
    spells.appendChild(document.createTextNode('\n        '));
    // After the attribute values and before the drawing, where Gephi writes them.
    const attvalues = Array.from(element.childNodes).find((c) => (c as Element).localName === 'attvalues');
    const before = attvalues ? attvalues.nextSibling : element.firstChild;
    element.insertBefore(document.createTextNode('\n        '), before);
    element.insertBefore(spells, before);
  }
  const edges = Array.from(graphElement.getElementsByTagName('edge'));
  for (const element of edges) {
    const id = element.getAttribute('id') ?? '';
    const period = graph.hasEdge(id) ? periodOf(graph.getEdgeAttributes(id)) : undefined;
    if (!period) continue;
    dynamic = true;
    setPeriod(element, period);
  }
  if (dynamic) {
    graphElement.setAttribute('mode', 'dynamic');
    graphElement.setAttribute('timeformat', 'date');
  }
  return new XMLSerializer().serializeToString(document);
}
