/** Organisations with no working tie to any other organisation, or only one. */
import { plural, type AnalysisContext } from '../context.ts';
import { degreeOf, neighbourIds } from '../indexed.ts';
import { describeTie } from '../projection.ts';
import type { GapItem } from '../types.ts';
import { gapItems, nodeItem, tierWeight } from './items.ts';
import type { GapDetector } from './types.ts';

export const isolatedDetector: GapDetector = {
  id: 'isolated',
  title: 'Isolated organisations',
  description: 'Organisations with no partnership, funding, shared staff or reported tie with any other organisation.',
  parameters: [],
  run: isolatedOrganisations,
  report: { order: 1, items: 3 },
};

function isolatedOrganisations(context: AnalysisContext): GapItem[] {
  const { structural, full, facts } = context.network;
  return gapItems(structural.ids.keys(), (i) => {
    if (degreeOf(structural, i) > 0) return undefined;
    const id = structural.ids[i];
    const contextTies = degreeOf(full, i);
    const tier = facts.tierOf.get(id);
    const reason =
      contextTies > 0
        ? `No working tie to another organisation; it only shares events or alliance membership with ${plural(contextTies, 'organisation')}.`
        : 'No tie of any kind to another organisation.';
    return nodeItem(facts, id, { reason, score: 1 + tierWeight(tier), details: { ...(tier ? { tier } : {}), contextTies } });
  });
}

export const singleTieDetector: GapDetector = {
  id: 'single-tie',
  title: 'Hanging on a single tie',
  description: 'Organisations tied to the rest through one other organisation only: if that tie goes, they are on their own.',
  parameters: [],
  run: hangingOnOneTie,
  report: { order: 9, items: 0 },
};

function hangingOnOneTie(context: AnalysisContext): GapItem[] {
  const { structural, facts } = context.network;
  return gapItems(structural.ids.keys(), (i) => {
    if (degreeOf(structural, i) !== 1) return undefined;
    const id = structural.ids[i];
    const [other] = neighbourIds(structural, i);
    const reason = `Only tie: ${facts.name(other)} (${describeTie(context.network, id, other)}).`;
    return nodeItem(facts, id, { reason, also: [other], score: 1 + tierWeight(facts.tierOf.get(id)), details: { through: other } });
  });
}
