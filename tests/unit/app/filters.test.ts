import { describe, expect, it } from 'vitest';
import { NO_FILTERS, computeVisibility, dateBound, filterOptions, isFiltering, toggleInAll, toggleValue } from '../../../app/src/core/filters';
import { buildFacetIndex, bestTier } from '../../../app/src/core/graph';
import { NODE_TYPES } from '../../../app/src/core/graph/types';
import { fixture, tieKey } from './fixture';

const data = fixture();
const facets = buildFacetIndex(data);
const visible = (filters: Partial<typeof NO_FILTERS>) => computeVisibility(data, facets, { ...NO_FILTERS, ...filters });

describe('dates', () => {
  it('reads partial dates as the first or last day they cover', () => {
    expect(dateBound('2019', 'start')).toBe('2019-01-01');
    expect(dateBound('2019', 'end')).toBe('2019-12-31');
    expect(dateBound('2024-02', 'end')).toBe('2024-02-29');
    expect(dateBound('2021-05-04', 'end')).toBe('2021-05-04');
    expect(dateBound('soon', 'start')).toBeNull();
  });

});

describe('facets', () => {
  it('puts organisations in their area and every area it is part of, and people where they work', () => {
    expect([...facets.get('org-providence')!.areas].sort()).toEqual(['area-battersea', 'area-london']);
    expect([...facets.get('person-esther')!.themes]).toEqual(['theme-youth']);
    expect(bestTier(facets.get('org-caius'))).toBe('delivery partner');
    expect(bestTier(facets.get('person-esther'))).toBe('core');
    expect(bestTier(facets.get('org-lonely'))).toBeNull();
  });
});

describe('computeVisibility', () => {
  it('shows everything without filters', () => {
    const v = visible({});
    expect(v.nodes.size).toBe(data.order);
    expect(v.edges.size).toBe(data.size);
    expect(isFiltering(NO_FILTERS)).toBe(false);
  });

  it('keeps only the chosen kinds of thing, and ties between them', () => {
    const v = visible({ nodeTypes: ['Organisation'] });
    expect([...v.nodes].every((n) => data.getNodeAttribute(n, 'nodeType') === 'Organisation')).toBe(true);
    expect(v.edges.has(tieKey('org-caius', 'CONNECTED_WITH', 'org-foodbank'))).toBe(true);
    expect(v.edges.has(tieKey('org-providence', 'WORKS_ON', 'theme-youth'))).toBe(false);
  });

  it('keeps who works on a theme, with the people who work for them', () => {
    const v = visible({ themes: ['theme-youth'] });
    expect([...v.nodes].sort()).toEqual(['org-caius', 'org-providence', 'person-esther', 'theme-youth']);
  });

  it('keeps what is based in an area or its sub-areas', () => {
    const v = visible({ areas: ['area-london'] });
    expect(v.nodes.has('org-foodbank')).toBe(true);
    expect(v.nodes.has('org-providence')).toBe(true);
    expect(v.nodes.has('org-funder')).toBe(false);
  });

  it('keeps an alliance with its members of the chosen tiers', () => {
    const v = visible({ alliances: ['alliance-b'], tiers: ['core'] });
    expect([...v.nodes].sort()).toEqual(['alliance-b', 'org-providence', 'person-esther']);
  });

  it('hides tie kinds without hiding their ends', () => {
    const v = visible({ tieTypes: ['FUNDS'] });
    expect(v.nodes.size).toBe(data.order);
    expect([...v.edges].every((e) => data.getEdgeAttribute(e, 'tieType') === 'FUNDS')).toBe(true);
    expect(v.edges.size).toBe(3);
  });

  it('keeps ties and nodes valid on a date', () => {
    const v2018 = visible({ asOf: '2018-06-01' });
    expect(v2018.edges.has(tieKey('org-providence', 'MEMBER_OF', 'alliance-b'))).toBe(true);
    expect(v2018.edges.has(tieKey('org-caius', 'MEMBER_OF', 'alliance-b'))).toBe(false);
    // The foodbank's ties have no start date: on a date it is undated, set apart and not counted.
    expect(v2018.nodes.has('org-foodbank')).toBe(false);
    expect(v2018.undated.nodes.has('org-foodbank')).toBe(true);
    expect(visible({ asOf: '2018-06-01', undated: true }).nodes.has('org-foodbank')).toBe(true);
    const v2021 = visible({ asOf: '2021-01-01' });
    expect(v2021.edges.has(tieKey('org-caius', 'MEMBER_OF', 'alliance-b'))).toBe(true);
    expect(v2021.nodes.has('org-foodbank')).toBe(false);
    expect(v2021.undated.nodes.has('org-foodbank')).toBe(false);
  });

  it('never changes the data graph', () => {
    const before = JSON.stringify(data.export());
    visible({ themes: ['theme-food'], asOf: '2010', nodeTypes: ['Theme'] });
    expect(JSON.stringify(data.export())).toBe(before);
  });
});

describe('filter options and updates', () => {
  it('lists themes, areas, alliances and tiers with counts', () => {
    const options = filterOptions(data, facets);
    expect(options.themes.map((t) => t.name)).toEqual(['Food poverty', 'Youth']);
    expect(options.areas.find((a) => a.id === 'area-london')!.count).toBe(7);
    expect(options.tiers.map((t) => t.id)).toEqual(['core', 'delivery partner']);
  });

  it('toggles values and returns to "all" when everything is chosen again', () => {
    expect(toggleValue(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggleValue(['a', 'b'], 'a')).toEqual(['b']);
    const without = toggleInAll(null, 'Person', NODE_TYPES);
    expect(without).not.toContain('Person');
    expect(toggleInAll(without, 'Person', NODE_TYPES)).toBeNull();
  });
});
