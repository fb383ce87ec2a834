/** The graph sigma draws, built once from the first data; later changes are synced into it by AppearanceController. */
import { buildDisplayGraph, type Appearance } from '../core/appearance';
import type { DataGraph } from '../core/graph';
import { initialPositions, loadPositions, warmStart } from '../core/layout';
import type { Display } from '../stores';
import { curveParallelTies } from './parallelTies';

export function createDisplay(data: DataGraph, appearance: Appearance, storageKey: string): Display {
  performance.mark('atlas:derived');
  const placed = initialPositions(data, loadPositions(storageKey));
  const graph = buildDisplayGraph(data, appearance, placed.positions);
  curveParallelTies(graph);
  performance.mark('atlas:display-built');
  // Only a mostly new layout needs the head start; a restored one is already settled.
  if (placed.missing > data.order / 4) warmStart(graph);
  performance.mark('atlas:warm-started');
  return { graph, missing: placed.missing };
}
