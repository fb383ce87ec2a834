/**
 * Clusters that stay put under small changes. Two parts, both pure:
 * - `refinePartition`: Louvain's local-moving phase run from a given partition (the previous
 *   run's, or a cold Louvain answer), then every community split into its connected pieces.
 *   graphology-communities-louvain cannot start from a partition, hence this hand-written pass.
 *   Run on its own answer it moves nothing, so the same data and memory give the same clusters.
 * - `matchClusters`: new groups take the id and colour of the previous cluster they share the most
 *   members with (greedy maximum-overlap matching, one to one); unmatched groups get fresh ids and
 *   a colour no matched cluster holds.
 */
import { assignColours, CLUSTER_PALETTE } from './colours.ts';
import type { IndexedGraph } from './indexed.ts';

/** What a run leaves for the next one: organisation → cluster id, and each cluster's colour. */
export interface ClusterMemory {
  byNode: Record<string, string | null>;
  colours: Record<string, string>;
  /** The resolution it was found at: a run at another resolution starts cold. */
  resolution: number;
}

const MAX_PASSES = 50;

/**
 * Local moving from `start` (community number per node index; -1 = a community of its own):
 * each node, in index order, moves to the neighbouring community with the best modularity gain at
 * `resolution`, until a pass moves nothing. Returns community numbers, connected within.
 */
export function refinePartition(g: IndexedGraph, start: ArrayLike<number>, resolution = 1): Int32Array {
  const n = g.ids.length;
  const community = new Int32Array(n);
  let next = 0;
  const renumber = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const c = start[i];
    if (c < 0) community[i] = -1;
    else {
      if (!renumber.has(c)) renumber.set(c, next++);
      community[i] = renumber.get(c) as number;
    }
  }
  for (let i = 0; i < n; i++) if (community[i] === -1) community[i] = next++;

  const degree = new Float64Array(n);
  let twoM = 0;
  for (let i = 0; i < n; i++) {
    for (let k = g.offsets[i]; k < g.offsets[i + 1]; k++) degree[i] += g.weights[k];
    twoM += degree[i];
  }
  if (twoM === 0) return splitConnected(g, community);
  const total = new Float64Array(next);
  for (let i = 0; i < n; i++) total[community[i]] += degree[i];

  const linkTo = new Map<number, number>();
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      if (degree[i] === 0) continue;
      linkTo.clear();
      for (let k = g.offsets[i]; k < g.offsets[i + 1]; k++) {
        const c = community[g.adjacency[k]];
        if (g.adjacency[k] !== i) linkTo.set(c, (linkTo.get(c) ?? 0) + g.weights[k]);
      }
      const own = community[i];
      total[own] -= degree[i];
      const gain = (c: number) => (linkTo.get(c) ?? 0) - (resolution * total[c] * degree[i]) / twoM;
      let best = own;
      let bestGain = gain(own);
      for (const c of [...linkTo.keys()].sort((a, b) => a - b)) {
        const value = gain(c);
        if (value > bestGain + 1e-12) {
          best = c;
          bestGain = value;
        }
      }
      total[best] += degree[i];
      if (best !== own) {
        community[i] = best;
        moved++;
      }
    }
    if (moved === 0) break;
  }
  return splitConnected(g, community);
}

/** Each community's connected pieces become communities of their own, numbered by first node. */
function splitConnected(g: IndexedGraph, community: Int32Array): Int32Array {
  const n = g.ids.length;
  const out = new Int32Array(n).fill(-1);
  let next = 0;
  const queue: number[] = [];
  for (let s = 0; s < n; s++) {
    if (out[s] !== -1) continue;
    out[s] = next;
    queue.length = 0;
    queue.push(s);
    for (let head = 0; head < queue.length; head++) {
      const v = queue[head];
      for (let k = g.offsets[v]; k < g.offsets[v + 1]; k++) {
        const u = g.adjacency[k];
        if (out[u] === -1 && community[u] === community[s]) {
          out[u] = next;
          queue.push(u);
        }
      }
    }
    next++;
  }
  return out;
}

/** Start of a warm run: the previous cluster of each node as a community number, -1 for the rest. */
export function startFromMemory(g: IndexedGraph, memory: ClusterMemory): Int32Array {
  const numbers = new Map<string, number>();
  const start = new Int32Array(g.ids.length).fill(-1);
  g.ids.forEach((id, i) => {
    const cluster = memory.byNode[id];
    if (!cluster) return;
    if (!numbers.has(cluster)) numbers.set(cluster, numbers.size);
    start[i] = numbers.get(cluster) as number;
  });
  return start;
}

export interface MatchedCluster {
  id: string;
  colour: string;
}

/**
 * Ids and colours for new groups (each: its members and the id it would get on its own, e.g.
 * "cluster-" + key member). A group keeps the previous cluster it overlaps most, largest overlaps
 * first; the rest get their own id (suffixed if taken) and a colour not in use.
 */
export function matchClusters(groups: { members: string[]; freshId: string }[], memory: ClusterMemory | undefined, palette: readonly string[] = CLUSTER_PALETTE): MatchedCluster[] {
  const result: (MatchedCluster | null)[] = groups.map(() => null);
  const usedIds = new Set<string>();
  const usedColours = new Set<string>();
  if (memory) {
    const pairs: { group: number; previous: string; overlap: number }[] = [];
    groups.forEach((g, index) => {
      const overlap = new Map<string, number>();
      for (const m of g.members) {
        const previous = memory.byNode[m];
        if (previous && memory.colours[previous]) overlap.set(previous, (overlap.get(previous) ?? 0) + 1);
      }
      for (const [previous, count] of overlap) pairs.push({ group: index, previous, overlap: count });
    });
    pairs.sort((a, b) => b.overlap - a.overlap || a.group - b.group || a.previous.localeCompare(b.previous));
    for (const p of pairs) {
      if (result[p.group] || usedIds.has(p.previous)) continue;
      result[p.group] = { id: p.previous, colour: memory.colours[p.previous] };
      usedIds.add(p.previous);
      usedColours.add(memory.colours[p.previous]);
    }
  }
  const fresh: number[] = [];
  groups.forEach((g, index) => {
    if (result[index]) return;
    let id = g.freshId;
    for (let n = 2; usedIds.has(id); n++) id = `${g.freshId}-${n}`;
    usedIds.add(id);
    result[index] = { id, colour: '' };
    fresh.push(index);
  });
  // Fresh clusters share out the colours nobody holds (all of them again once every one is taken).
  const free = palette.filter((c) => !usedColours.has(c));
  const colours = assignColours(
    fresh.map((i) => (result[i] as MatchedCluster).id),
    free.length > 0 ? free : palette,
  );
  for (const i of fresh) (result[i] as MatchedCluster).colour = colours.get((result[i] as MatchedCluster).id) as string;
  return result as MatchedCluster[];
}

/** The memory a result leaves for the next run. */
export function memoryOf(result: { resolution: number; byNode: Record<string, string | null>; clusters: { id: string; colour: string }[] }): ClusterMemory {
  return { byNode: { ...result.byNode }, colours: Object.fromEntries(result.clusters.map((c) => [c.id, c.colour])), resolution: result.resolution };
}

/**
 * The last clusters of each map, kept by whoever computes them (the service, the app's page) so
 * the next run starts from them. Only unfiltered runs are remembered: a filtered run starts from
 * the whole map's clusters and leaves them as they were.
 */
export class ClusterMemories {
  private readonly byMap = new Map<string, ClusterMemory>();

  recall(map: string): ClusterMemory | undefined {
    return this.byMap.get(map);
  }

  remember(map: string, result: Parameters<typeof memoryOf>[0]): void {
    this.byMap.set(map, memoryOf(result));
  }
}

/** Whose memory a run uses: the map, and which kinds of node its reader may not see (people change the ties). */
export function clusterMemoryKey(map: string, hidden: readonly string[] = []): string {
  return hidden.length ? `${map}|without ${[...hidden].sort().join(',')}` : map;
}
