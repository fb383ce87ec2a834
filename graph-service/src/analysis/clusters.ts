/**
 * Clusters of the organisation network, the one clustering every view shows: Louvain communities
 * (warm-started from the previous run's clusters when there is one, see stability.ts) described
 * for people who run alliances — who is in each, what they share and where, what holds them
 * together, which core-group members are in it, which members bridge it to other clusters; ids and
 * colours carried over from the previous run by maximum overlap.
 */
import { holdsTogether, nameClusters, sharedFeatures, tiesInside, type TiesInside } from './clusterWords.ts';
import { louvainPartition, type LouvainOptions } from './louvain.ts';
import { modularity } from './modularity.ts';
import type { AtlasFacts } from './facts.ts';
import type { OrganisationNetwork } from './projection.ts';
import { matchClusters, refinePartition, startFromMemory, type ClusterMemory } from './stability.ts';
import type { ClusterResult, ClusterSummary } from './types.ts';

export interface ClusterOptions {
  resolution?: number;
  seed?: number;
  /** The previous run's clusters (stability.ts `memoryOf`): unaffected organisations keep theirs. */
  memory?: ClusterMemory;
}

/** `{ tier }` for an alliance member, nothing for an organisation in no alliance. */
function tierOf(facts: AtlasFacts, id: string): { tier?: string } {
  const tier = facts.tierOf.get(id);
  return tier === undefined ? {} : { tier };
}

function top<K>(counts: Map<K, number>, limit: number, order: (a: K, b: K) => number): [K, number][] {
  return [...counts.entries()].sort((x, y) => y[1] - x[1] || order(x[0], y[0])).slice(0, limit);
}

/** Community number per organisation: warm from memory at the same resolution, else Louvain; refined either way. */
function partitionOf(network: OrganisationNetwork, resolution: number, seed: number, memory?: ClusterMemory): Int32Array {
  const { graph, full } = network;
  const start = memory && memory.resolution === resolution ? startFromMemory(full, memory) : louvainPartition(graph, full, { resolution, seed } satisfies LouvainOptions).communityOf;
  return refinePartition(full, start, resolution);
}

export function findClusters(network: OrganisationNetwork, options: ClusterOptions = {}): ClusterResult {
  const resolution = options.resolution ?? 1;
  const seed = options.seed ?? 42;
  const { facts, full, structural } = network;
  const communityOf = partitionOf(network, resolution, seed, options.memory);
  const name = facts.name;
  const byName = (a: string, b: string) => name(a).localeCompare(name(b)) || a.localeCompare(b);

  const groups = new Map<number, number[]>();
  for (const [i, c] of communityOf.entries()) groups.set(c, [...(groups.get(c) ?? []), i]);

  const weightedDegree = (i: number) => {
    let s = 0;
    for (let k = full.offsets[i]; k < full.offsets[i + 1]; k++) s += full.weights[k];
    return s;
  };
  type Draft = { members: number[]; key: string };
  const drafts: Draft[] = [];
  const alone: { id: string; name: string }[] = [];
  for (const members of groups.values()) {
    if (members.length === 1 && full.offsets[members[0] + 1] === full.offsets[members[0]]) {
      alone.push({ id: full.ids[members[0]], name: name(full.ids[members[0]]) });
      continue;
    }
    // Key member: the best-connected organisation (total tie weight), then the lowest id.
    const key = members.reduce((best, m) => {
      const d = weightedDegree(m) - weightedDegree(best);
      return d > 1e-12 || (Math.abs(d) <= 1e-12 && full.ids[m] < full.ids[best]) ? m : best;
    });
    drafts.push({ members, key: full.ids[key] });
  }
  const matched = matchClusters(
    drafts.map((d) => ({ members: d.members.map((m) => full.ids[m]), freshId: `cluster-${d.key}` })),
    options.memory && options.memory.resolution === resolution ? options.memory : undefined,
  );
  const placed = drafts.map((d, i) => ({ ...d, ...matched[i] })).sort((a, b) => b.members.length - a.members.length || a.id.localeCompare(b.id));
  const clusterIdOf = new Map<string, string>();
  for (const d of placed) for (const m of d.members) clusterIdOf.set(full.ids[m], d.id);

  const tiesOf = new Map<string, TiesInside>();
  const summaries: ClusterSummary[] = placed.map((d) => {
    const id = d.id;
    const memberIds = d.members.map((m) => full.ids[m]);
    const shared = sharedFeatures(network, memberIds).slice(0, 5);
    const inside = tiesInside(network, memberIds);
    tiesOf.set(id, inside);
    const themeCount = new Map<string, number>();
    const leadCount = new Map<string, number>();
    const areaCount = new Map<string, number>();
    for (const m of memberIds) {
      for (const t of facts.themesOf.get(m) ?? []) themeCount.set(t, (themeCount.get(t) ?? 0) + 1);
      for (const a of facts.areasOf.get(m) ?? []) areaCount.set(a, (areaCount.get(a) ?? 0) + 1);
    }
    for (const [t, leads] of facts.leadsOf) for (const l of leads) if (clusterIdOf.get(l) === id) leadCount.set(t, (leadCount.get(t) ?? 0) + 1);
    const themes = [...themeCount.entries()]
      .sort((x, y) => y[1] - x[1] || (leadCount.get(y[0]) ?? 0) - (leadCount.get(x[0]) ?? 0) || byName(x[0], y[0]))
      .slice(0, 5)
      .map(([t, n]) => ({ id: t, name: name(t), organisations: n, leads: leadCount.get(t) ?? 0 }));
    const areas = top(areaCount, 5, byName).map(([a, n]) => ({ id: a, name: name(a), organisations: n }));

    let internalTies = 0;
    let externalTies = 0;
    const bridges: ClusterSummary['bridges'] = [];
    for (const m of d.members) {
      const out = new Map<string, number>();
      for (let k = structural.offsets[m]; k < structural.offsets[m + 1]; k++) {
        const other = clusterIdOf.get(structural.ids[structural.adjacency[k]]);
        if (other === id) internalTies += 0.5;
        else if (other) out.set(other, (out.get(other) ?? 0) + 1);
      }
      const ties = [...out.values()].reduce((s, n) => s + n, 0);
      externalTies += ties;
      if (ties > 0) bridges.push({ id: full.ids[m], name: name(full.ids[m]), ties, clusters: [...out.entries()].map(([c, n]) => ({ id: c, name: '', ties: n })) });
    }
    bridges.sort((a, b) => b.ties - a.ties || byName(a.id, b.id));
    const members = memberIds
      .map((m) => ({ id: m, name: name(m), core: facts.core.has(m), ...tierOf(facts, m) }))
      .sort((a, b) => Number(b.core) - Number(a.core) || byName(a.id, b.id));
    return {
      id,
      keyMember: d.key,
      name: '',
      colour: d.colour,
      size: memberIds.length,
      members,
      themes,
      areas,
      coreMembers: members.filter((m) => m.core).map(({ id: mid, name: mname }) => ({ id: mid, name: mname })),
      bridges,
      internalTies,
      externalTies,
      funded: memberIds.some((m) => facts.fundingOf.has(m) || facts.funders.has(m)),
      shared,
      holdsTogether: holdsTogether(inside, memberIds.length, shared),
    };
  });

  const named = summaries.map((s) => ({ name: '', keyMember: s.keyMember, shared: s.shared, ties: tiesOf.get(s.id) as TiesInside }));
  nameClusters(named, name);
  summaries.forEach((s, i) => {
    s.name = named[i].name;
  });
  const nameOf = new Map(summaries.map((s) => [s.id, s.name]));
  for (const s of summaries) for (const b of s.bridges) for (const c of b.clusters) c.name = nameOf.get(c.id) ?? c.id;

  const byNode: Record<string, string | null> = {};
  for (const id of full.ids) byNode[id] = clusterIdOf.get(id) ?? null;
  return { resolution, seed, modularity: modularity(full, communityOf), clusters: summaries, alone: alone.sort((a, b) => byName(a.id, b.id)), byNode };
}
