/** Themes with no lead organisation, or fewer than N organisations working on them. */
import { organisationsOnTheme } from '../facts.ts';
import { listNames, plural } from '../context.ts';
import type { GapItem } from '../types.ts';
import type { GapDetector } from './types.ts';

export const themesDetector: GapDetector = {
  id: 'themes',
  title: 'Themes without a lead or with few organisations',
  description: 'Themes nobody leads, or that fewer than the given number of organisations work on (directly or through a partnership).',
  parameters: [
    { name: 'minActiveOrganisations', label: 'Fewest organisations', description: 'A theme with fewer organisations than this is listed.', type: 'integer', default: 2, min: 1, max: 50 },
  ],
  run(context, { minActiveOrganisations }) {
    const { facts } = context.network;
    const onTheme = organisationsOnTheme(facts);
    const items: GapItem[] = [];
    for (const theme of facts.themes) {
      const orgs = [...(onTheme.get(theme) ?? [])].sort();
      const leads = [...(facts.leadsOf.get(theme) ?? [])];
      const noLead = leads.length === 0;
      const few = orgs.length < minActiveOrganisations;
      if (!noLead && !few) continue;
      const parts: string[] = [];
      if (noLead) parts.push('No organisation leads it');
      if (orgs.length === 0) parts.push('no organisation works on it');
      else if (few) parts.push(`only ${plural(orgs.length, 'organisation')} work${orgs.length === 1 ? 's' : ''} on it (${listNames(orgs.map(facts.name))})`);
      else parts.push(`${plural(orgs.length, 'organisation')} work on it`);
      const reason = `${parts.join('; ')}.`;
      items.push({
        id: theme,
        title: facts.name(theme),
        reason: reason.charAt(0).toUpperCase() + reason.slice(1),
        nodeIds: [theme, ...orgs],
        score: (noLead ? 1 : 0) + (few ? 2 : 0) + (orgs.length === 0 ? 1 : 0),
        details: { organisations: orgs.length, leads: leads.length },
      });
    }
    return items;
  },
};
