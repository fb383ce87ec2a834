import betweenness from 'graphology-metrics/centrality/betweenness';
import pagerank from 'graphology-metrics/centrality/pagerank';
import Graph from 'graphology';
import type { DataGraph } from '../graph';
import { choiceParameter, type ParameterSpec, type ParameterValues } from './types';

/** Betweenness and PageRank ignore direction and parallel ties here, so they run on a simple undirected projection. */
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

export type SizeMeasureId = 'degree' | 'betweenness' | 'pagerank';

export interface SizeMeasure {
  id: SizeMeasureId;
  label: string;
  /** Plain words for the legend: "Bigger circles …". */
  explanation: string;
  /** Slow on big graphs: computed in a worker, and only when chosen. */
  heavy: boolean;
  parameters: ParameterSpec[];
  compute(data: DataGraph, params: ParameterValues): Record<string, number>;
}

const SCALE: ParameterSpec = choiceParameter('scale', 'Scale', [
  ['sqrt', 'Balanced'],
  ['linear', 'Stretch the biggest'],
  ['log', 'Even out'],
]);

export const SIZE_MEASURES: SizeMeasure[] = [
  {
    id: 'degree',
    label: 'Number of ties',
    explanation: 'Bigger circles have more ties.',
    heavy: false,
    parameters: [SCALE],
    compute(data) {
      const values: Record<string, number> = {};
      data.forEachNode((node) => {
        values[node] = data.degree(node);
      });
      return values;
    },
  },
  {
    id: 'betweenness',
    label: 'Bridging (betweenness)',
    explanation: 'Bigger circles sit on more of the shortest routes between others: the bridges and brokers.',
    heavy: true,
    parameters: [SCALE],
    compute(data) {
      return betweenness(undirectedProjection(data), { normalized: true });
    },
  },
  {
    id: 'pagerank',
    label: 'Influence (PageRank)',
    explanation: 'Bigger circles are tied to others that are themselves well tied.',
    heavy: true,
    parameters: [SCALE, { kind: 'number', id: 'alpha', label: 'Damping', min: 0.5, max: 0.95, step: 0.05, default: 0.85, help: 'Higher follows ties further.' }],
    compute(data, params) {
      return pagerank(undirectedProjection(data), { alpha: Number(params.alpha ?? 0.85), getEdgeWeight: null });
    },
  },
];

export function sizeMeasure(id: string): SizeMeasure {
  return SIZE_MEASURES.find((m) => m.id === id) ?? SIZE_MEASURES[0];
}

export const MIN_NODE_SIZE = 4;
export const MAX_NODE_SIZE = 22;

/** Maps raw measure values to circle sizes on the chosen scale. */
export function sizesFromValues(values: Record<string, number>, scale: string = 'sqrt'): Record<string, number> {
  const transform = scale === 'linear' ? (v: number) => v : scale === 'log' ? (v: number) => Math.log1p(v) : (v: number) => Math.sqrt(v);
  let min = Infinity;
  let max = -Infinity;
  const transformed: Record<string, number> = {};
  for (const [node, value] of Object.entries(values)) {
    const t = transform(Math.max(0, Number.isFinite(value) ? value : 0));
    transformed[node] = t;
    min = Math.min(min, t);
    max = Math.max(max, t);
  }
  const sizes: Record<string, number> = {};
  const span = max - min;
  for (const [node, t] of Object.entries(transformed)) {
    sizes[node] = span > 0 ? MIN_NODE_SIZE + ((t - min) / span) * (MAX_NODE_SIZE - MIN_NODE_SIZE) : (MIN_NODE_SIZE + MAX_NODE_SIZE) / 3;
  }
  return sizes;
}

/** Defaults of a registry entry's parameters, overridden by what the user chose. */
export function withDefaults(specs: ParameterSpec[], values: ParameterValues = {}): ParameterValues {
  const merged: ParameterValues = {};
  for (const spec of specs) {
    const given = values[spec.id];
    if (spec.kind === 'number') {
      const n = Number(given);
      merged[spec.id] = Number.isFinite(n) && given !== '' && given !== undefined ? Math.min(spec.max, Math.max(spec.min, n)) : spec.default;
    } else {
      merged[spec.id] = spec.options.some((o) => o.value === given) ? (given as string) : spec.default;
    }
  }
  return merged;
}
