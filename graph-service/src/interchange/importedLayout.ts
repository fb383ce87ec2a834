/**
 * The positions a file gave its nodes (GEXF viz, yEd geometry, node-link x and y), as a map's saved
 * layout, so a map made by an import opens with the drawing the file had. Pure.
 */
import { MAP_LAYOUT_NODES, type MapPositions } from '../model/maps.ts';
import type { WriteSet } from './plan/types.ts';

/** Node id → [x, y] for the created nodes that have both; undefined when none has. */
export function importedPositions(writes: WriteSet): MapPositions | undefined {
  const positions: MapPositions = {};
  let count = 0;
  for (const { properties } of writes.createNodes) {
    const { id, x, y } = properties;
    if (typeof id !== 'string' || typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) continue;
    if (++count > MAP_LAYOUT_NODES) break;
    positions[id] = [x, y];
  }
  return count > 0 ? positions : undefined;
}
