/** Delivery partners with no core-group member within a few steps of working ties. */
import { distancesFrom, plural, type AnalysisContext } from '../context.ts';
import type { IndexedGraph } from '../indexed.ts';
import type { GapItem } from '../types.ts';
import { gapItems, integerParameter, nodeItem } from './items.ts';
import type { GapDetector } from './types.ts';

export const deliveryPartnersDetector: GapDetector = {
  id: 'delivery-partners-far-from-core',
  title: 'Delivery partners far from the core group',
  description: 'Delivery partners with no tie to any core-group member within the given number of steps.',
  parameters: [integerParameter('maxSteps', 'Steps', 'How many ties away a core-group member may be.', { default: 2, min: 1, max: 6 })],
  run: deliveryPartnersFarFromCore,
  report: { order: 2, items: 3 },
};

function deliveryPartnersFarFromCore(context: AnalysisContext, { maxSteps }: { maxSteps: number }): GapItem[] {
  const { structural, facts } = context.network;
  const core = [...facts.core].map((id) => structural.index.get(id)).filter((i): i is number => i !== undefined);
  const dist = distancesFrom(structural, core);
  const partners = [...facts.tierOf].filter(([, tier]) => tier === 'delivery partner').map(([id]) => id);
  return gapItems(partners, (id) => {
    const i = structural.index.get(id);
    if (i === undefined) return undefined;
    const d = dist[i];
    if (d !== -1 && d <= maxSteps) return undefined;
    // Name the nearest core member and the path when there is one.
    let reason: string;
    let path: string[] = [];
    if (core.length === 0) reason = 'The alliance has no core-group member recorded.';
    else if (d === -1) reason = `No chain of working ties reaches any core-group member (looked ${plural(maxSteps, 'step')}).`;
    else {
      path = pathToNearest(structural, i, new Set(core)).map((p) => structural.ids[p]);
      reason = `Nearest core-group member, ${facts.name(path[path.length - 1])}, is ${d} ties away (more than ${maxSteps}).`;
    }
    return nodeItem(facts, id, { reason, also: path, score: d === -1 ? 100 : d, details: { steps: d } });
  });
}

/** Shortest path (node indices, excluding the start) from `start` to the nearest target. */
function pathToNearest(g: IndexedGraph, start: number, targets: Set<number>): number[] {
  const previous = new Int32Array(g.ids.length).fill(-2);
  previous[start] = -1;
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head];
    if (targets.has(v) && v !== start) {
      const path: number[] = [];
      for (let x = v; x !== start; x = previous[x]) path.unshift(x);
      return path;
    }
    for (let k = g.offsets[v]; k < g.offsets[v + 1]; k++) {
      const w = g.adjacency[k];
      if (previous[w] === -2) {
        previous[w] = v;
        queue.push(w);
      }
    }
  }
  return [];
}
