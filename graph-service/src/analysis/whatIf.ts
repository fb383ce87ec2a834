/**
 * What if an organisation closes, or loses its funding? The organisation network is built again
 * without it (closes: the organisation and all its ties go) or without the funding that reaches
 * it (loses-funding: direct, through partnerships and through a funded alliance's core group),
 * and compared with today's:
 *  - who becomes isolated (had working ties, has none),
 *  - who loses their link to the core group (had a core-group member within `maxSteps` ties),
 *  - who loses their only link to a theme (a theme they reached only through their own work, a
 *    partnership, or a directly tied organisation, and now no longer reach),
 *  - which themes lose their last lead or fall below `minActiveOrganisations`,
 *  - who is left with no funding, and how many pieces the network falls into.
 */
import { connectedComponents } from './components.ts';
import { distancesFrom, listNames, plural } from './context.ts';
import { organisationsOnTheme } from './facts.ts';
import { degreeOf, indexOf, neighbourIds } from './indexed.ts';
import { organisationNetwork, type OrganisationNetwork, type ProjectionOptions } from './projection.ts';
import type { AtlasGraph, GapItem } from './types.ts';

export type WhatIfMode = 'closes' | 'loses-funding';

export interface WhatIfOptions extends ProjectionOptions {
  maxSteps?: number;
  minActiveOrganisations?: number;
}

export interface WhatIfResult {
  organisation: { id: string; name: string };
  mode: WhatIfMode;
  /** One plain sentence for the top of the panel or report. */
  summary: string;
  /** Working ties the organisation had (closes) or funding links it loses (loses-funding). */
  tiesLost: number;
  before: { components: number; largestComponent: number; isolated: number };
  after: { components: number; largestComponent: number; isolated: number };
  isolated: GapItem[];
  lostCoreLink: GapItem[];
  lostThemeLink: GapItem[];
  themes: GapItem[];
  lostFunding: GapItem[];
}

export class UnknownOrganisationError extends Error {
  constructor(id: string) {
    super(`No open organisation has the id "${id}".`);
    this.name = 'UnknownOrganisationError';
  }
}

function shape(network: OrganisationNetwork) {
  const g = network.structural;
  const components = connectedComponents(g);
  let isolated = 0;
  for (let i = 0; i < g.ids.length; i++) if (g.offsets[i + 1] === g.offsets[i]) isolated++;
  return { components: components.members.length, largestComponent: components.members[0]?.length ?? 0, isolated };
}

function themeReach(network: OrganisationNetwork): Map<string, Map<string, string | null>> {
  // org → theme → the organisation it is reached through (null: its own work or partnership).
  const { structural, facts } = network;
  const reach = new Map<string, Map<string, string | null>>();
  for (const org of facts.organisations) {
    const mine = new Map<string, string | null>();
    for (const t of facts.themesOf.get(org) ?? []) mine.set(t, null);
    for (const other of neighbourIds(structural, indexOf(structural, org))) {
      for (const t of facts.themesOf.get(other) ?? []) if (!mine.has(t)) mine.set(t, other);
    }
    reach.set(org, mine);
  }
  return reach;
}

export function whatIf(data: AtlasGraph, organisation: string, mode: WhatIfMode, options: WhatIfOptions = {}): WhatIfResult {
  const maxSteps = options.maxSteps ?? 2;
  const minActive = options.minActiveOrganisations ?? 2;
  const before = organisationNetwork(data, options);
  if (!before.facts.isOrganisation.has(organisation)) throw new UnknownOrganisationError(organisation);
  const name = before.facts.name;
  const who = name(organisation);
  let after: OrganisationNetwork;
  let tiesLost: number;
  if (mode === 'closes') {
    const copy = data.copy();
    copy.dropNode(organisation);
    after = organisationNetwork(copy, options);
    tiesLost = degreeOf(before.structural, indexOf(before.structural, organisation));
  } else {
    after = organisationNetwork(data, { ...options, withoutFundingTo: organisation });
    tiesLost = before.facts.fundingOf.get(organisation)?.length ?? 0;
  }
  const others = before.facts.organisations.filter((o) => o !== organisation);
  const degree = (net: OrganisationNetwork, id: string) => {
    const i = net.structural.index.get(id);
    return i === undefined ? 0 : net.structural.offsets[i + 1] - net.structural.offsets[i];
  };

  const isolated: GapItem[] = others
    .filter((o) => degree(before, o) > 0 && degree(after, o) === 0)
    .map((o) => ({ id: o, title: name(o), reason: `Its only working ${degree(before, o) === 1 ? 'tie was' : 'ties were'} with ${who}.`, nodeIds: [o, organisation], score: degree(before, o) }));

  const coreDistance = (net: OrganisationNetwork) =>
    distancesFrom(net.structural, [...net.facts.core].map((c) => net.structural.index.get(c)).filter((i): i is number => i !== undefined));
  const dBefore = coreDistance(before);
  const dAfter = coreDistance(after);
  const lostCoreLink: GapItem[] = [];
  for (const o of others) {
    if (before.facts.core.has(o)) continue;
    const b = dBefore[indexOf(before.structural, o)];
    const a = dAfter[indexOf(after.structural, o)];
    if (b === -1 || b > maxSteps || (a !== -1 && a <= maxSteps)) continue;
    lostCoreLink.push({
      id: o,
      title: name(o),
      reason: a === -1 ? `Would have no chain of ties to any core-group member (now ${plural(b, 'tie')} away).` : `Nearest core-group member would be ${a} ties away instead of ${b}.`,
      nodeIds: [o, organisation],
      score: a === -1 ? 100 : a,
      details: { stepsBefore: b, stepsAfter: a },
    });
  }

  const reachBefore = themeReach(before);
  const reachAfter = themeReach(after);
  const lostThemeLink: GapItem[] = [];
  for (const o of others) {
    const lost = [...(reachBefore.get(o) ?? new Map()).entries()].filter(([t]) => !reachAfter.get(o)?.has(t));
    if (lost.length === 0) continue;
    const themes = lost.map(([t]) => name(t)).sort();
    lostThemeLink.push({
      id: o,
      title: name(o),
      reason: `Loses its only link to ${listNames(themes)} (${lost.length === 1 ? 'it was' : 'all were'} through ${who}).`,
      nodeIds: [o, organisation, ...lost.map(([t]) => t)],
      score: lost.length,
      details: { themes: lost.map(([t]) => t) },
    });
  }

  const onBefore = organisationsOnTheme(before.facts);
  const onAfter = organisationsOnTheme(after.facts);
  const themes: GapItem[] = [];
  for (const t of before.facts.themes) {
    const leadsBefore = before.facts.leadsOf.get(t)?.size ?? 0;
    const leadsAfter = after.facts.leadsOf.get(t)?.size ?? 0;
    const nb = onBefore.get(t)?.size ?? 0;
    const na = onAfter.get(t)?.size ?? 0;
    const parts: string[] = [];
    if (leadsBefore > 0 && leadsAfter === 0) parts.push('loses its only lead');
    if (na < nb && (na === 0 || (na < minActive && nb >= minActive))) parts.push(na === 0 ? 'no organisation would work on it' : `only ${plural(na, 'organisation')} would work on it`);
    if (parts.length === 0) continue;
    const reason = parts.join('; ');
    themes.push({ id: t, title: name(t), reason: `${reason.charAt(0).toUpperCase()}${reason.slice(1)}.`, nodeIds: [t, organisation], score: parts.length, details: { organisationsBefore: nb, organisationsAfter: na } });
  }

  const lostFunding: GapItem[] = before.facts.organisations
    .filter((o) => before.facts.fundingOf.has(o) && !after.facts.fundingOf.has(o))
    .map((o) => ({
      id: o,
      title: name(o),
      reason: o === organisation ? 'Would have no funding left.' : `Its only funding came from ${who}.`,
      nodeIds: o === organisation ? [o] : [o, organisation],
      score: 1,
    }));

  const shapeBefore = shape(before);
  const shapeAfter = shape(after);
  const sentences: string[] = [];
  const action = mode === 'closes' ? `If ${who} closed` : `If ${who} lost its funding`;
  const effects: string[] = [];
  const its = (n: number) => (n === 1 ? 'its' : 'their');
  if (isolated.length) effects.push(`${plural(isolated.length, 'organisation')} would be left with no working tie`);
  if (lostCoreLink.length) effects.push(`${plural(lostCoreLink.length, 'organisation')} would lose ${its(lostCoreLink.length)} link to the core group`);
  if (lostThemeLink.length) effects.push(`${plural(lostThemeLink.length, 'organisation')} would lose ${its(lostThemeLink.length)} only link to a theme`);
  if (themes.length) effects.push(`${plural(themes.length, 'theme')} would lose ${its(themes.length)} lead or most of ${its(themes.length)} organisations`);
  if (lostFunding.length && mode === 'closes') effects.push(`${plural(lostFunding.length, 'organisation')} would lose all ${its(lostFunding.length)} funding`);
  sentences.push(effects.length ? `${action}, ${listNames(effects, 5)}.` : `${action}, no other organisation would be cut off or lose its only link to a theme or the core group.`);
  if (shapeAfter.components - shapeAfter.isolated > shapeBefore.components - shapeBefore.isolated) {
    sentences.push(`The connected part of the network would split into ${shapeAfter.components - shapeAfter.isolated} pieces (now ${shapeBefore.components - shapeBefore.isolated}).`);
  }
  const sort = (items: GapItem[]) => items.sort((a, b) => b.score - a.score || a.title.localeCompare(b.title));
  return {
    organisation: { id: organisation, name: who },
    mode,
    summary: sentences.join(' '),
    tiesLost,
    before: shapeBefore,
    after: shapeAfter,
    isolated: sort(isolated),
    lostCoreLink: sort(lostCoreLink),
    lostThemeLink: sort(lostThemeLink),
    themes: sort(themes),
    lostFunding: sort(lostFunding),
  };
}
