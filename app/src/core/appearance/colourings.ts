import type { DataGraph, FacetIndex, NodeType } from '../graph';
import { bestTier, TIERS } from '../graph';
import { nodeClusterColours, UNCLUSTERED_COLOUR, type AtlasGraph, type ClusterResult } from '../../../../graph-service/src/analysis/index.ts';
import { CATEGORY_PALETTE, OTHER_CATEGORY_COLOR } from './categoryPalette';
import { NODE_TYPE_ORDER, NODE_TYPE_STYLES } from './nodeTypes';
import { choiceParameter, type ColourResult, type LegendEntry, type ParameterSpec, type ParameterValues } from './types';

export type ColouringId = 'community' | 'type' | 'theme' | 'area' | 'tier';

export interface ColouringContext {
  data: DataGraph;
  facets: FacetIndex;
  /** The map's one clustering (app/src/analysis/analysisStore.ts); null while it is worked out. */
  clusters?: ClusterResult | null;
}

export interface Colouring {
  id: ColouringId;
  label: string;
  /** Legend heading note, e.g. "fill colour: the group it falls in". */
  explanation: string;
  parameters: ParameterSpec[];
  /** Louvain on a big graph: computed in a worker. */
  heavy: boolean;
  colour(context: ColouringContext, params: ParameterValues): ColourResult;
}

export const NONE_COLOR = '#e2e8f0';

/** Legend key of nodes in no one cluster (organisations on their own, nodes tied to several clusters). */
export const NO_CLUSTER_KEY = '∅';

/**
 * The map's colours and legend from the one clustering: each cluster's colour and name as the
 * Clusters panel shows them, in its order, then one grey entry; counts are the nodes drawn in
 * each colour, as in every legend.
 */
export function clusterColouring(data: DataGraph, clusters: ClusterResult | null): ColourResult {
  const byNode: Record<string, string> = {};
  const keyByNode: Record<string, string> = {};
  if (!clusters) {
    data.forEachNode((node) => {
      byNode[node] = UNCLUSTERED_COLOUR;
      keyByNode[node] = NO_CLUSTER_KEY;
    });
    return { byNode, keyByNode, legend: data.order ? [{ key: NO_CLUSTER_KEY, label: 'Working out clusters…', color: UNCLUSTERED_COLOUR, count: data.order }] : [] };
  }
  const { clusterOf, colourOf } = nodeClusterColours(data as unknown as AtlasGraph, clusters);
  const counts = new Map<string, number>();
  data.forEachNode((node) => {
    byNode[node] = colourOf[node];
    keyByNode[node] = clusterOf[node] ?? NO_CLUSTER_KEY;
    counts.set(keyByNode[node], (counts.get(keyByNode[node]) ?? 0) + 1);
  });
  const legend: LegendEntry[] = clusters.clusters.map((c) => ({ key: c.id, label: c.name, color: c.colour, count: counts.get(c.id) ?? 0, nodeId: c.keyMember }));
  const none = counts.get(NO_CLUSTER_KEY) ?? 0;
  if (none > 0) legend.push({ key: NO_CLUSTER_KEY, label: 'In no one cluster', color: UNCLUSTERED_COLOUR, count: none });
  return { byNode, keyByNode, legend };
}

/**
 * Colours nodes by one category each: the largest categories get palette colours,
 * the rest share one grey "other" entry so the legend stays short.
 */
export function colourByCategory(
  data: DataGraph,
  categoryOf: (node: string) => string | null,
  describe: (key: string) => { label: string; nodeId?: string },
  noneLabel: string,
  fixedColors: Record<string, string> = {},
): ColourResult {
  const counts = new Map<string, number>();
  const keyByNode: Record<string, string> = {};
  data.forEachNode((node) => {
    const key = categoryOf(node);
    if (key === null) return;
    keyByNode[node] = key;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const colorOf = new Map<string, string>();
  const legend: LegendEntry[] = [];
  let paletteIndex = 0;
  let otherCount = 0;
  for (const [key, count] of ranked) {
    const fixed = fixedColors[key];
    if (fixed || paletteIndex < CATEGORY_PALETTE.length) {
      const color = fixed ?? CATEGORY_PALETTE[paletteIndex++];
      colorOf.set(key, color);
      legend.push({ key, color, count, ...describe(key) });
    } else otherCount += count;
  }
  const byNode: Record<string, string> = {};
  let noneCount = 0;
  data.forEachNode((node) => {
    const key = keyByNode[node];
    const color = key === undefined ? undefined : colorOf.get(key);
    if (key === undefined) {
      noneCount += 1;
      byNode[node] = NONE_COLOR;
      keyByNode[node] = '∅';
    } else if (color) byNode[node] = color;
    else {
      byNode[node] = OTHER_CATEGORY_COLOR;
      keyByNode[node] = '…';
    }
  });
  if (otherCount > 0) legend.push({ key: '…', label: 'Others', color: OTHER_CATEGORY_COLOR, count: otherCount });
  if (noneCount > 0) legend.push({ key: '∅', label: noneLabel, color: NONE_COLOR, count: noneCount });
  return { byNode, keyByNode, legend };
}

/** The category of a node with several (themes, areas): the one most nodes share, so colours form big groups. */
function primaryOf(facetsOf: (node: string) => Set<string>, data: DataGraph): (node: string) => string | null {
  const popularity = new Map<string, number>();
  data.forEachNode((node) => {
    for (const key of facetsOf(node)) popularity.set(key, (popularity.get(key) ?? 0) + 1);
  });
  return (node) => {
    let best: string | null = null;
    const count = (key: string) => popularity.get(key) ?? 0;
    for (const key of facetsOf(node)) {
      if (best === null || count(key) > count(best) || (count(key) === count(best) && key < best)) best = key;
    }
    return best;
  };
}

const nameOf = (data: DataGraph) => (key: string) => ({ label: data.hasNode(key) ? data.getNodeAttribute(key, 'name') : key, nodeId: data.hasNode(key) ? key : undefined });

const TIER_COLORS: Record<string, string> = { alliance: '#111827', core: '#1d4ed8', 'delivery partner': '#60a5fa', associate: '#bfdbfe', staff: '#f5a8d4' };
const TIER_LABELS: Record<string, string> = { alliance: 'The alliance itself', core: 'Core group', 'delivery partner': 'Delivery partner', associate: 'Associate', staff: 'Works for an alliance' };

export const COLOURINGS: Colouring[] = [
  {
    id: 'community',
    label: 'Cluster',
    explanation: 'Organisations more tied to each other than to the rest, as in the Clusters panel. People, themes and events take the colour of the cluster their organisations are in, grey when they are in several.',
    // The clustering itself runs in the worker with the rest of the analysis.
    heavy: false,
    parameters: [],
    colour({ data, clusters }) {
      return clusterColouring(data, clusters ?? null);
    },
  },
  {
    id: 'type',
    label: 'Kind of thing',
    explanation: 'Organisation, person, theme, partnership, event, area or alliance.',
    heavy: false,
    parameters: [],
    colour({ data }) {
      const fixed = Object.fromEntries(NODE_TYPE_ORDER.map((t) => [t, NODE_TYPE_STYLES[t].fill]));
      const result = colourByCategory(data, (node) => data.getNodeAttribute(node, 'nodeType'), (key) => ({ label: NODE_TYPE_STYLES[key as NodeType]?.plural ?? key }), 'Unknown', fixed);
      result.legend.sort((a, b) => NODE_TYPE_ORDER.indexOf(a.key as NodeType) - NODE_TYPE_ORDER.indexOf(b.key as NodeType));
      return result;
    },
  },
  {
    id: 'theme',
    label: 'Theme',
    explanation: 'The theme it works on (the most shared one when several).',
    heavy: false,
    parameters: [],
    colour({ data, facets }) {
      return colourByCategory(data, primaryOf((n) => facets.get(n)?.themes ?? new Set(), data), nameOf(data), 'No theme recorded');
    },
  },
  {
    id: 'area',
    label: 'Area',
    explanation: 'Where it is based.',
    heavy: false,
    parameters: [
      choiceParameter('level', 'Detail', [
        ['local', 'Neighbourhood'],
        ['wide', 'Borough or region'],
      ]),
    ],
    colour({ data, facets }, params) {
      // A node's areas hold its own area and every area that one is part of: the most specific has the fewest nodes.
      const sizes = new Map<string, number>();
      let located = 0;
      for (const f of facets.values()) {
        if (f.areas.size > 0) located += 1;
        for (const a of f.areas) sizes.set(a, (sizes.get(a) ?? 0) + 1);
      }
      const wide = params.level === 'wide';
      // "Wide" means a borough or region, not the one area that holds nearly everything (London).
      const sizeOf = (area: string) => sizes.get(area) ?? 0;
      const tooWide = (area: string) => sizeOf(area) > located * 0.6;
      const pick = (node: string) => {
        const areas = [...(facets.get(node)?.areas ?? [])].sort((a, b) => sizeOf(a) - sizeOf(b) || a.localeCompare(b));
        if (areas.length === 0) return null;
        if (!wide) return areas[0];
        const fitting = areas.filter((a) => !tooWide(a));
        return fitting.length > 0 ? fitting[fitting.length - 1] : areas[0];
      };
      return colourByCategory(data, pick, nameOf(data), 'No area recorded');
    },
  },
  {
    id: 'tier',
    label: 'Alliance tier',
    explanation: 'Core group, delivery partner or associate of an alliance.',
    heavy: false,
    parameters: [],
    colour({ data, facets }) {
      const result = colourByCategory(data, (node) => bestTier(facets.get(node)), (key) => ({ label: TIER_LABELS[key] ?? key }), 'Not a member', TIER_COLORS);
      const order = ['alliance', ...TIERS, 'staff'];
      const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length + (key === '∅' ? 1 : 0));
      result.legend.sort((a, b) => rank(a.key) - rank(b.key));
      return result;
    },
  },
];

export function colouring(id: string): Colouring {
  return COLOURINGS.find((c) => c.id === id) ?? COLOURINGS[0];
}
