/**
 * Clusters of the organisation network: Louvain communities described for people who run
 * alliances — who is in each, what they work on and where, which core-group members are in it,
 * which members bridge it to other clusters, a name from its dominant theme, a stable colour.
 */
import { UNCLUSTERED_COLOUR, assignColours } from './colours.ts';
import { louvainPartition, type LouvainOptions } from './louvain.ts';
import type { AtlasFacts } from './facts.ts';
import type { OrganisationNetwork } from './projection.ts';
import type { ClusterResult, ClusterSummary } from './types.ts';

export interface ClusterOptions {
  resolution?: number;
  seed?: number;
}

/** `{ tier }` for an alliance member, nothing for an organisation in no alliance. */
function tierOf(facts: AtlasFacts, id: string): { tier?: string } {
  const tier = facts.tierOf.get(id);
  return tier === undefined ? {} : { tier };
}

function top<K>(counts: Map<K, number>, limit: number, order: (a: K, b: K) => number): [K, number][] {
  return [...counts.entries()].sort((x, y) => y[1] - x[1] || order(x[0], y[0])).slice(0, limit);
}

export function findClusters(network: OrganisationNetwork, options: ClusterOptions = {}): ClusterResult {
  const resolution = options.resolution ?? 1;
  const seed = options.seed ?? 42;
  const { graph, facts, full, structural } = network;
  const partition = louvainPartition(graph, full, { resolution, seed } satisfies LouvainOptions);
  const name = facts.name;
  const byName = (a: string, b: string) => name(a).localeCompare(name(b)) || a.localeCompare(b);

  const groups = new Map<number, number[]>();
  for (const [i, c] of partition.communityOf.entries()) groups.set(c, [...(groups.get(c) ?? []), i]);

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
  drafts.sort((a, b) => b.members.length - a.members.length || a.key.localeCompare(b.key));
  const clusterIdOf = new Map<string, string>();
  for (const d of drafts) for (const m of d.members) clusterIdOf.set(full.ids[m], `cluster-${d.key}`);
  const colours = assignColours(drafts.map((d) => d.key));

  const summaries: ClusterSummary[] = drafts.map((d) => {
    const id = `cluster-${d.key}`;
    const memberIds = d.members.map((m) => full.ids[m]);
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
      colour: colours.get(d.key) ?? UNCLUSTERED_COLOUR,
      size: memberIds.length,
      members,
      themes,
      areas,
      coreMembers: members.filter((m) => m.core).map(({ id: mid, name: mname }) => ({ id: mid, name: mname })),
      bridges,
      internalTies,
      externalTies,
      funded: memberIds.some((m) => facts.fundingOf.has(m) || facts.funders.has(m)),
    };
  });

  nameClusters(summaries, (id) => name(id));
  const nameOf = new Map(summaries.map((s) => [s.id, s.name]));
  for (const s of summaries) for (const b of s.bridges) for (const c of b.clusters) c.name = nameOf.get(c.id) ?? c.id;

  const byNode: Record<string, string | null> = {};
  for (const id of full.ids) byNode[id] = clusterIdOf.get(id) ?? null;
  return { resolution, seed, modularity: partition.modularity, clusters: summaries, alone: alone.sort((a, b) => byName(a.id, b.id)), byNode };
}

/**
 * Names from the dominant theme (shared by at least two members), else the dominant area, else
 * the key member. Two clusters with the same theme are told apart by area, then by a number.
 */
export function nameClusters(clusters: ClusterSummary[], name: (id: string) => string): void {
  for (const c of clusters) {
    const theme = c.themes[0];
    const area = c.areas[0];
    if (theme && theme.organisations >= 2) c.name = theme.name;
    else if (area && area.organisations >= 2) c.name = `${area.name} organisations`;
    else c.name = `Around ${name(c.keyMember)}`;
  }
  const seen = new Map<string, number>();
  for (const c of clusters) seen.set(c.name, (seen.get(c.name) ?? 0) + 1);
  const used = new Set<string>();
  for (const c of clusters) {
    if ((seen.get(c.name) ?? 0) > 1) {
      const area = c.areas[0];
      const second = c.themes[1];
      let candidate = area && !c.name.startsWith(area.name) ? `${c.name} · ${area.name}` : second ? `${c.name} & ${second.name}` : c.name;
      let n = 2;
      const base = candidate;
      while (used.has(candidate)) candidate = `${base} (${n++})`;
      c.name = candidate;
    }
    used.add(c.name);
  }
}
