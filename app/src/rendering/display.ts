/** The graph sigma draws, built once from the first data; later changes are synced into it by AppearanceController. */
import { buildDisplayGraph, type Appearance, type Positions } from '../core/appearance';
import type { DataGraph } from '../core/graph';
import { initialPositions, loadPositions, warmStart } from '../core/layout';
import type { Display } from '../stores';
import { curveParallelTies } from './parallelTies';

export function createDisplay(data: DataGraph, appearance: Appearance, storageKey: string, shared: Positions): Display {
  performance.mark('atlas:derived');
  // This device's own tidying of the shared layout first, the shared layout for the rest.
  const placed = initialPositions(data, { ...shared, ...loadPositions(storageKey) });
  const graph = buildDisplayGraph(data, appearance, placed.positions);
  curveParallelTies(graph);
  performance.mark('atlas:display-built');
  // Only a mostly new layout needs the head start; a restored one is already settled.
  if (placed.missing > data.order / 4) warmStart(graph);
  performance.mark('atlas:warm-started');
  return { graph, missing: placed.missing };
}
