import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import type { DataGraph } from '../graph';
import { mulberry32 } from '../graph/utils';

/** Soft, distinguishable fills (Tableau-like, lightened) for the largest communities. */
export const COMMUNITY_PALETTE = [
  '#7fb3e6',
  '#f6a96b',
  '#8fd19e',
  '#f28b8b',
  '#c3a6e6',
  '#d9b48f',
  '#f5a8d4',
  '#a8d8d8',
  '#e3d26f',
  '#b5c99a',
];
export const OTHER_COMMUNITY_COLOR = '#cbd5e1';

export interface Community {
  /** Rank by size, 0 = largest. */
  index: number;
  color: string;
  size: number;
  /** Named after its best-connected member so the legend means something. */
  name: string;
  hubId: string;
}

export interface CommunityAssignment {
  byNode: Record<string, number>;
  communities: Community[];
  /** Communities past the palette, drawn grey and listed as one legend row. */
  otherCount: number;
  otherSize: number;
}

/** Louvain ignores direction and parallel ties, so it runs on a simple undirected projection. */
export function undirectedProjection(data: DataGraph): Graph {
  const projection = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  data.forEachNode((node) => projection.addNode(node));
  data.forEachEdge((_, __, source, target) => {
    if (source === target) return;
    if (projection.hasEdge(source, target)) projection.updateEdgeAttribute(source, target, 'weight', (w: number) => w + 1);
    else projection.addEdge(source, target, { weight: 1 });
  });
  return projection;
}

export function detectCommunities(data: DataGraph, seed = 42, resolution = 1): CommunityAssignment {
  if (data.order === 0) return { byNode: {}, communities: [], otherCount: 0, otherSize: 0 };
  const projection = undirectedProjection(data);
  // Seeded rng: the same data gives the same colours on every load.
  const raw = projection.size > 0 ? louvain(projection, { rng: mulberry32(seed), getEdgeWeight: 'weight', resolution }) : {};

  const members = new Map<number, string[]>();
  let isolatedId = -1;
  data.forEachNode((node) => {
    const community = raw[node] ?? isolatedId--;
    const list = members.get(community) ?? [];
    list.push(node);
    members.set(community, list);
  });

  // Largest first; ties broken by hub id so ranks are stable.
  const ranked = [...members.values()]
    .map((nodes) => {
      const hubId = nodes.reduce((best, n) => (data.degree(n) > data.degree(best) || (data.degree(n) === data.degree(best) && n < best) ? n : best));
      return { nodes, hubId };
    })
    .sort((a, b) => b.nodes.length - a.nodes.length || a.hubId.localeCompare(b.hubId));

  const byNode: Record<string, number> = {};
  const communities: Community[] = [];
  let otherCount = 0;
  let otherSize = 0;
  ranked.forEach(({ nodes, hubId }, index) => {
    for (const n of nodes) byNode[n] = index;
    // A lone node or a pair is not worth a colour of its own.
    if (index < COMMUNITY_PALETTE.length && nodes.length > 2) {
      communities.push({ index, color: COMMUNITY_PALETTE[index], size: nodes.length, name: data.getNodeAttribute(hubId, 'label'), hubId });
    } else {
      otherCount += 1;
      otherSize += nodes.length;
    }
  });
  return { byNode, communities, otherCount, otherSize };
}
