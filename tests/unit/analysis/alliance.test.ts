/** The organisation projection, clusters, every gap list and what-if, on a small alliance whose answers are known. */
import { describe, expect, it } from 'vitest';
import {
  analyse,
  analysisContext,
  assignColours,
  betweenness,
  DEFAULT_PROJECTION_WEIGHTS,
  findClusters,
  GAP_DETECTORS,
  organisationNetwork,
  runGaps,
  whatIf,
  UnknownOrganisationError,
  type GapList,
} from '../../../graph-service/src/analysis/index.ts';
import { AS_OF, smallAlliance } from '../../fixtures/analysis/stakeholders.ts';

const data = smallAlliance();
const options = { asOf: AS_OF };
const gaps = runGaps(analysisContext(data, options));
const list = (id: string): GapList => gaps.find((g) => g.detector === id)!;
const itemIds = (id: string) => list(id).items.map((i) => i.id).sort();

describe('organisation projection', () => {
  const net = organisationNetwork(data, options);
  const tie = (a: string, b: string) => net.graph.getEdgeAttributes(a, b);

  it('keeps open organisations only, in id order', () => {
    expect(net.graph.nodes()).toEqual(['core-1', 'core-2', 'dp-far', 'dp-near', 'funder', 'lonely', 'org-3', 'org-4', 'org-5', 'org-6']);
  });

  it('adds the documented weight for each thing two organisations share', () => {
    const w = DEFAULT_PROJECTION_WEIGHTS;
    // Partners in P1, both core members of the same alliance.
    expect(tie('core-1', 'core-2').weight).toBeCloseTo(w.partnership + w.alliance, 12);
    // Funds core-1 directly and through P1.
    expect(tie('funder', 'core-1').weight).toBeCloseTo(w.funding + w.partnershipFunding, 12);
    expect(tie('funder', 'core-2').weight).toBeCloseTo(w.partnershipFunding, 12);
    expect(tie('org-5', 'org-6').weight).toBeCloseTo(w.people, 12);
    expect(tie('core-2', 'org-3').weight).toBeCloseTo(w.connected, 12);
    // The reported tie ended in 2020: only the shared event is left, and that is context, not a working tie.
    expect(tie('core-1', 'org-5')).toMatchObject({ weight: w.event, structural: false });
    expect(tie('dp-far', 'lonely')).toMatchObject({ weight: w.alliance, structural: false });
  });

  it('never names the person behind a shared-staff tie', () => {
    expect(JSON.stringify(tie('org-5', 'org-6'))).not.toContain('person-x');
  });

  it('lets the caller change or switch off any weight, and rejects unknown ones', () => {
    const custom = organisationNetwork(data, { ...options, weights: { alliance: 0, people: 2 } });
    expect(custom.graph.hasEdge('dp-far', 'lonely')).toBe(false);
    expect(custom.graph.getEdgeAttribute('org-5', 'org-6', 'weight')).toBe(2);
    expect(() => organisationNetwork(data, { weights: { friendship: 1 } as never })).toThrow(/Unknown projection weight/);
    expect(() => organisationNetwork(data, { weights: { people: -1 } })).toThrow(/≥ 0/);
  });

  it('structural ties are the working relationships', () => {
    // core-1–core-2, funder–core-1, funder–core-2, core-2–org-3, org-3–org-4, org-4–dp-far, core-1–dp-near, org-5–org-6.
    expect(net.structural.edges).toBe(8);
    expect(net.full.edges).toBeGreaterThan(net.structural.edges);
  });
});

describe('clusters', () => {
  const net = organisationNetwork(data, options);
  const result = findClusters(net, { seed: 42 });

  it('are deterministic for a seed and report modularity', () => {
    const again = findClusters(organisationNetwork(smallAlliance(), options), { seed: 42 });
    expect(again).toEqual(result);
    expect(result.modularity).toBeGreaterThan(0.2);
    expect(result.modularity).toBeLessThanOrEqual(1);
  });

  it('describe members, themes, core members and bridges', () => {
    const arts = result.clusters.find((c) => c.members.some((m) => m.id === 'org-5'))!;
    expect(arts.members.map((m) => m.id).sort()).toEqual(['org-5', 'org-6']);
    expect(arts.name).toBe('Arts');
    expect(arts.themes[0]).toMatchObject({ id: 'theme-arts', organisations: 2, leads: 0 });
    expect(arts.funded).toBe(false);
    const youth = result.clusters.find((c) => c.members.some((m) => m.id === 'core-1'))!;
    expect(youth.coreMembers.map((m) => m.id)).toContain('core-1');
    expect(youth.funded).toBe(true);
    for (const c of result.clusters) {
      expect(c.id).toBe(`cluster-${c.keyMember}`);
      expect(c.colour).toMatch(/^#[0-9a-f]{6}$/);
      for (const b of c.bridges) for (const other of b.clusters) expect(other.id).not.toBe(c.id);
    }
    expect(Object.keys(result.byNode)).toHaveLength(10);
  });

  it('higher resolution gives at least as many clusters', () => {
    const coarse = findClusters(net, { resolution: 0.3 });
    const fine = findClusters(net, { resolution: 3 });
    expect(fine.clusters.length + fine.alone.length).toBeGreaterThanOrEqual(coarse.clusters.length + coarse.alone.length);
    expect(coarse.resolution).toBe(0.3);
  });

  it('colours follow the key member, not the order clusters were found in', () => {
    const a = assignColours(['org-x', 'org-y', 'org-z']);
    const b = assignColours(['org-z', 'org-x', 'org-y']);
    expect([...a.entries()].sort()).toEqual([...b.entries()].sort());
    expect(new Set(a.values()).size).toBe(3);
    // Adding a cluster does not move the colours of those whose slot it does not take.
    const c = assignColours(['org-x', 'org-y', 'org-z', 'org-w']);
    const moved = ['org-x', 'org-y', 'org-z'].filter((k) => a.get(k) !== c.get(k));
    expect(moved.length).toBeLessThanOrEqual(1);
  });

  it('an organisation with no tie of any kind is alone, not a cluster', () => {
    const alone = findClusters(organisationNetwork(data, { ...options, weights: { alliance: 0 } }));
    expect(alone.alone.map((a) => a.id)).toContain('lonely');
    expect(alone.byNode.lonely).toBeNull();
  });
});

describe('gap lists', () => {
  it('every detector answers, with a one-line reason and the nodes to highlight', () => {
    expect(gaps.map((g) => g.detector)).toEqual(GAP_DETECTORS.map((d) => d.id));
    for (const g of gaps) {
      for (const item of g.items) {
        expect(item.reason).toMatch(/^[A-Z].*\.$/);
        expect(item.reason).not.toContain('\n');
        expect(item.nodeIds.length).toBeGreaterThan(0);
        for (const id of item.nodeIds) expect(data.hasNode(id)).toBe(true);
      }
    }
  });

  it('isolated organisations and those hanging on a single tie', () => {
    expect(itemIds('isolated')).toEqual(['lonely']);
    expect(list('isolated').items[0].reason).toMatch(/only shares events or alliance membership with 4 organisations/);
    expect(itemIds('single-tie')).toEqual(['dp-far', 'dp-near', 'org-5', 'org-6']);
    expect(list('single-tie').items.find((i) => i.id === 'dp-far')!.reason).toBe('Only tie: Org Four (a reported tie).');
    expect(list('single-tie').items.find((i) => i.id === 'org-5')!.reason).toMatch(/1 person works for both/);
  });

  it('delivery partners with no core member within two steps', () => {
    expect(itemIds('delivery-partners-far-from-core')).toEqual(['dp-far']);
    expect(list('delivery-partners-far-from-core').items[0].reason).toBe('Nearest core-group member, Core Two, is 3 ties away (more than 2).');
    const within3 = runGaps(analysisContext(data, options), { maxSteps: 3 }, ['delivery-partners-far-from-core']);
    expect(within3[0].items).toEqual([]);
  });

  it('themes with no lead or too few organisations', () => {
    expect(itemIds('themes')).toEqual(['theme-arts', 'theme-elders']);
    expect(list('themes').items.find((i) => i.id === 'theme-elders')!.reason).toBe('No organisation leads it; only 1 organisation works on it (Org Four).');
    const three = runGaps(analysisContext(data, options), { minActiveOrganisations: 3 }, ['themes'])[0];
    expect(three.items.map((i) => i.id).sort()).toEqual(['theme-arts', 'theme-elders', 'theme-youth']);
  });

  it('cut-points and bridges, with who they cut off', () => {
    const items = list('cut-points').items;
    const core2 = items.find((i) => i.id === 'core-2')!;
    expect(core2.details).toMatchObject({ kind: 'cut-point', cutOff: 3 });
    expect(core2.nodeIds.slice(1).sort()).toEqual(['dp-far', 'org-3', 'org-4']);
    expect(items.find((i) => i.id === 'core-2|org-3')).toMatchObject({ details: { kind: 'bridge', cutOff: 3 } });
    expect(items.find((i) => i.id === 'org-3|org-4')).toMatchObject({ details: { kind: 'bridge', cutOff: 2 } });
    // Bridges to a single organisation are already in "Hanging on a single tie".
    expect(items.find((i) => i.id === 'dp-far|org-4')).toBeUndefined();
    expect(items.map((i) => i.id)).toEqual(expect.arrayContaining(['core-1', 'org-3', 'org-4']));
  });

  it('brokers by betweenness', () => {
    // 10 organisations, so networkx normalises by (9 × 8) / 2 = 36 unordered pairs. core-2 is on every
    // path between {org-3, org-4, dp-far} and {core-1, funder, dp-near}: 9 pairs → 0.25. org-3 on
    // {org-4, dp-far} × {core-2, core-1, funder, dp-near}: 8 pairs.
    const net = organisationNetwork(data, options);
    const b = betweenness(net.structural);
    expect(b[net.structural.index.get('core-2')!]).toBeCloseTo(9 / 36, 14);
    expect(b[net.structural.index.get('org-3')!]).toBeCloseTo(8 / 36, 14);
    expect(list('brokers').items.map((i) => i.id).slice(0, 2)).toEqual(['core-2', 'org-3']);
    expect(list('brokers').items[0].reason).toMatch(/^On 25% of the shortest paths between other organisations/);
  });

  it('organisations with no funding and clusters no funder reaches', () => {
    // core-1 directly, core-2 through P1; the funder is a funder.
    expect(itemIds('unfunded')).toEqual(['dp-far', 'dp-near', 'lonely', 'org-3', 'org-4', 'org-5', 'org-6']);
    const unfundedClusters = list('clusters-without-funder').items;
    expect(unfundedClusters.some((c) => c.nodeIds.includes('org-5') && c.nodeIds.includes('org-6'))).toBe(true);
    expect(unfundedClusters.some((c) => c.nodeIds.includes('core-1'))).toBe(false);
  });

  it('suggested introductions ranked by Adamic–Adar, with reasons', () => {
    const items = list('introductions').items;
    // core-1 and org-3: both in Northside (2 organisations → 1/ln 2) and both tied to core-2
    // (3 working ties → 1/ln 3).
    expect(items[0]).toMatchObject({ id: 'core-1|org-3', title: 'Core One & Org Three', reason: 'Both in Northside; both work with Core Two.' });
    expect(items[0].score).toBeCloseTo(1 / Math.log(2) + 1 / Math.log(3), 6);
    // Pairs already working together are never suggested.
    expect(items.find((i) => i.id === 'core-1|core-2')).toBeUndefined();
    expect(items.map((i) => i.id)).toEqual(expect.arrayContaining(['core-2|org-4', 'dp-far|org-3']));
  });

  it('stale records: old confirmations of current things, given an age', () => {
    // org-4 (2015) and the org-3–org-4 tie (Jan 2024) are more than 12 months (the default freshness age) before June 2026; the
    // event (2010) is history, and Closed Org has closed.
    expect(itemIds('stale')).toEqual(['CONNECTED_WITH:org-3->org-4', 'org-4']);
    const tie = list('stale').items.find((i) => i.id === 'CONNECTED_WITH:org-3->org-4')!;
    expect(tie).toMatchObject({ title: 'Org Three tied to Org Four', nodeIds: ['org-3', 'org-4'] });
    expect(tie.reason).toBe('Last confirmed 1 Jan 2024, 2 years ago; source fixture.');
    const strict = runGaps(analysisContext(data, options), { staleMonths: 3 }, ['stale'])[0];
    expect(strict.items.length).toBeGreaterThan(20);
    expect(() => runGaps(analysisContext(data, options), { staleMonths: 0 })).toThrow(/between 1 and/);
    expect(() => runGaps(analysisContext(data, options), { nonsense: 1 })).toThrow(/Unknown parameter/);
  });
});

describe('what-if', () => {
  it('an organisation closes: who loses the core group, a theme, the network', () => {
    const w = whatIf(data, 'core-2', 'closes', options);
    expect(w.organisation).toEqual({ id: 'core-2', name: 'Core Two' });
    expect(w.tiesLost).toBe(3);
    // org-3 was 1 tie from core-2, org-4 two; dp-far was already 3 away.
    expect(w.lostCoreLink.map((i) => i.id).sort()).toEqual(['org-3', 'org-4']);
    expect(w.lostCoreLink.find((i) => i.id === 'org-3')!.reason).toBe('Would have no chain of ties to any core-group member (now 1 tie away).');
    expect(w.isolated).toEqual([]);
    expect(w.lostThemeLink.map((i) => i.id)).toEqual(['org-3']);
    expect(w.lostThemeLink[0].reason).toBe('Loses its only link to Youth (it was through Core Two).');
    expect(w.themes.map((i) => [i.id, i.reason])).toEqual([['theme-youth', 'Only 1 organisation would work on it.']]);
    expect(w.after.components).toBe(w.before.components + 1);
    expect(w.summary).toMatch(/^If Core Two closed, 2 organisations would lose their link to the core group/);
  });

  it('an organisation that holds others alone leaves them isolated', () => {
    const w = whatIf(data, 'org-4', 'closes', options);
    expect(w.isolated.map((i) => [i.id, i.reason])).toEqual([['dp-far', 'Its only working tie was with Org Four.']]);
    expect(w.themes.map((i) => i.id)).toEqual(['theme-elders']);
  });

  it('an organisation loses its funding', () => {
    const w = whatIf(data, 'core-1', 'loses-funding', options);
    expect(w.tiesLost).toBe(2);
    expect(w.lostFunding.map((i) => [i.id, i.reason])).toEqual([['core-1', 'Would have no funding left.']]);
    expect(w.isolated).toEqual([]);
    // The funder still funds core-2 through P1, so it stays tied in.
    const w2 = whatIf(data, 'core-2', 'loses-funding', options);
    expect(w2.lostFunding.map((i) => i.id)).toEqual(['core-2']);
    expect(w2.summary).toMatch(/lost its funding/);
  });

  it('closing the only funder leaves its recipients without funding', () => {
    const w = whatIf(data, 'funder', 'closes', options);
    expect(w.lostFunding.map((i) => i.id).sort()).toEqual(['core-1', 'core-2']);
    expect(w.lostFunding[0].reason).toBe('Its only funding came from Big Funder.');
  });

  it('refuses an id that is not an open organisation', () => {
    expect(() => whatIf(data, 'theme-youth', 'closes', options)).toThrow(UnknownOrganisationError);
    expect(() => whatIf(data, 'closed', 'closes', options)).toThrow(UnknownOrganisationError);
  });
});

describe('analyse', () => {
  it('gives clusters, gaps and health in one pass', () => {
    const a = analyse(data, options);
    expect(a.health).toMatchObject({ organisations: 10, ties: 8, isolated: 1, components: 3, largestComponent: 7 });
    expect(a.health.density).toBeCloseTo(8 / 45, 15);
    expect(a.health.averageDegree).toBeCloseTo(1.6, 15);
    // One triangle: funder–core-1–core-2. Local clustering 1 (funder), 1/3 (core-1: 3 ties), 1/3 (core-2): 5/3 over 10.
    expect(a.health.averageClustering).toBeCloseTo((1 + 1 / 3 + 1 / 3) / 10, 15);
    expect(a.health.modularity).toBe(a.clusters.modularity);
    expect(a.gaps).toHaveLength(GAP_DETECTORS.length);
  });

  it('is empty-safe', () => {
    const empty = smallAlliance();
    empty.clear();
    const a = analyse(empty, options);
    expect(a.health).toMatchObject({ organisations: 0, ties: 0, density: 0, components: 0 });
    expect(a.clusters.clusters).toEqual([]);
  });
});
