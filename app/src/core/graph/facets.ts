import { MEMBERSHIP_TIERS } from '../../../../graph-service/src/model/model';
import type { NodeFacets } from '../../../../graph-service/src/analysis/scopeFacets';

export const TIERS: readonly string[] = MEMBERSHIP_TIERS;

/** The facet index is the analysis's (its scope reads it too): one rule for the filters and the analysis. */
export { buildFacetIndex, type FacetIndex, type NodeFacets } from '../../../../graph-service/src/analysis/scopeFacets';

/** The best tier a node holds in any alliance: core before delivery partner before associate. */
export function bestTier(facets: NodeFacets | undefined): string | null {
  if (!facets || facets.alliances.size === 0) return null;
  const tiers = [...facets.alliances.values()];
  if (tiers.includes('alliance')) return 'alliance';
  for (const tier of TIERS) if (tiers.includes(tier)) return tier;
  return tiers[0];
}
