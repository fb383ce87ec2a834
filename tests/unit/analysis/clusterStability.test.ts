/**
 * One clustering that stays put: warm-started from the previous run and matched to it by overlap,
 * a tie added or organisations imported keep every unaffected organisation's cluster and colour.
 */
import { describe, expect, it } from 'vitest';
import {
  analyse,
  CLUSTER_PALETTE,
  connectedComponents,
  findClusters,
  indexGraph,
  matchClusters,
  memoryOf,
  nodeClusterColours,
  organisationNetwork,
  refinePartition,
  UNCLUSTERED_COLOUR,
  type AtlasGraph,
  type ClusterResult,
} from '../../../graph-service/src/analysis/index.ts';
import { seedGraph } from './seedGraph.ts';

const colourOf = (r: ClusterResult, org: string) => r.clusters.find((c) => c.id === r.byNode[org])?.colour ?? null;
/** Organisations whose cluster id or colour differ between two runs. */
const movedBetween = (before: ClusterResult, after: ClusterResult, orgs: string[]) =>
  orgs.filter((o) => after.byNode[o] !== before.byNode[o] || colourOf(after, o) !== colourOf(before, o));

function withTie(data: AtlasGraph, a: string, b: string): AtlasGraph {
  const copy = data.copy() as AtlasGraph;
  copy.addEdgeWithKey(`added-${a}-${b}`, a, b, { tieType: 'CONNECTED_WITH' });
  return copy;
}

describe('matching clusters across runs', () => {
  const memory = { byNode: { a: 'c-A', b: 'c-A', c: 'c-A', d: 'c-B', e: 'c-B' }, colours: { 'c-A': CLUSTER_PALETTE[0], 'c-B': CLUSTER_PALETTE[1] }, resolution: 1 };

  it('gives each new group the previous cluster it overlaps most, one to one', () => {
    const matched = matchClusters(
      [
        { members: ['a', 'b'], freshId: 'cluster-a' },
        { members: ['c', 'd', 'e'], freshId: 'cluster-d' },
        { members: ['f', 'g'], freshId: 'cluster-f' },
      ],
      memory,
    );
    expect(matched[0]).toEqual({ id: 'c-A', colour: CLUSTER_PALETTE[0] });
    expect(matched[1]).toEqual({ id: 'c-B', colour: CLUSTER_PALETTE[1] });
    expect(matched[2].id).toBe('cluster-f');
    expect([CLUSTER_PALETTE[0], CLUSTER_PALETTE[1]]).not.toContain(matched[2].colour);
  });

  it('without a memory every group gets its own id and a different colour', () => {
    const matched = matchClusters([{ members: ['a'], freshId: 'cluster-a' }, { members: ['b'], freshId: 'cluster-a' }], undefined);
    expect(matched.map((m) => m.id)).toEqual(['cluster-a', 'cluster-a-2']);
    expect(matched[0].colour).not.toBe(matched[1].colour);
  });
});

describe('warm start', () => {
  it('moves nothing when run again on its own answer', () => {
    const net = organisationNetwork(seedGraph('mutualgain-west-london'));
    const once = refinePartition(net.full, new Int32Array(net.full.ids.length).fill(-1));
    expect([...refinePartition(net.full, once)]).toEqual([...once]);
  });

  it('splits a community that is no longer connected into its pieces', () => {
    const g = indexGraph(organisationNetwork(seedGraph('team-hackney')).graph, { weight: 'weight' });
    const pieces = connectedComponents(g);
    expect(pieces.members.length).toBeGreaterThan(1);
    // Everyone starts in one community: what comes out never joins two separate pieces.
    const out = refinePartition(g, new Int32Array(g.ids.length).fill(0));
    for (let i = 0; i < g.ids.length; i++) for (let j = 0; j < g.ids.length; j++) if (out[i] === out[j]) expect(pieces.of[i]).toBe(pieces.of[j]);
  });
});

describe('stability on the seed', () => {
  it('a tie added in Battersea keeps every other organisation in its cluster, with its colour', () => {
    const data = seedGraph();
    const before = findClusters(organisationNetwork(data));
    const orgs = organisationNetwork(data).facts.organisations;
    let checked = 0;
    for (let i = 0; i < orgs.length; i += 3) {
      for (let j = i + 1; j < orgs.length; j += 5) {
        const after = findClusters(organisationNetwork(withTie(data, orgs[i], orgs[j])), { memory: memoryOf(before) });
        expect(movedBetween(before, after, orgs.filter((o) => o !== orgs[i] && o !== orgs[j]))).toEqual([]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(30);
  });

  it('in West London, only the ends of a new tie and organisations tied to them can move', () => {
    const data = seedGraph('mutualgain-west-london');
    const net = organisationNetwork(data);
    const before = findClusters(net);
    const orgs = net.facts.organisations;
    for (let i = 0; i < orgs.length; i += 3) {
      for (let j = i + 1; j < orgs.length; j += 5) {
        const near = new Set([orgs[i], orgs[j], ...net.graph.neighbors(orgs[i]), ...net.graph.neighbors(orgs[j])]);
        const after = findClusters(organisationNetwork(withTie(data, orgs[i], orgs[j])), { memory: memoryOf(before) });
        expect(movedBetween(before, after, orgs.filter((o) => !near.has(o)))).toEqual([]);
      }
    }
  });

  it('organisations imported into the map leave the clusters of the others as they were', () => {
    const data = seedGraph('mutualgain-west-london');
    const before = findClusters(organisationNetwork(data));
    const orgs = organisationNetwork(data).facts.organisations;
    const imported = data.copy() as AtlasGraph;
    for (const id of ['org-imported-1', 'org-imported-2']) imported.addNode(id, { nodeType: 'Organisation', name: id });
    imported.addEdgeWithKey('imported-tie-1', 'org-imported-1', 'org-imported-2', { tieType: 'CONNECTED_WITH' });
    imported.addEdgeWithKey('imported-tie-2', 'org-imported-2', orgs[0], { tieType: 'CONNECTED_WITH' });
    const after = findClusters(organisationNetwork(imported), { memory: memoryOf(before) });
    expect(movedBetween(before, after, orgs.filter((o) => o !== orgs[0]))).toEqual([]);
  });

  it('the same data and memory give the same clusters, ids and colours', () => {
    const data = seedGraph();
    const first = findClusters(organisationNetwork(data));
    const again = findClusters(organisationNetwork(data), { memory: memoryOf(first) });
    expect(again.byNode).toEqual(first.byNode);
    expect(again.clusters.map((c) => [c.id, c.colour, c.name])).toEqual(first.clusters.map((c) => [c.id, c.colour, c.name]));
  });
});

describe('what a cluster is called and what holds it together', () => {
  const { clusters } = analyse(seedGraph());

  it('says so when a cluster has no working tie inside', () => {
    const loose = clusters.clusters.filter((c) => c.internalTies === 0);
    expect(loose.length).toBeGreaterThan(0);
    for (const c of loose) expect(c.holdsTogether).toMatch(/not working ties|Nothing on the map/);
  });

  it('counts the working ties inside as the cluster figures do', () => {
    for (const c of clusters.clusters.filter((x) => x.internalTies > 0)) expect(c.holdsTogether).toMatch(new RegExp(`^${c.internalTies} working ties? inside`));
  });

  it('names clusters after what their members share, each name once', () => {
    const names = clusters.clusters.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const c of clusters.clusters) if (c.shared[0]) expect(c.name).toContain(c.shared[0].name);
    expect(clusters.clusters.find((c) => c.members.some((m) => m.id === 'org-providence-house'))?.name).toBe('Youth Battersea partners');
  });
});

describe('colours on the whole map', () => {
  it('gives non-organisations the cluster of the organisations they are tied to, when there is one', () => {
    const data = seedGraph();
    const { clusters } = analyse(data);
    const { clusterOf, colourOf } = nodeClusterColours(data, clusters);
    for (const [org, cluster] of Object.entries(clusters.byNode)) expect(clusterOf[org]).toBe(cluster);
    let people = 0;
    data.forEachNode((node, attrs) => {
      if (attrs.nodeType === 'Organisation') return;
      const around = new Set(data.neighbors(node).map((n) => clusters.byNode[n]).filter(Boolean));
      expect(clusterOf[node]).toBe(around.size === 1 ? [...around][0] : null);
      if (clusterOf[node] === null) expect(colourOf[node]).toBe(UNCLUSTERED_COLOUR);
      if (attrs.nodeType === 'Person' && around.size === 1) people++;
    });
    expect(people).toBeGreaterThan(0);
  });
});
