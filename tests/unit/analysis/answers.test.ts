/**
 * The node panel's answers (analysis/answers) on the small alliance, whose every tie is known, and
 * on the seed: who Qoys Dayreel should meet, which presenters at Battersea Together have no
 * working tie to a core member, the ties among chosen organisations, what if one closed.
 */
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { eventAnswers, nodeAnswers, suggestedIntroductions, tiesAmong, UnknownNodeError } from '../../../graph-service/src/analysis/answers/index.ts';
import { analysisContext, rankIntroductions, runGaps, whatIf, type AtlasEdgeAttributes, type AtlasNodeAttributes } from '../../../graph-service/src/analysis/index.ts';
import { readSeed, seedMap, type SeedMap } from '../../../seed/dataset.ts';
import { AS_OF, smallAlliance } from '../../fixtures/analysis/stakeholders.ts';
import { CORE, FIGURES, PRESENTERS } from '../../fixtures/time/battersea.ts';

/** The small alliance with people at its event: two presenters, a host who works for two organisations. */
function allianceWithEvent() {
  const g = smallAlliance();
  g.addEdgeWithKey('ATTENDED:org-3->event-1', 'org-3', 'event-1', { tieType: 'ATTENDED', role: 'presented' });
  g.addEdgeWithKey('ATTENDED:dp-far->event-1', 'dp-far', 'event-1', { tieType: 'ATTENDED', role: 'presented' });
  g.addEdgeWithKey('HOSTED:person-x->event-1', 'person-x', 'event-1', { tieType: 'HOSTED' });
  return g;
}
const small = () => analysisContext(allianceWithEvent(), { asOf: AS_OF });

function graphOf(map: SeedMap): MultiDirectedGraph<AtlasNodeAttributes, AtlasEdgeAttributes> {
  const graph = new MultiDirectedGraph<AtlasNodeAttributes, AtlasEdgeAttributes>();
  for (const node of map.nodes) graph.addNode(node.id, { ...node, nodeType: node.label });
  for (const tie of map.ties) graph.addDirectedEdgeWithKey(tie.id, tie.from, tie.to, { ...tie, tieType: tie.type });
  return graph;
}
const seed = readSeed();

describe("an event's attendees by their tie to the core group", () => {
  it('splits members, those with a working tie to one, and the rest, each with why', () => {
    const answer = eventAnswers(small(), 'event-1');
    const byId = Object.fromEntries(answer.attendees.map((a) => [a.id, a]));
    expect(byId['core-1']).toMatchObject({ link: 'core', steps: 0 });
    expect(byId['org-3']).toMatchObject({ link: 'tied', steps: 1, coreTies: [{ id: 'core-2', name: 'Core Two' }], roles: [{ tieType: 'ATTENDED', wording: 'Attended by', verb: 'Attended', role: 'presented' }] });
    // Far Partner reaches Core Two through Org Four and Org Three; Org Five's tie to Core One ended in 2020.
    expect(byId['dp-far']).toMatchObject({ link: 'untied', steps: 3, reason: 'No working tie to a core-group member; the nearest is 3 ties away.' });
    expect(byId['org-5']).toMatchObject({ link: 'untied', steps: -1 });
    expect(byId['person-x']).toMatchObject({ link: 'untied', roles: [{ tieType: 'HOSTED', wording: 'Hosted by', verb: 'Hosted' }], reason: 'Works for Org Five and Org Six: none of them has a working tie to a core-group member.' });
    expect(answer.counts).toEqual({ core: 1, tied: 1, untied: 3 });
    expect(answer.groups).toEqual([
      { tieType: 'ATTENDED', wording: 'Attended by', total: 4, counts: { core: 1, tied: 1, untied: 2 } },
      { tieType: 'HOSTED', wording: 'Hosted by', total: 1, counts: { core: 0, tied: 0, untied: 1 } },
    ]);
    expect(answer.attendees.map((a) => a.link)).toEqual(['core', 'tied', 'untied', 'untied', 'untied']);
  });

  it('finds the presenters at Battersea Together with no working tie to a core member in the seed', () => {
    const context = analysisContext(graphOf(seedMap(seed, 'battersea-alliance')));
    const answer = eventAnswers(context, 'event-battersea-together-2021');
    const presenters = answer.attendees.filter((a) => a.roles.some((r) => r.role?.startsWith('presented')));
    // The document's Appendix 1, listed by hand, against what the answer reads from the seed.
    expect(presenters.map((a) => a.id).sort()).toEqual([...PRESENTERS].sort());
    const core = new Set<string>(CORE);
    expect(presenters.filter((a) => a.link === 'core').map((a) => a.id).sort()).toEqual(PRESENTERS.filter((p) => core.has(p)).sort());
    const untied = presenters.filter((a) => a.link === 'untied');
    expect(untied).toHaveLength(FIGURES.presentersAfter - FIGURES.presentersTiedToCoreAfter);
    const attended = answer.groups.find((g) => g.tieType === 'ATTENDED');
    expect(attended?.total).toBe(PRESENTERS.length);
    expect(answer.summary).toContain(`attended by ${PRESENTERS.length}: ${untied.length} have no working tie to a core-group member`);
  });
});

describe("an organisation's answers", () => {
  it('suggests whom to meet from the same ranking and with the same reasons as the gap list', () => {
    const context = small();
    const suggestions = suggestedIntroductions(context, 'org-3');
    expect(suggestions[0]).toMatchObject({ id: 'core-1', name: 'Core One', reason: 'Both in Northside; both work with Core Two.', rank: 1, areas: ['area-north'], partners: ['core-2'] });
    const ranking = rankIntroductions(context);
    for (const s of suggestions) expect(ranking[s.rank - 1]).toMatchObject({ a: [s.id, 'org-3'].sort()[0], b: [s.id, 'org-3'].sort()[1] });
    const global = runGaps(context, {}, ['introductions'])[0].items.find((item) => item.id === 'core-1|org-3');
    expect(global?.reason).toBe(suggestions[0].reason);
  });

  it('lists the gaps that name it and what would happen if it closed, as the what-if analysis says', () => {
    const context = small();
    const answer = nodeAnswers(context, 'dp-far');
    if (answer.kind !== 'organisation') throw new Error(`expected an organisation, got ${answer.kind}`);
    expect(answer.organisation.gaps.map((g) => g.detector)).toContain('delivery-partners-far-from-core');
    expect(answer.organisation.gaps.every((g) => g.detector !== 'introductions' && g.items.every((i) => i.nodeIds.includes('dp-far')))).toBe(true);
    const three = nodeAnswers(context, 'org-3');
    if (three.kind !== 'organisation') throw new Error('expected an organisation');
    expect(three.organisation.whatIf).toEqual(whatIf(allianceWithEvent(), 'org-3', 'closes', { asOf: AS_OF }));
    expect(three.organisation.whatIf.lostCoreLink.map((i) => i.id)).toContain('org-4');
  });

  it("suggests Qoys Dayreel's own introductions in the seed, best first, however far down the map's list", () => {
    const context = analysisContext(graphOf(seedMap(seed, 'mutualgain-west-london')));
    const id = 'org-qoys-dayreel-family-centre';
    const suggestions = suggestedIntroductions(context, id);
    const ranking = rankIntroductions(context);
    const theirs = ranking.filter((r) => r.a === id || r.b === id).slice(0, suggestions.length);
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.map((s) => s.id)).toEqual(theirs.map((r) => (r.a === id ? r.b : r.a)));
    for (const s of suggestions) expect(s.reason).toMatch(/^Both (work on|in|work with) /);
  });
});

describe('the ties among chosen nodes', () => {
  it('lists recorded and working ties, says shared context apart, and who is connected to none of the others', () => {
    const answer = tiesAmong(small(), ['core-1', 'core-2', 'org-3', 'org-5', 'theme-youth', 'nowhere']);
    const pair = (a: string, b: string) => answer.ties.find((t) => (t.a === a && t.b === b) || (t.a === b && t.b === a));
    expect(pair('core-1', 'core-2')).toMatchObject({ connected: true, recorded: [] });
    expect(pair('core-1', 'core-2')?.words).toMatch(/^working tie: .*partners in Youth Partnership/);
    expect(pair('core-2', 'org-3')).toMatchObject({ connected: true, recorded: [{ tieType: 'CONNECTED_WITH', phrase: 'tied to' }] });
    expect(pair('core-1', 'theme-youth')?.words).toBe('Core One works on Youth');
    // Core One and Org Five only share an event (their reported tie ended) and the alliance: not connected.
    expect(pair('core-1', 'org-5')).toMatchObject({ connected: false, words: 'only shared context: 1 shared event' });
    expect(pair('core-2', 'org-5')).toBeUndefined();
    expect(answer.alone.map((n) => n.id)).toEqual(['org-5']);
    expect(answer.missing).toEqual(['nowhere']);
    expect(answer.summary).toBe('4 pairs of the 5 are connected; 1 is connected to none of the others.');
  });

  it('answers nothing for a node the graph does not hold', () => {
    expect(() => nodeAnswers(small(), 'nowhere')).toThrow(UnknownNodeError);
    expect(nodeAnswers(small(), 'theme-youth').kind).toBe('none');
  });
});
