import { MultiDirectedGraph } from 'graphology';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { organisationNetwork } from '../../graph-service/src/analysis/projection.ts';
import { buildFacetIndex, NO_SCOPE_FILTERS, scopedGraph, scopeVisibility, type Visibility } from '../../graph-service/src/analysis/scope.ts';
import type { AtlasEdgeAttributes, AtlasNodeAttributes, OrgTie } from '../../graph-service/src/analysis/types.ts';
import { isDate } from '../../graph-service/src/model/dates.ts';
import { readSeed, seedMap, type SeedMap } from '../../seed/dataset.ts';
import { ADDED_MEMBERS, ADDED_ORGANISATIONS, ADDED_TIES, AFTER, ASSOCIATES, BATTERSEA_MAP, BEFORE, CORE, ENDED_MEMBERS, ENDED_ORGANISATIONS, ENDED_TIES, FIGURES, FOLLOW_UPS, PRESENTERS } from '../fixtures/time/battersea.ts';

const seed = readSeed();

/** A seed map as the analysis reads it: one graphology node per record, one edge per tie, with their dates. */
function graphOf(map: SeedMap): MultiDirectedGraph<AtlasNodeAttributes, AtlasEdgeAttributes> {
  const graph = new MultiDirectedGraph<AtlasNodeAttributes, AtlasEdgeAttributes>();
  for (const node of map.nodes) graph.addNode(node.id, { ...node, nodeType: node.label });
  for (const tie of map.ties) graph.addDirectedEdgeWithKey(tie.id, tie.from, tie.to, { ...tie, tieType: tie.type });
  return graph;
}

const battersea = graphOf(seedMap(seed, BATTERSEA_MAP));
const facets = buildFacetIndex(battersea);
const on = (asOf: string): Visibility => scopeVisibility(battersea, facets, { ...NO_SCOPE_FILTERS, asOf });
const before = on(BEFORE);
const after = on(AFTER);

const tieKey = (t: { type: string; from: string; to: string }) => `${t.type} ${t.from} → ${t.to}`;
const edgeKey = (edge: string) => tieKey({ type: battersea.getEdgeAttribute(edge, 'tieType'), from: battersea.source(edge), to: battersea.target(edge) });
const minus = <T>(a: Set<T>, b: Set<T>) => [...a].filter((x) => !b.has(x));
const organisations = (v: Visibility) => [...v.nodes].filter((n) => battersea.getNodeAttribute(n, 'nodeType') === 'Organisation');
const tierCount = (v: Visibility, tier: string) => [...v.edges].filter((e) => battersea.getEdgeAttribute(e, 'tieType') === 'MEMBER_OF' && battersea.getEdgeAttribute(e, 'tier') === tier).length;

/** Non-core presenters tied to a core member in the organisation network on that day: by a working tie, or by a shared event. */
function presentersTiedToCore(v: Visibility, day: string, how: 'working' | 'event' = 'working'): string[] {
  const network = organisationNetwork(scopedGraph(battersea, v), { asOf: day });
  const core = new Set<string>(CORE);
  const counts = (tie: OrgTie) => (how === 'working' ? tie.structural : tie.contributions.some((c) => c.kind === 'event'));
  return PRESENTERS.filter((p) => !core.has(p) && network.graph.hasNode(p) && network.graph.someEdge(p, (_, tie, a, b) => counts(tie) && core.has(a === p ? b : a)));
}

describe('Battersea before and after Battersea Together, against the hand-derived list', () => {
  it('adds exactly the ties the documents date between 7 Oct 2021 and 31 Mar 2022, and ends none', () => {
    const added = minus(after.edges, before.edges).map(edgeKey).sort();
    expect(added).toEqual(ADDED_TIES.map(tieKey).sort());
    expect(new Set(added).size).toBe(FIGURES.addedTies);
    expect(minus(before.edges, after.edges).map(edgeKey)).toEqual(ENDED_TIES.map(tieKey));
    for (const tie of ADDED_TIES) expect(tie.reason, tieKey(tie)).toMatch(/\b00[01] (§|Appendix|title)/);
  });

  it('adds the presenters not in the record by 2020 and closes no organisation', () => {
    const added = minus(new Set(organisations(after)), new Set(organisations(before))).sort();
    expect(added).toEqual([...ADDED_ORGANISATIONS].sort());
    expect(added).toHaveLength(FIGURES.addedOrganisations);
    expect(minus(new Set(organisations(before)), new Set(organisations(after)))).toEqual(ENDED_ORGANISATIONS);
    const byTier = (edges: string[]) => {
      const tiers = new Map<string, string[]>();
      for (const e of edges.filter((e) => battersea.getEdgeAttribute(e, 'tieType') === 'MEMBER_OF')) {
        const tier = String(battersea.getEdgeAttribute(e, 'tier'));
        tiers.set(tier, [...(tiers.get(tier) ?? []), battersea.source(e)].sort());
      }
      return [...tiers].map(([tier, orgs]) => ({ tier, organisations: orgs }));
    };
    expect(byTier(minus(after.edges, before.edges))).toEqual(ADDED_MEMBERS.map((m) => ({ ...m, organisations: [...m.organisations].sort() })));
    expect(byTier(minus(before.edges, after.edges))).toEqual(ENDED_MEMBERS);
  });

  it('has the figures counted by hand on both dates', () => {
    for (const [v, figures] of [[before, FIGURES.before], [after, FIGURES.after]] as const) {
      expect({
        organisations: organisations(v).length,
        nodes: v.nodes.size,
        ties: v.edges.size,
        coreMembers: tierCount(v, 'core'),
        deliveryPartners: tierCount(v, 'delivery partner'),
        associates: tierCount(v, 'associate'),
      }).toEqual(figures);
      expect(v.undated.edges.size).toBe(FIGURES.undatedTies);
      expect(v.undated.nodes.size).toBe(FIGURES.undatedNodes);
    }
    const presentersIn = (v: Visibility) => PRESENTERS.filter((p) => !(CORE as readonly string[]).includes(p) && v.nodes.has(p)).length;
    expect([presentersIn(before), presentersIn(after)]).toEqual([FIGURES.presentersBefore, FIGURES.presentersAfter]);
  });

  it('counts the presenters who gained their first working tie to a core member', () => {
    const tiedBefore = presentersTiedToCore(before, BEFORE);
    const tiedAfter = presentersTiedToCore(after, AFTER);
    expect([tiedBefore.length, tiedAfter.length]).toEqual([FIGURES.presentersTiedToCoreBefore, FIGURES.presentersTiedToCoreAfter]);
    expect(tiedAfter.filter((p) => !tiedBefore.includes(p))).toEqual(['org-kls-elders']);
    expect(tiedAfter.length - tiedBefore.length).toBe(FIGURES.presentersGainingFirstTieToCore);
    expect([presentersTiedToCore(before, BEFORE, 'event').length, presentersTiedToCore(after, AFTER, 'event').length]).toEqual([
      FIGURES.presentersSharingAnEventWithCoreBefore,
      FIGURES.presentersSharingAnEventWithCoreAfter,
    ]);
  });

  it('links the associate memberships to the event they were recorded through, and holds the five follow-ups', () => {
    const madeAt = seedMap(seed, BATTERSEA_MAP).ties.filter((t) => t.madeAt === 'event-battersea-together-2021');
    expect(madeAt).toHaveLength(FIGURES.madeAtBatterseaTogether);
    expect(madeAt.map((t) => t.from).sort()).toEqual([...ASSOCIATES].sort());
    const held = FOLLOW_UPS.filter((f) => after.nodes.has(f.id) && !before.nodes.has(f.id));
    expect(held).toHaveLength(FIGURES.followUpMeetings);
    // Each follow-up is in the network from its own meeting day, not before.
    for (const f of FOLLOW_UPS) {
      const day = new Date(`${f.date}T00:00:00Z`);
      const eve = new Date(day.getTime() - 86_400_000).toISOString().slice(0, 10);
      expect([on(eve).nodes.has(f.id), on(f.date).nodes.has(f.id)], f.id).toEqual([false, true]);
    }
  });
});

describe('no seed tie is silently undated', () => {
  it('gives every tie a since or a dateBasis saying why there is none, and every dated tie says how its date is known', () => {
    for (const tie of seed.ties) {
      expect(tie.dateBasis, tie.id).toEqual(expect.any(String));
      if (tie.since === undefined) expect(tie.dateBasis, tie.id).toMatch(/^undated: .{20,}/);
      else expect(isDate(tie.since), tie.id).toBe(true);
    }
    const undated = seed.ties.filter((t) => t.since === undefined).map((t) => t.id);
    expect(undated.length / seed.ties.length).toBeLessThan(0.02);
  });

  it('dates attendance and hosting by the event, and each madeAt by an event or programme of the same map', () => {
    for (const map of seed.maps) {
      const byId = new Map(map.nodes.map((n) => [n.id, n]));
      for (const tie of map.ties) {
        const event = byId.get(tie.to);
        if ((tie.type === 'ATTENDED' || tie.type === 'HOSTED') && event?.label === 'Event') expect(tie.since, tie.id).toBe(event.date);
        if (tie.madeAt !== undefined) expect(['Event', 'Partnership'], tie.id).toContain(byId.get(String(tie.madeAt))?.label);
      }
    }
  });

  it('rejects a tie with no since and no dateBasis, a madeAt that is not an event or programme of the map, a tie before its event or its ends', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'seed-time-'));
    const maps = path.join(dir, 'maps.yaml');
    writeFileSync(maps, 'maps:\n  - {id: m, title: "M", documents: ["x.txt"]}\n');
    writeFileSync(path.join(dir, 'x.yaml'), [
      'document: x.txt',
      'nodes:',
      '  - {id: org-a, label: Organisation, name: A, source: "x.txt"}',
      '  - {id: org-b, label: Organisation, name: B, source: "x.txt"}',
      '  - {id: event-e, label: Event, name: E, date: "2021-10-08", source: "x.txt"}',
      '  - {id: org-c, label: Organisation, name: C, since: "2022", dateBasis: "d", source: "x.txt"}',
      'ties:',
      '  - {type: CONNECTED_WITH, from: org-a, to: org-b, source: "x.txt"}',
      '  - {type: FUNDS, from: org-b, to: org-a, since: "2021", dateBasis: "d", madeAt: org-b, source: "x.txt"}',
      '  - {type: ATTENDED, from: org-a, to: event-e, since: "2021-10-01", dateBasis: "d", source: "x.txt"}',
      '  - {type: CONNECTED_WITH, from: org-b, to: org-c, since: "2021", dateBasis: "d", madeAt: event-e, source: "x.txt"}',
      '  - {type: FUNDS, from: org-a, to: org-b, since: "2020", dateBasis: "d", madeAt: event-e, source: "x.txt"}',
    ].join('\n'));
    expect(() => readSeed(dir, maps)).toThrow(/CONNECTED_WITH:org-a->org-b: has no "since" and no "dateBasis"/);
    expect(() => readSeed(dir, maps)).toThrow(/madeAt must name an Event or a Partnership, not the Organisation org-b/);
    expect(() => readSeed(dir, maps)).toThrow(/ATTENDED:org-a->event-e: attending or hosting begins on the event's date/);
    expect(() => readSeed(dir, maps)).toThrow(/CONNECTED_WITH:org-b->org-c: begins \(2021\) before org-c does \(2022\)/);
    expect(() => readSeed(dir, maps)).toThrow(/FUNDS:org-a->org-b: begins \(2020\) before event-e, where it was made \(2021-10-08\)/);
    expect(() => readSeed(dir, maps)).not.toThrow(/org-b->org-c: begins \(2021\) before event-e/);
  });
});
