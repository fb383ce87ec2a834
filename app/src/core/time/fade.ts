/**
 * Growth drawn over time: what comes into the network on a new date fades in, in place (positions
 * are never touched), and ties that cannot be placed in time are drawn faint. Pure producers that
 * the map's reducers and the play loop call; they hold no state of their own.
 */
import type { Visibility } from '../filters';

export const FADE_DEFAULTS = { durationMs: 450, minSize: 0.35 };

export const UNDATED_EDGE = '#aab4c2';
export const UNDATED_NODE = '#f1f5f9';
export const UNDATED_RING = '#94a3b8';

/** Start times of what is fading in: node and tie ids → when it came into the picture (ms). */
export interface Arrivals {
  nodes: Map<string, number>;
  edges: Map<string, number>;
}

export const noArrivals = (): Arrivals => ({ nodes: new Map(), edges: new Map() });

/** What the next picture shows that the last did not; nothing when either shows the whole record. */
export function arrivalsBetween(previous: Visibility | null, next: Visibility | null, now: number, into: Arrivals = noArrivals()): Arrivals {
  if (!previous || !next) return into;
  for (const node of next.nodes) if (!previous.nodes.has(node)) into.nodes.set(node, now);
  for (const edge of next.edges) if (!previous.edges.has(edge)) into.edges.set(edge, now);
  return into;
}

/** 0 → 1 as a fade runs, eased out (fast start, soft landing). */
export function fadeProgress(started: number, now: number, durationMs = FADE_DEFAULTS.durationMs): number {
  const t = Math.min(1, Math.max(0, (now - started) / durationMs));
  return 1 - (1 - t) ** 3;
}

/** Drops arrivals whose fade is over; says whether any is still running. */
export function pruneArrivals(arrivals: Arrivals, now: number, durationMs = FADE_DEFAULTS.durationMs): boolean {
  for (const map of [arrivals.nodes, arrivals.edges]) for (const [id, started] of map) if (now - started >= durationMs) map.delete(id);
  return arrivals.nodes.size + arrivals.edges.size > 0;
}

function channels(hex: string): [number, number, number] | null {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) return null;
  const n = Number.parseInt(m[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** A colour `alpha` of the way from the background to itself ("#rrggbb" in and out; other forms unchanged). */
export function fadeColour(colour: string, alpha: number, background = '#f8fafc'): string {
  const c = channels(colour);
  const b = channels(background);
  if (!c || !b || alpha >= 1) return colour;
  const mix = (i: number) => Math.round(b[i] + (c[i] - b[i]) * alpha);
  return `#${((1 << 24) | (mix(0) << 16) | (mix(1) << 8) | mix(2)).toString(16).slice(1)}`;
}

/** How big a fading node is drawn: it grows from `minSize` of its size. */
export function fadeSize(size: number, alpha: number, minSize = FADE_DEFAULTS.minSize): number {
  return size * (minSize + (1 - minSize) * alpha);
}
