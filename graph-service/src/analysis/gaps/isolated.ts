/** Organisations with no working tie to any other organisation. */
import { describeTie } from '../projection.ts';
import { plural, type AnalysisContext } from '../context.ts';
import type { GapItem } from '../types.ts';
import type { GapDetector } from './types.ts';

function tierWeight(context: AnalysisContext, id: string): number {
  const tier = context.network.facts.tierOf.get(id);
  return tier === 'core' ? 3 : tier === 'delivery partner' ? 2 : tier ? 1 : 0;
}

export const isolatedDetector: GapDetector = {
  id: 'isolated',
  title: 'Isolated organisations',
  description: 'Organisations with no partnership, funding, shared staff or reported tie with any other organisation.',
  parameters: [],
  run(context) {
    const { structural, full, facts } = context.network;
    const items: GapItem[] = [];
    for (let i = 0; i < structural.ids.length; i++) {
      if (structural.offsets[i + 1] > structural.offsets[i]) continue;
      const id = structural.ids[i];
      const context_ = full.offsets[i + 1] - full.offsets[i];
      const tier = facts.tierOf.get(id);
      const reason =
        context_ > 0
          ? `No working tie to another organisation; it only shares events or alliance membership with ${plural(context_, 'organisation')}.`
          : 'No tie of any kind to another organisation.';
      items.push({ id, title: facts.name(id), reason, nodeIds: [id], score: 1 + tierWeight(context, id), details: { ...(tier ? { tier } : {}), contextTies: context_ } });
    }
    return items;
  },
};

export const singleTieDetector: GapDetector = {
  id: 'single-tie',
  title: 'Hanging on a single tie',
  description: 'Organisations tied to the rest through one other organisation only: if that tie goes, they are on their own.',
  parameters: [],
  run(context) {
    const { structural, facts } = context.network;
    const items: GapItem[] = [];
    for (let i = 0; i < structural.ids.length; i++) {
      if (structural.offsets[i + 1] - structural.offsets[i] !== 1) continue;
      const id = structural.ids[i];
      const other = structural.ids[structural.adjacency[structural.offsets[i]]];
      items.push({
        id,
        title: facts.name(id),
        reason: `Only tie: ${facts.name(other)} (${describeTie(context.network, id, other)}).`,
        nodeIds: [id, other],
        score: 1 + tierWeight(context, id),
        details: { through: other },
      });
    }
    return items;
  },
};
