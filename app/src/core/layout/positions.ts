import { hashString, mulberry32 } from '../graph/utils';
import type { Positions } from '../appearance';

const STORAGE_PREFIX = 'alliance-atlas:positions:v2:';

/**
 * Positions are kept per view: the whole atlas and an alliance's or area's part (?alliance=, ?area=)
 * each have their own layout, so tidying one does not reshuffle another.
 */
export function positionsKey(search: string): string {
  const q = new URLSearchParams(search);
  const parts = ['alliance', 'area'].map((k) => (q.get(k) ? `${k}=${q.get(k)}` : '')).filter(Boolean);
  return STORAGE_PREFIX + (parts.length ? parts.join('&') : 'all');
}

/** Reads saved positions; anything malformed is ignored rather than breaking the map. */
export function loadPositions(key: string, storage: Storage | undefined = globalThis.localStorage): Positions {
  try {
    const raw = storage?.getItem(key);
    if (!raw) return {};
    const parsed = JSON.parse(raw) as Record<string, unknown>;
    const positions: Positions = {};
    for (const [id, value] of Object.entries(parsed)) {
      if (Array.isArray(value) && Number.isFinite(value[0]) && Number.isFinite(value[1])) positions[id] = { x: value[0] as number, y: value[1] as number };
    }
    return positions;
  } catch {
    return {};
  }
}

export function savePositions(key: string, positions: Positions, storage: Storage | undefined = globalThis.localStorage): void {
  try {
    const compact: Record<string, [number, number]> = {};
    for (const [id, p] of Object.entries(positions)) compact[id] = [Math.round(p.x * 100) / 100, Math.round(p.y * 100) / 100];
    storage?.setItem(key, JSON.stringify(compact));
  } catch {
    // Storage full or disabled: the layout simply runs again next time.
  }
}

export function clearPositions(key: string, storage: Storage | undefined = globalThis.localStorage): void {
  try {
    storage?.removeItem(key);
  } catch {
    // Nothing to do.
  }
}

/**
 * Saved positions where known; new nodes start next to their placed neighbours
 * (so a reload with one new organisation doesn't reshuffle the map), others on a
 * deterministic scatter seeded by their id.
 */
/** The little of a graphology graph this needs, so it works on the data and the display graph alike. */
export interface GraphLike {
  order: number;
  forEachNode(callback: (node: string) => void): void;
  neighbors(node: string): string[];
}

export function initialPositions(data: GraphLike, saved: Positions): { positions: Positions; missing: number } {
  const positions: Positions = {};
  const spread = Math.max(10, Math.sqrt(data.order) * 10);
  let missing = 0;
  data.forEachNode((node) => {
    if (saved[node]) positions[node] = saved[node];
  });
  data.forEachNode((node) => {
    if (positions[node]) return;
    missing += 1;
    const rng = mulberry32(hashString(node));
    const placed = data.neighbors(node).filter((n) => positions[n]);
    if (placed.length > 0) {
      const cx = placed.reduce((s, n) => s + positions[n].x, 0) / placed.length;
      const cy = placed.reduce((s, n) => s + positions[n].y, 0) / placed.length;
      positions[node] = { x: cx + (rng() - 0.5) * 2, y: cy + (rng() - 0.5) * 2 };
    } else {
      const angle = rng() * 2 * Math.PI;
      const radius = Math.sqrt(rng()) * spread;
      positions[node] = { x: Math.cos(angle) * radius, y: Math.sin(angle) * radius };
    }
  });
  return { positions, missing };
}

/** Current x/y of every node of a graph whose nodes carry positions. */
export function snapshotPositions(graph: { forEachNode(cb: (node: string, attrs: { x: number; y: number }) => void): void }): Positions {
  const positions: Positions = {};
  graph.forEachNode((node, { x, y }) => {
    positions[node] = { x, y };
  });
  return positions;
}
