/**
 * Analysis benchmarks (`npm run bench -- analysis`):
 *  1. Louvain time and modularity on planted-partition graphs of 1,000, 10,000 and 100,000 nodes
 *     (communities of 50, mean degree 10, 20% of ties leaving the community), against the planted
 *     partition's own modularity.
 *  2. Betweenness: exact (Brandes) where it finishes in reasonable time, and sampled (500 sources).
 *  3. The whole analysis (projection, clusters, every gap list, health, one what-if) on generated
 *     stakeholder datasets (bench/support/generate.ts).
 * Figures are medians; nothing passes or fails on time.
 */
import { MultiDirectedGraph } from 'graphology';
import { performance } from 'node:perf_hooks';
import {
  analysisContext,
  betweenness,
  indexGraph,
  louvainPartition,
  modularity,
  networkHealth,
  runGaps,
  whatIf,
  type AtlasEdgeAttributes,
  type AtlasNodeAttributes,
} from '../graph-service/src/analysis/index.ts';
import { generateDataset } from './support/generate.ts';
import { plantedPartition } from './support/plantedPartition.ts';
import { measure, ms, table } from './support/stats.ts';

function time<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const value = fn();
  return [value, performance.now() - start];
}

export default async function bench(): Promise<void> {
  const quick = process.env.BENCH_QUICK === '1';
  const sizes = quick ? [1_000, 10_000] : [1_000, 10_000, 100_000];

  console.log('\nLouvain on planted-partition graphs (communities of 50, mean degree 10, mixing 0.2)');
  const louvainRows: Record<string, string | number>[] = [];
  const betweennessRows: Record<string, string | number>[] = [];
  for (const n of sizes) {
    const [{ graph, community, communities }, built] = time(() => plantedPartition({ nodes: n, seed: 7 }));
    const indexed = indexGraph(graph);
    const planted = Int32Array.from(indexed.ids, (id) => community.get(id)!);
    const iterations = n >= 100_000 ? 3 : n >= 10_000 ? 5 : 20;
    let last = louvainPartition(graph, indexed, { seed: 42, weight: null });
    const timing = await measure((i) => (last = louvainPartition(graph, indexed, { seed: 42 + i, weight: null })), { iterations, warmup: 1 });
    louvainRows.push({
      nodes: n.toLocaleString('en-GB'),
      ties: indexed.edges.toLocaleString('en-GB'),
      'generate': ms(built),
      'louvain p50': ms(timing.p50),
      'louvain max': ms(timing.max),
      runs: timing.n,
      modularity: last.modularity.toFixed(4),
      'planted Q': modularity(indexed, planted, { weighted: false }).toFixed(4),
      found: last.count,
      planted: communities,
    });

    const [exactFeasible, sampledSources] = [n <= 10_000, 500];
    if (exactFeasible) {
      const [, exact] = time(() => betweenness(indexed));
      betweennessRows.push({ nodes: n.toLocaleString('en-GB'), ties: indexed.edges.toLocaleString('en-GB'), method: 'exact (Brandes)', sources: n, time: ms(exact) });
    }
    const [, sampled] = time(() => betweenness(indexed, { samples: sampledSources, seed: 1 }));
    betweennessRows.push({ nodes: n.toLocaleString('en-GB'), ties: indexed.edges.toLocaleString('en-GB'), method: 'sampled (Brandes–Pich)', sources: sampledSources, time: ms(sampled) });
  }
  table(louvainRows);
  console.log('\nBetweenness (unweighted, all shortest paths); exact is O(n·m), so at 100,000 nodes only the sampled estimate runs');
  table(betweennessRows);

  console.log('\nWhole analysis on generated stakeholder datasets (bench/support/generate.ts)');
  const rows: Record<string, string | number>[] = [];
  for (const organisations of quick ? [1_000] : [1_000, 10_000, 100_000]) {
    const dataset = generateDataset({ organisations, seed: 3 });
    const data = new MultiDirectedGraph<AtlasNodeAttributes, AtlasEdgeAttributes>();
    for (const n of dataset.nodes) data.addNode(n.id, { ...n, nodeType: n.label });
    for (const t of dataset.ties) data.addEdgeWithKey(t.id, t.from, t.to, { ...t, tieType: t.type });
    const options = { asOf: '2026-11-01' };
    const [context, projection] = time(() => analysisContext(data, options));
    const [clusters, clustering] = time(() => context.clusters());
    const [gaps, gapTime] = time(() => runGaps(context));
    const [health, healthTime] = time(() => networkHealth(context));
    // What-if on the organisation with the most working ties: the largest change to compute.
    const g = context.network.structural;
    let hubIndex = 0;
    for (let i = 1; i < g.ids.length; i++) if (g.offsets[i + 1] - g.offsets[i] > g.offsets[hubIndex + 1] - g.offsets[hubIndex]) hubIndex = i;
    const hub = g.ids[hubIndex];
    const [, whatIfTime] = time(() => whatIf(data, hub, 'closes', options));
    rows.push({
      organisations: organisations.toLocaleString('en-GB'),
      'graph nodes': data.order.toLocaleString('en-GB'),
      'graph ties': data.size.toLocaleString('en-GB'),
      'org ties (working)': `${context.network.full.edges.toLocaleString('en-GB')} (${context.network.structural.edges.toLocaleString('en-GB')})`,
      projection: ms(projection),
      clusters: ms(clustering),
      'gap lists': ms(gapTime),
      health: ms(healthTime),
      'what-if': ms(whatIfTime),
      modularity: clusters.modularity.toFixed(3),
      'clusters found': clusters.clusters.length,
      'gap items': gaps.reduce((s, g) => s + g.items.length, 0),
      density: health.density.toExponential(2),
    });
  }
  table(rows);
}
