/** Network health figures of the organisation network's working ties. */
import { averageClustering, transitivity } from './clustering.ts';
import { connectedComponents } from './components.ts';
import type { AnalysisContext } from './context.ts';
import { averageDegree, density } from './density.ts';
import type { HealthSummary } from './types.ts';

export function networkHealth(context: AnalysisContext): HealthSummary {
  const g = context.network.structural;
  const components = connectedComponents(g);
  const clusters = context.clusters();
  let isolated = 0;
  for (let i = 0; i < g.ids.length; i++) if (g.offsets[i + 1] === g.offsets[i]) isolated++;
  return {
    organisations: g.ids.length,
    ties: g.edges,
    density: density(g),
    components: components.members.length,
    largestComponent: components.members[0]?.length ?? 0,
    averageDegree: averageDegree(g),
    averageClustering: averageClustering(g),
    transitivity: transitivity(g),
    modularity: clusters.modularity,
    clusters: clusters.clusters.length,
    isolated,
  };
}
