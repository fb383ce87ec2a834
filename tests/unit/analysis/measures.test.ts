/**
 * Every measure on small graphs worked out by hand, then on two classic social networks against the
 * values networkx and igraph publish for the same graphs (each reference says where it is from).
 */
import { describe, expect, it } from 'vitest';
import {
  averageClustering,
  averageDegree,
  betweenness,
  connectedComponents,
  cutPointsAndBridges,
  density,
  indexEdges,
  localClustering,
  louvainPartition,
  modularity,
  transitivity,
} from '../../../graph-service/src/analysis/index.ts';
import { FLORENTINE_EDGES } from '../../fixtures/analysis/florentine.ts';
import { KARATE_EDGES, KARATE_FACTIONS } from '../../fixtures/analysis/karate.ts';
import { byId, indexed, undirected } from './support.ts';

const ids = (g: { ids: string[] }, list: number[]) => list.map((i) => g.ids[i]).sort();

describe('hand-computed small graphs', () => {
  // Path a–b–c–d.
  const path = indexed([['a', 'b'], ['b', 'c'], ['c', 'd']]);
  // Triangle a–b–c with d hanging off c.
  const paw = indexed([['a', 'b'], ['b', 'c'], ['a', 'c'], ['c', 'd']]);
  // Two triangles joined by one tie (networkx barbell_graph(3, 0)).
  const barbell = indexed([[0, 1], [0, 2], [1, 2], [3, 4], [3, 5], [4, 5], [2, 3]]);

  it('density and average degree', () => {
    // 3 of 6 possible ties; 6 tie-ends over 4 nodes.
    expect(density(path)).toBe(0.5);
    expect(averageDegree(path)).toBe(1.5);
    expect(density(indexed([], ['x']))).toBe(0);
    expect(averageDegree(indexed([], []))).toBe(0);
  });

  it('components, largest first, with isolated nodes counted', () => {
    const g = indexed([['a', 'b'], ['c', 'd'], ['d', 'e']], ['z']);
    const { members } = connectedComponents(g);
    expect(members.map((m) => m.length)).toEqual([3, 2, 1]);
    expect(ids(g, members[0])).toEqual(['c', 'd', 'e']);
  });

  it('clustering: local, average and transitivity', () => {
    // c has 3 neighbours (3 possible pairs), one pair tied: 1/3. a and b: 1. d: degree 1 → 0.
    expect(byId(paw, localClustering(paw))).toEqual({ a: 1, b: 1, c: 1 / 3, d: 0 });
    expect(averageClustering(paw)).toBeCloseTo((1 + 1 + 1 / 3 + 0) / 4, 15);
    // Leaving out d (igraph's default for "average").
    expect(averageClustering(paw, { countZeros: false })).toBeCloseTo((1 + 1 + 1 / 3) / 3, 15);
    // 1 triangle → 3 closed triples, over 1 + 1 + 3 + 0 = 5 connected triples.
    expect(transitivity(paw)).toBeCloseTo(3 / 5, 15);
    expect(transitivity(path)).toBe(0);
  });

  it('betweenness, normalised as networkx does for undirected graphs', () => {
    // b lies on a–c and a–d: 2 of the 3 pairs not involving it; so does c.
    expect(byId(path, betweenness(path))).toEqual({ a: 0, b: 2 / 3, c: 2 / 3, d: 0 });
    expect(byId(path, betweenness(path, { normalized: false }))).toEqual({ a: 0, b: 2, c: 2, d: 0 });
    // A star's centre is on every path between leaves.
    const star = indexed([['hub', 1], ['hub', 2], ['hub', 3], ['hub', 4]]);
    expect(byId(star, betweenness(star)).hub).toBe(1);
    // Two equal shortest paths a–x–d and a–y–d share the credit.
    const diamond = indexed([['a', 'x'], ['a', 'y'], ['x', 'd'], ['y', 'd']]);
    expect(byId(diamond, betweenness(diamond, { normalized: false }))).toEqual({ a: 0.5, x: 0.5, y: 0.5, d: 0.5 });
  });

  it('modularity of two triangles joined by a tie', () => {
    // Σ [L_c/m − (d_c/2m)²] = 2 × (3/7 − (7/14)²) = 0.357142857…; networkx's modularity docstring
    // gives 0.35714285714285715 for barbell_graph(3, 0) with [{0,1,2},{3,4,5}].
    expect(modularity(barbell, [0, 0, 0, 1, 1, 1])).toBeCloseTo(0.35714285714285715, 15);
    // Everything in one community: 1 − 1 = 0.
    expect(modularity(barbell, [0, 0, 0, 0, 0, 0])).toBeCloseTo(0, 15);
    // Resolution γ scales the expected part: 2 × (3/7 − 2 × 1/4).
    expect(modularity(barbell, [0, 0, 0, 1, 1, 1], { resolution: 2 })).toBeCloseTo(2 * (3 / 7 - 0.5), 15);
  });

  it('weighted modularity uses tie weights', () => {
    // a–b weight 3 in one community, b–c weight 1 across: m = 4; d_A = 3 + 4 = 7... worked: A={a,b}: L=3, d=3+4=7; B={c}: L=0, d=1.
    const g = indexEdges(['a', 'b', 'c'], [[0, 1, 3], [1, 2, 1]]);
    expect(modularity(g, [0, 0, 1])).toBeCloseTo(3 / 4 - (7 / 8) ** 2 - (1 / 8) ** 2, 15);
    expect(modularity(g, [0, 0, 1], { weighted: false })).toBeCloseTo(1 / 2 - (3 / 4) ** 2 - (1 / 4) ** 2, 15);
  });

  it('cut-points and bridges', () => {
    const { cutPoints, bridges } = cutPointsAndBridges(path);
    expect(cutPoints.map((c) => path.ids[c.node]).sort()).toEqual(['b', 'c']);
    expect(cutPoints.find((c) => path.ids[c.node] === 'b')!.pieces).toEqual([1]);
    expect(bridges).toHaveLength(3);
    const bb = cutPointsAndBridges(barbell);
    expect(bb.cutPoints.map((c) => barbell.ids[c.node]).sort()).toEqual(['2', '3']);
    // Without node 2, its two triangle-mates {0, 1} are cut off from {3, 4, 5}.
    expect(bb.cutPoints[0].pieces).toEqual([2]);
    expect(bb.bridges.map((b) => [barbell.ids[b.a], barbell.ids[b.b]])).toEqual([['2', '3']]);
    expect(ids(barbell, bb.bridges[0].cutOff())).toHaveLength(3);
    // A cycle has neither.
    const cycle = cutPointsAndBridges(indexed([[1, 2], [2, 3], [3, 4], [4, 1]]));
    expect(cycle.cutPoints).toEqual([]);
    expect(cycle.bridges).toEqual([]);
    // A hub holding three leaves and a triangle: its removal cuts off the leaves (the triangle is the rest).
    const hub = indexed([['h', 'l1'], ['h', 'l2'], ['h', 'l3'], ['h', 't1'], ['t1', 't2'], ['t2', 't3'], ['t3', 't1']]);
    const h = cutPointsAndBridges(hub).cutPoints.find((c) => hub.ids[c.node] === 'h')!;
    expect(h.pieces).toEqual([1, 1, 1]);
    expect(h.pieceNodes().flat().map((v) => hub.ids[v]).sort()).toEqual(['l1', 'l2', 'l3']);
    // Below the root, the parent's side can be the piece cut off: in a–b–[big clique], b cuts off a.
    const tail = indexed([['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e'], ['e', 'c']]);
    const b = cutPointsAndBridges(tail).cutPoints.find((c) => tail.ids[c.node] === 'b')!;
    expect(b.pieceNodes().flat().map((v) => tail.ids[v])).toEqual(['a']);
  });
});

describe("Zachary's karate club", () => {
  const karate = indexed(KARATE_EDGES);

  it('has 34 members and 78 ties', () => {
    expect(karate.ids).toHaveLength(34);
    expect(karate.edges).toBe(78);
  });

  it('density, clustering and transitivity match networkx', () => {
    // networkx 3.x: nx.density(G), nx.average_clustering(G), nx.transitivity(G) on karate_club_graph()
    // (unweighted); values as quoted in the issue brief and widely reproduced.
    expect(density(karate)).toBeCloseTo(0.13903743315508021, 14);
    expect(averageClustering(karate)).toBeCloseTo(0.5706384782076823, 14);
    expect(transitivity(karate)).toBeCloseTo(0.2556818181818182, 14);
    expect(averageDegree(karate)).toBeCloseTo(156 / 34, 14);
  });

  it('betweenness matches networkx betweenness_centrality(normalized=True)', () => {
    // networkx: betweenness_centrality(karate_club_graph()) → node 0: 0.43763528138528146, node 33: 0.30407497594997596.
    const b = byId(karate, betweenness(karate));
    expect(b['0']).toBeCloseTo(0.43763528138528146, 12);
    expect(b['33']).toBeCloseTo(0.30407497594997596, 12);
    const ranked = Object.entries(b).sort((x, y) => y[1] - x[1]).map(([id]) => id);
    expect(ranked.slice(0, 2)).toEqual(['0', '33']);
  });

  it('sampled betweenness approximates the exact values', () => {
    const exact = betweenness(karate);
    const all = betweenness(karate, { samples: 34 });
    expect([...all]).toEqual([...exact]);
    const sampled = byId(karate, betweenness(karate, { samples: 20, seed: 7 }));
    expect(sampled['0']).toBeGreaterThan(0.25);
  });

  it('modularity of the two factions matches igraph', () => {
    // igraph: Graph.Famous("Zachary").modularity(factions) = 0.37146614069691 (checked against
    // igraph 1.0.0 by the leidenalg-based tests that quote it; the same split is R igraph's
    // `make_graph("Zachary")` faction vector).
    const factions = karate.ids.map((id) => KARATE_FACTIONS[Number(id)]);
    expect(modularity(karate, factions)).toBeCloseTo(0.37146614069691, 12);
  });

  it('Louvain reaches at least 0.41 (the best known partition has Q ≈ 0.4198) and is deterministic', () => {
    // Best known modularity of the karate club: 0.4197896 (Brandes et al. 2008, exact optimum; igraph
    // cluster_optimal). igraph's cluster_louvain reaches 0.4188034.
    const g = undirected(KARATE_EDGES);
    const seeds = [1, 2, 3, 42, 99].map((seed) => louvainPartition(g, indexed(KARATE_EDGES), { seed, weight: null }));
    for (const p of seeds) {
      expect(p.modularity).toBeGreaterThanOrEqual(0.41);
      expect(p.modularity).toBeLessThanOrEqual(0.4197897);
    }
    const again = louvainPartition(g, indexed(KARATE_EDGES), { seed: 42, weight: null });
    expect([...again.communityOf]).toEqual([...seeds[3].communityOf]);
  });

  it('node 0 is the only cut-point, holding member 11 by the only bridge', () => {
    // Row 11 of the adjacency matrix has a single 1, in column 0; every other member has two or more ties
    // in a 2-connected rest (networkx: list(nx.articulation_points(G)) == [0], list(nx.bridges(G)) == [(0, 11)]).
    const { cutPoints, bridges } = cutPointsAndBridges(karate);
    expect(cutPoints.map((c) => karate.ids[c.node])).toEqual(['0']);
    expect(bridges.map((b) => [karate.ids[b.a], karate.ids[b.b]].sort())).toEqual([['0', '11']]);
  });
});

describe('Florentine families', () => {
  const florentine = indexed(FLORENTINE_EDGES);
  const withPucci = indexed(FLORENTINE_EDGES, ['Pucci']);

  it('betweenness matches networkx', () => {
    // networkx algorithms/centrality/tests/test_betweenness_centrality.py, test_florentine_families_graph
    // (normalized=True, compared there to 3 decimals).
    const expected: Record<string, number> = {
      Acciaiuoli: 0.0, Albizzi: 0.212, Barbadori: 0.093, Bischeri: 0.104, Castellani: 0.055, Ginori: 0.0, Guadagni: 0.255,
      Lamberteschi: 0.0, Medici: 0.522, Pazzi: 0.0, Peruzzi: 0.022, Ridolfi: 0.114, Salviati: 0.143, Strozzi: 0.103, Tornabuoni: 0.092,
    };
    const b = byId(florentine, betweenness(florentine));
    for (const [family, value] of Object.entries(expected)) expect(Math.abs(b[family] - value)).toBeLessThan(1e-3);
    // Medici exactly: 47.5 of the 91 pairs of other families → 0.521978…
    expect(b.Medici).toBeCloseTo(47.5 / 91, 14);
  });

  it('transitivity, clustering and components match igraph on R\'s flo (16 families with Pucci)', () => {
    // R igraph on data(flo): transitivity(type = "global") = 0.1914894, transitivity(type = "average")
    // = 0.2181818, components()$no = 2 with sizes 15 and 1 (sulliv.com/posts/florentine-families-network-analysis).
    expect(transitivity(withPucci)).toBeCloseTo(0.1914894, 7);
    expect(averageClustering(withPucci, { countZeros: false })).toBeCloseTo(0.2181818, 7);
    expect(connectedComponents(withPucci).members.map((m) => m.length)).toEqual([15, 1]);
    // 20 ties among 16 families: 20 / 120; 15 families: 20 / 105.
    expect(density(withPucci)).toBeCloseTo(20 / 120, 15);
    expect(density(florentine)).toBeCloseTo(20 / 105, 15);
  });
});
