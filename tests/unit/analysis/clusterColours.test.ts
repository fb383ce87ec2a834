/** The app's map colours agree with the Clusters panel. */
import { describe, expect, it } from 'vitest';
import { clusterColours } from '../../../app/src/analysis/clusterColours.ts';
import { dataGraphFromJSON, type SerializedGraph } from '../../../app/src/core/graph/index.ts';
import { analyse } from '../../../graph-service/src/analysis/index.ts';
import { smallAlliance } from '../../fixtures/analysis/stakeholders.ts';

describe('clusterColours', () => {
  it('colours each organisation as its cluster in the panel', () => {
    const data = dataGraphFromJSON(smallAlliance().export() as unknown as SerializedGraph);
    const colours = clusterColours(data);
    const { clusters } = analyse(data);
    for (const c of clusters.clusters) for (const m of c.members) expect(colours.byNode[m.id]).toBe(c.colour);
    expect(colours.clusters.map((c) => c.id)).toEqual(clusters.clusters.map((c) => c.id));
  });
});
