import { hashString, mulberry32 } from '../graph/utils';
import type { Positions } from '../appearance';

const STORAGE_PREFIX = 'alliance-atlas:positions:v3:';

/**
 * Positions are kept per map and per view: the whole map and an alliance's or area's part
 * (?alliance=, ?area=) each have their own layout, so tidying one does not reshuffle another.
 * `sharedStamp` names the layout saved for everyone: when someone saves a new one, the key
 * changes, so everyone's own tidying from before gives way to it.
 */
export function positionsKey(map: string, search: string, sharedStamp = 'none'): string {
  const q = new URLSearchParams(search);
  const parts = ['alliance', 'area'].map((k) => (q.get(k) ? `${k}=${q.get(k)}` : '')).filter(Boolean);
  return `${STORAGE_PREFIX}${map}:${parts.length ? parts.join('&') : 'all'}:${sharedStamp}`;
}

/** A short name for a saved layout's content; 'none' when the map has none. */
export function layoutStamp(saved: Record<string, number[]>): string {
  const ids = Object.keys(saved).sort();
  if (ids.length === 0) return 'none';
  return hashString(ids.map((id) => `${id}:${saved[id].join(',')}`).join(';')).toString(36);
}

/** A layout as the service keeps it (`[x, y]` per node), as positions; malformed entries are passed over. */
export function positionsFromSaved(saved: Record<string, unknown>): Positions {
  const positions: Positions = {};
  for (const [id, value] of Object.entries(saved)) {
    if (Array.isArray(value) && Number.isFinite(value[0]) && Number.isFinite(value[1])) positions[id] = { x: value[0] as number, y: value[1] as number };
  }
  return positions;
}

/** Positions as the service keeps them, rounded to hundredths (plenty for a drawing, half the bytes). */
export function savedFromPositions(positions: Positions): Record<string, [number, number]> {
  const compact: Record<string, [number, number]> = {};
  for (const [id, p] of Object.entries(positions)) compact[id] = [Math.round(p.x * 100) / 100, Math.round(p.y * 100) / 100];
  return compact;
}

/** Reads saved positions; anything malformed is ignored rather than breaking the map. */
export function loadPositions(key: string, storage: Storage | undefined = globalThis.localStorage): Positions {
  try {
    const raw = storage?.getItem(key);
    if (!raw) return {};
    return positionsFromSaved(JSON.parse(raw) as Record<string, unknown>);
  } catch {
    return {};
  }
}

export function savePositions(key: string, positions: Positions, storage: Storage | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(key, JSON.stringify(savedFromPositions(positions)));
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
