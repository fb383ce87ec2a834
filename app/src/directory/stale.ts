/**
 * Which facts of the loaded map are stale, by the model's one freshness rule (model/freshness.ts):
 * the app fades them on the map and says so in their panel. Read from the data graph; nothing in it changes.
 */
import type { DataGraph } from '../core/graph';
import { freshnessOn, isStale, todayOf } from '../../../graph-service/src/model/freshness';

export interface StaleFacts {
  nodes: Set<string>;
  edges: Set<string>;
}

export function staleFacts(graph: DataGraph, months: number, today = todayOf()): StaleFacts {
  const judge = freshnessOn(today, months);
  const nodes = new Set<string>();
  const edges = new Set<string>();
  graph.forEachNode((id, a) => { if (isStale(judge('node', String(a.nodeType), a))) nodes.add(id); });
  graph.forEachEdge((id, a) => { if (isStale(judge('tie', String(a.tieType), a as { lastConfirmed?: unknown; until?: unknown }))) edges.add(id); });
  return { nodes, edges };
}

/** How a stale fact is drawn: its colour mixed towards the background, like the dimming but lighter. */
export const STALE_ALPHA = 0.45;
export function faded(colour: string): string {
  const m = /^#([0-9a-f]{6})$/i.exec(colour);
  if (!m) return colour;
  const n = Number.parseInt(m[1], 16);
  const mix = (c: number) => Math.round(c * STALE_ALPHA + 255 * (1 - STALE_ALPHA)).toString(16).padStart(2, '0');
  return `#${mix(n >> 16)}${mix((n >> 8) & 255)}${mix(n & 255)}`;
}
