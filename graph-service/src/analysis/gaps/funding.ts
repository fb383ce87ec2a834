/** Organisations with no funding recorded, and clusters that no funder reaches. */
import { listNames, plural, type AnalysisContext } from '../context.ts';
import type { GapItem } from '../types.ts';
import { gapItems, nodeItem, tierWeight } from './items.ts';
import type { GapDetector } from './types.ts';

export const unfundedDetector: GapDetector = {
  id: 'unfunded',
  title: 'Organisations with no funding recorded',
  description: 'Organisations that receive no funding, directly, through a partnership or as a core member of a funded alliance. Funders themselves are not listed.',
  parameters: [],
  run: unfundedOrganisations,
  report: { order: 8, items: 0 },
};

function unfundedOrganisations(context: AnalysisContext): GapItem[] {
  const { facts } = context.network;
  return gapItems(facts.organisations, (id) => {
    if (facts.fundingOf.has(id) || facts.funders.has(id)) return undefined;
    const tier = facts.tierOf.get(id);
    const reason = tier ? `No funding recorded for this ${tier === 'core' ? 'core-group member' : tier}.` : 'No funding recorded.';
    return nodeItem(facts, id, { reason, score: tierWeight(tier), details: tier ? { tier } : {} });
  });
}

export const unfundedClustersDetector: GapDetector = {
  id: 'clusters-without-funder',
  title: 'Clusters no funder reaches',
  description: 'Clusters in which no organisation receives funding and none is a funder.',
  parameters: [],
  run: clustersWithoutFunder,
  report: { order: 7, items: 2 },
};

function clustersWithoutFunder(context: AnalysisContext): GapItem[] {
  const { facts } = context.network;
  return context
    .clusters()
    .clusters.filter((c) => !c.funded)
    .map((c) => ({
      id: c.id,
      title: c.name,
      reason: `None of its ${plural(c.size, 'organisation')} (${listNames(c.members.map((m) => facts.name(m.id)))}) has funding recorded, and no funder is among them.`,
      nodeIds: c.members.map((m) => m.id),
      score: c.size,
      details: { size: c.size },
    }));
}
