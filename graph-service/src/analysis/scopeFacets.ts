/**
 * What each node belongs to, read off its ties: the themes it works on, the areas it is in (with
 * every area those are part of) and its alliance memberships with their tier. People take these
 * from the organisations they work for, so "who works on youth" finds them too. The app's theme,
 * area, alliance and tier filters and the analysis's scope (scope.ts) read the same index.
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { MODEL, tieTypeEntry, type AtlasModel, type NetworkRole } from '../model/model.ts';

/** The node and tie attributes the scope reads; the app's data graph and the service's both have them. */
export interface ScopeNodeAttributes extends Attributes {
  nodeType: string;
}
export interface ScopeTieAttributes extends Attributes {
  tieType: string;
}
export type ScopeGraph = AbstractGraph<ScopeNodeAttributes, ScopeTieAttributes>;

export interface NodeFacets {
  themes: Set<string>;
  areas: Set<string>;
  /** alliance id → tier ("core", …); an alliance itself maps to "alliance". */
  alliances: Map<string, string>;
}

export type FacetIndex = Map<string, NodeFacets>;

/** What a tie means for the facets: its type's `network` role in the model. */
const roleOf = (tieType: string, model: AtlasModel): NetworkRole => tieTypeEntry(tieType, model)?.network ?? 'none';

/** Every area an area is part of, itself included. */
function areaAncestors(data: ScopeGraph, area: string, memo: Map<string, Set<string>>, model: AtlasModel, seen = new Set<string>()): Set<string> {
  const known = memo.get(area);
  if (known) return known;
  const result = new Set<string>([area]);
  seen.add(area);
  data.forEachOutEdge(area, (_, attrs, __, target) => {
    if (roleOf(attrs.tieType, model) !== 'containment' || seen.has(target) || data.getNodeAttribute(target, 'nodeType') !== 'Area') return;
    for (const a of areaAncestors(data, target, memo, model, seen)) result.add(a);
  });
  memo.set(area, result);
  return result;
}

export function buildFacetIndex(data: ScopeGraph, model: AtlasModel = MODEL): FacetIndex {
  const index: FacetIndex = new Map();
  const memo = new Map<string, Set<string>>();
  data.forEachNode((node, attrs) => {
    const facets: NodeFacets = { themes: new Set(), areas: new Set(), alliances: new Map() };
    if (attrs.nodeType === 'Theme') facets.themes.add(node);
    if (attrs.nodeType === 'Area') for (const a of areaAncestors(data, node, memo, model)) facets.areas.add(a);
    if (attrs.nodeType === 'Alliance') facets.alliances.set(node, 'alliance');
    data.forEachOutEdge(node, (_, tie, __, target) => {
      const role = roleOf(tie.tieType, model);
      if (role === 'theme') facets.themes.add(target);
      else if (role === 'location') for (const a of areaAncestors(data, target, memo, model)) facets.areas.add(a);
      else if (role === 'membership') facets.alliances.set(target, typeof tie.tier === 'string' ? tie.tier : 'member');
    });
    index.set(node, facets);
  });
  // Second pass: people inherit from where they work.
  data.forEachNode((node, attrs) => {
    if (attrs.nodeType !== 'Person') return;
    const facets = index.get(node);
    data.forEachOutEdge(node, (_, tie, __, target) => {
      const employer = index.get(target);
      if (roleOf(tie.tieType, model) !== 'employment' || !facets || !employer) return;
      for (const t of employer.themes) facets.themes.add(t);
      for (const a of employer.areas) facets.areas.add(a);
      for (const [alliance, tier] of employer.alliances) if (!facets.alliances.has(alliance)) facets.alliances.set(alliance, tier === 'alliance' ? 'staff' : tier);
    });
  });
  return index;
}
