/**
 * What holds the network together: clusters tied to the rest by one organisation or one tie,
 * cut-points and bridges (whose loss splits the network), and brokers (highest betweenness).
 */
import { listNames, plural, type AnalysisContext } from '../context.ts';
import { indexOf, neighbourIds } from '../indexed.ts';
import { describeTie } from '../projection.ts';
import type { ClusterResult, ClusterSummary, GapItem } from '../types.ts';
import { integerParameter, nodeItem } from './items.ts';
import type { GapDetector } from './types.ts';

export const clusterLinksDetector: GapDetector = {
  id: 'cluster-links',
  title: 'Clusters held on by one organisation or one tie',
  description: 'Clusters whose every working tie to the other clusters goes through a single organisation or a single tie, or that have none.',
  parameters: [],
  run: thinlyLinkedClusters,
  report: { order: 4, items: 2 },
};

/** Working ties from a cluster's members to organisations in other clusters, as [member, other]. */
function tiesLeaving(context: AnalysisContext, clusters: ClusterResult, cluster: ClusterSummary): [string, string][] {
  const { structural } = context.network;
  return cluster.members.flatMap((m) =>
    neighbourIds(structural, indexOf(structural, m.id))
      .filter((other) => clusters.byNode[other] !== cluster.id)
      .map((other): [string, string] => [m.id, other]),
  );
}

function thinlyLinkedClusters(context: AnalysisContext): GapItem[] {
  const { facts } = context.network;
  const clusters = context.clusters();
  if (clusters.clusters.length < 2) return [];
  const items: GapItem[] = [];
  for (const c of clusters.clusters) {
    const ties = tiesLeaving(context, clusters, c);
    const inside = [...new Set(ties.map((t) => t[0]))];
    const memberIds = c.members.map((m) => m.id);
    const cluster = { id: c.id, title: c.name };
    if (ties.length === 0) {
      items.push({ ...cluster, reason: `No working tie to any other cluster: its ${plural(c.size, 'organisation')} only know each other.`, nodeIds: memberIds, score: 3 + c.size / 100, details: { size: c.size, ties: 0 } });
    } else if (ties.length === 1) {
      const [a, b] = ties[0];
      items.push({
        ...cluster,
        reason: `Held to the rest by one tie: ${facts.name(a)} – ${facts.name(b)} (${describeTie(context.network, a, b)}).`,
        nodeIds: [a, b, ...memberIds.filter((m) => m !== a)],
        score: 2 + c.size / 100,
        details: { size: c.size, ties: 1, holder: a },
      });
    } else if (inside.length === 1) {
      const holder = inside[0];
      const outside = [...new Set(ties.map((t) => t[1]))];
      items.push({
        ...cluster,
        reason: `All ${ties.length} ties to other clusters go through ${facts.name(holder)} (to ${listNames(outside.map(facts.name))}).`,
        nodeIds: [holder, ...memberIds.filter((m) => m !== holder)],
        score: 1 + c.size / 100,
        details: { size: c.size, ties: ties.length, holder },
      });
    }
  }
  return items;
}

export const cutPointsDetector: GapDetector = {
  id: 'cut-points',
  title: 'Single points of failure',
  description: 'Organisations (cut-points) and ties (bridges) whose loss would split the network, with who would be cut off.',
  parameters: [integerParameter('minCutOff', 'Cut off at least', 'List only those that would cut off at least this many organisations.', { default: 1, min: 1, max: 1000 })],
  run: (context, { minCutOff }) => [...cutPointItems(context, minCutOff), ...bridgeItems(context, minCutOff)],
  report: { order: 5, items: 3 },
};

function cutPointItems(context: AnalysisContext, minCutOff: number): GapItem[] {
  const { structural, facts } = context.network;
  return context.cuts().cutPoints.flatMap((cp) => {
    const total = cp.pieces.reduce((s, p) => s + p, 0);
    if (total < minCutOff) return [];
    const id = structural.ids[cp.node];
    const cut = cp.pieceNodes().flat().map((v) => structural.ids[v]);
    const reason = `If it stopped, ${plural(total, 'organisation')} would be cut off from the rest (${listNames(cut.map(facts.name))}).`;
    return [nodeItem(facts, id, { reason, also: cut, score: total, details: { kind: 'cut-point', cutOff: total, pieces: cp.pieces.length } })];
  });
}

function bridgeItems(context: AnalysisContext, minCutOff: number): GapItem[] {
  const { structural, facts } = context.network;
  // A bridge to a single organisation is already in "Hanging on a single tie".
  return context.cuts().bridges.filter((br) => br.cutOffSize >= Math.max(2, minCutOff)).map((br) => {
    const a = structural.ids[br.a];
    const b = structural.ids[br.b];
    const cut = br.cutOff().map((v) => structural.ids[v]);
    return {
      id: `${a}|${b}`,
      title: `${facts.name(a)} – ${facts.name(b)}`,
      reason: `The only tie between ${plural(br.cutOffSize, 'organisation')} (${listNames(cut.map(facts.name))}) and the rest: ${describeTie(context.network, a, b)}.`,
      nodeIds: [a, b, ...cut.filter((x) => x !== a && x !== b)],
      score: br.cutOffSize,
      details: { kind: 'bridge', cutOff: br.cutOffSize },
    };
  });
}

export const brokersDetector: GapDetector = {
  id: 'brokers',
  title: 'Brokers',
  description: 'Organisations on the most shortest paths between others (highest betweenness): they carry the network, and it relies on them.',
  parameters: [integerParameter('count', 'How many', 'How many brokers to list.', { default: 5, min: 1, max: 100 })],
  run: topBrokers,
  report: { order: 6, items: 3 },
};

function topBrokers(context: AnalysisContext, { count }: { count: number }): GapItem[] {
  const { structural, facts } = context.network;
  const scores = context.betweenness();
  const clusters = context.clusters();
  const clusterName = new Map(clusters.clusters.map((c) => [c.id, c.name]));
  const ranked = [...scores.keys()].filter((i) => scores[i] > 0).sort((a, b) => scores[b] - scores[a] || structural.ids[a].localeCompare(structural.ids[b]));
  return ranked.slice(0, count).map((i) => {
    const id = structural.ids[i];
    const own = clusters.byNode[id];
    const reached = new Set(neighbourIds(structural, i).map((n) => clusters.byNode[n]).filter((c): c is string => !!c && c !== own));
    const share = `${(scores[i] * 100).toFixed(scores[i] >= 0.1 ? 0 : 1)}%`;
    const across = reached.size ? `; links ${own ? clusterName.get(own) : 'it'} to ${listNames([...reached].map((c) => clusterName.get(c) ?? c))}` : '';
    const reason = `On ${share} of the shortest paths between other organisations${across}.`;
    return nodeItem(facts, id, { reason, score: scores[i], details: { betweenness: Number(scores[i].toFixed(6)), clustersReached: reached.size } });
  });
}
