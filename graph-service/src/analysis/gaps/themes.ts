/** Themes with no lead organisation, or fewer than N organisations working on them. */
import { listNames, plural, type AnalysisContext } from '../context.ts';
import { organisationsOnTheme } from '../facts.ts';
import type { GapItem } from '../types.ts';
import { gapItems, integerParameter, nodeItem, sentence } from './items.ts';
import type { GapDetector } from './types.ts';

export const themesDetector: GapDetector = {
  id: 'themes',
  title: 'Themes without a lead or with few organisations',
  description: 'Themes nobody leads, or that fewer than the given number of organisations work on (directly or through a partnership).',
  parameters: [integerParameter('minActiveOrganisations', 'Fewest organisations', 'A theme with fewer organisations than this is listed.', { default: 2, min: 1, max: 50 })],
  run: thinThemes,
  report: { order: 3, items: 3 },
};

function thinThemes(context: AnalysisContext, { minActiveOrganisations }: { minActiveOrganisations: number }): GapItem[] {
  const { facts } = context.network;
  const onTheme = organisationsOnTheme(facts);
  return gapItems(facts.themes, (theme) => {
    const orgs = [...(onTheme.get(theme) ?? [])].sort();
    const leads = facts.leadsOf.get(theme)?.size ?? 0;
    const noLead = leads === 0;
    const few = orgs.length < minActiveOrganisations;
    if (!noLead && !few) return undefined;
    const clauses: string[] = [];
    if (noLead) clauses.push('No organisation leads it');
    if (orgs.length === 0) clauses.push('no organisation works on it');
    else if (few) clauses.push(`only ${plural(orgs.length, 'organisation')} work${orgs.length === 1 ? 's' : ''} on it (${listNames(orgs.map(facts.name))})`);
    else clauses.push(`${plural(orgs.length, 'organisation')} work on it`);
    return nodeItem(facts, theme, {
      reason: sentence(clauses),
      also: orgs,
      score: (noLead ? 1 : 0) + (few ? 2 : 0) + (orgs.length === 0 ? 1 : 0),
      details: { organisations: orgs.length, leads },
    });
  });
}
