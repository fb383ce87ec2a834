/** The map's cluster colouring and legend are the Clusters panel's clusters: same names, colours, order. */
import { describe, expect, it } from 'vitest';
import { clusterColouring, NO_CLUSTER_KEY } from '../../../app/src/core/appearance/colourings.ts';
import { dataGraphFromJSON, type SerializedGraph } from '../../../app/src/core/graph/index.ts';
import { analyse, UNCLUSTERED_COLOUR } from '../../../graph-service/src/analysis/index.ts';
import { seedGraph } from './seedGraph.ts';

describe('the cluster colouring', () => {
  const data = dataGraphFromJSON(seedGraph().export() as unknown as SerializedGraph);
  const { clusters } = analyse(data as never);
  const colouring = clusterColouring(data, clusters);

  it('lists the panel’s clusters in the legend, in its order, with their names and colours', () => {
    const entries = colouring.legend.filter((e) => e.key !== NO_CLUSTER_KEY);
    expect(entries.map((e) => [e.key, e.label, e.color])).toEqual(clusters.clusters.map((c) => [c.id, c.name, c.colour]));
    // Each count is what the map draws in that colour: the members and the nodes tied only to them.
    for (const e of colouring.legend) expect(e.count).toBe(Object.values(colouring.keyByNode).filter((k) => k === e.key).length);
  });

  it('colours every organisation as its cluster, and the rest grey under one legend entry', () => {
    for (const c of clusters.clusters) for (const m of c.members) expect([colouring.byNode[m.id], colouring.keyByNode[m.id]]).toEqual([c.colour, c.id]);
    for (const a of clusters.alone) expect([colouring.byNode[a.id], colouring.keyByNode[a.id]]).toEqual([UNCLUSTERED_COLOUR, NO_CLUSTER_KEY]);
    const grey = Object.values(colouring.keyByNode).filter((k) => k === NO_CLUSTER_KEY).length;
    expect(colouring.legend.at(-1)).toMatchObject({ key: NO_CLUSTER_KEY, count: grey });
  });

  it('draws nothing as a cluster before the clustering is in', () => {
    const waiting = clusterColouring(data, null);
    expect(waiting.legend).toEqual([{ key: NO_CLUSTER_KEY, label: 'Working out clusters…', color: UNCLUSTERED_COLOUR, count: data.order }]);
    expect(new Set(Object.values(waiting.byNode))).toEqual(new Set([UNCLUSTERED_COLOUR]));
  });
});
