/**
 * The two classic networks, each analysed on its own as a map of it would be (every node an
 * organisation, every tie reported), against the figures networkx gives for that graph alone
 * (tests/fixtures/analysis/peers, written by make_peers.py with networkx 3).
 */
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { NO_SCOPE_FILTERS, analyseScope, indexGraph, modularity } from '../../../graph-service/src/analysis/index.ts';
import { PEERS, peerGraph } from '../../fixtures/analysis/peers/peers.ts';

const AS_OF = '2026-06-01';

describe('Florentine families on their own', () => {
  const result = analyseScope(peerGraph(PEERS.florentine), NO_SCOPE_FILTERS, { asOf: AS_OF, gapParameters: { count: 15 } });
  const brokers = result.gaps.find((g) => g.detector === 'brokers')!.items;

  it('names Medici the top broker, with the betweenness networkx gives', () => {
    expect(PEERS.florentine.topBroker).toBe('org-medici');
    expect(brokers[0].id).toBe('org-medici');
    expect(brokers[0].score).toBeCloseTo(PEERS.florentine.betweenness['org-medici'], 12);
    expect(result.scope.description).toBe('all 15 organisations');
  });

  it('every family with betweenness above 0 is listed with networkx value, highest first', () => {
    const expected = Object.entries(PEERS.florentine.betweenness).filter(([, b]) => b > 0);
    expect(brokers).toHaveLength(expected.length);
    for (const item of brokers) expect(item.score, item.id).toBeCloseTo(PEERS.florentine.betweenness[item.id], 12);
    expect(brokers.map((b) => b.score)).toEqual([...brokers.map((b) => b.score)].sort((x, y) => y - x));
  });
});

describe('Davis Southern women on their own', () => {
  const result = analyseScope(peerGraph(PEERS.davis), NO_SCOPE_FILTERS, { asOf: AS_OF });
  const plain = new UndirectedGraph();
  for (const { id } of PEERS.davis.nodes) plain.addNode(id);
  for (const [a, b] of PEERS.davis.edges) plain.addEdge(a, b);
  const indexed = indexGraph(plain);
  const partition = (groups: string[][]) => {
    const of = new Map(groups.flatMap((members, c) => members.map((m): [string, number] => [m, c])));
    return Int32Array.from(indexed.ids, (id) => of.get(id) ?? -1);
  };

  it('our modularity of networkx Louvain partition is the value networkx gives', () => {
    expect(modularity(indexed, partition(PEERS.davis.louvain.communities))).toBeCloseTo(PEERS.davis.louvain.modularity, 12);
  });

  it('the map modularity is that of its own clusters on its own 32 nodes and 89 ties, as good as networkx Louvain', () => {
    expect(result.health).toMatchObject({ organisations: 32, ties: 89 });
    expect(Object.keys(result.clusters.byNode).sort()).toEqual(PEERS.davis.nodes.map((n) => n.id).sort());
    const ours = [...new Set(Object.values(result.clusters.byNode))].map((c) => Object.keys(result.clusters.byNode).filter((id) => result.clusters.byNode[id] === c));
    expect(result.health.modularity).toBe(result.clusters.modularity);
    expect(modularity(indexed, partition(ours))).toBeCloseTo(result.health.modularity, 12);
    expect(result.health.modularity).toBeGreaterThan(PEERS.davis.louvain.modularity - 0.03);
    expect(result.health.modularity).toBeLessThan(0.4);
  });
});
