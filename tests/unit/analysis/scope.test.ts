/**
 * The analysis runs on what the filters leave (analysis/scope.ts), by the same rule the app's map
 * uses to hide nodes, and says in words what it analysed.
 */
import { describe, expect, it } from 'vitest';
import { computeVisibility, isFiltering } from '../../../app/src/core/filters';
import { buildFacetIndex as appFacets } from '../../../app/src/core/graph';
import {
  NO_SCOPE_FILTERS,
  analyse,
  analyseScope,
  buildFacetIndex,
  dateWords,
  isScoped,
  scopeFromQuery,
  scopeOf,
  scopeQueryString,
  scopeVisibility,
  type ScopeFilters,
} from '../../../graph-service/src/analysis/index.ts';
import { AS_OF, smallAlliance } from '../../fixtures/analysis/stakeholders.ts';

const data = smallAlliance();
const filters = (chosen: Partial<ScopeFilters>): ScopeFilters => ({ ...NO_SCOPE_FILTERS, ...chosen });
const scoped = (chosen: Partial<ScopeFilters>) => analyseScope(data, filters(chosen), { asOf: AS_OF });

describe('one filter rule for the map and the analysis', () => {
  it('the app filters with the scope rule and facet index themselves', () => {
    expect(computeVisibility).toBe(scopeVisibility);
    expect(isFiltering).toBe(isScoped);
    expect(appFacets).toBe(buildFacetIndex);
  });

  it('what the map shows is what is analysed: the same nodes, and every open organisation among them', () => {
    for (const chosen of [{ areas: ['area-north'] }, { themes: ['theme-youth'] }, { tiers: ['core'] }, { nodeTypes: ['Organisation' as const] }, { asOf: '2019-01-01' }]) {
      const shown = computeVisibility(data, buildFacetIndex(data), filters(chosen));
      const result = scoped(chosen);
      expect(result.scope.nodes, JSON.stringify(chosen)).toBe(shown.nodes.size);
      expect(result.scope.ties, JSON.stringify(chosen)).toBe(shown.edges.size);
      expect(result.scope.organisations).toBe(result.health.organisations);
      const analysed = Object.keys(result.clusters.byNode).sort();
      const shownOrganisations = [...shown.nodes].filter((n) => data.getNodeAttribute(n, 'nodeType') === 'Organisation' && n !== 'closed').sort();
      expect(analysed, JSON.stringify(chosen)).toEqual(chosen.asOf ? [...shown.nodes].filter((n) => data.getNodeAttribute(n, 'nodeType') === 'Organisation').sort() : shownOrganisations);
    }
  });
});

describe('the analysed subgraph', () => {
  it('without filters is the whole map, and the analysis is the unscoped one', () => {
    const scope = scopeOf(data, NO_SCOPE_FILTERS);
    expect(scope.graph).toBe(data);
    const all = scoped({});
    const { scope: _summary, ...figures } = all;
    expect(figures).toEqual(analyse(data, { asOf: AS_OF }));
    expect(all.scope).toMatchObject({ description: 'all 10 organisations, 1 closed organisation left out', organisations: 10, closed: 1, filtered: false, nodes: data.order, ties: data.size });
  });

  it('an area keeps only what is in it: brokers, clusters and health count nothing outside', () => {
    const north = scoped({ areas: ['area-north'] });
    expect(north.scope.description).toBe('2 organisations in Northside');
    expect(Object.keys(north.clusters.byNode).sort()).toEqual(['core-1', 'org-3']);
    expect(north.health).toMatchObject({ organisations: 2, ties: 0, isolated: 2 });
    const everyNode = north.gaps.flatMap((g) => g.items.flatMap((i) => i.nodeIds));
    expect(everyNode.every((id) => ['core-1', 'org-3', 'area-north'].includes(id))).toBe(true);
    // On the whole map core-2 and org-3 carry paths; inside Northside nobody does.
    expect(scoped({}).gaps.find((g) => g.detector === 'brokers')!.items.length).toBeGreaterThan(0);
    expect(north.gaps.find((g) => g.detector === 'brokers')!.items).toEqual([]);
  });

  it('a date keeps what held on it and judges closures on that day', () => {
    // The fixture's ties have no start dates: on a date they are left out unless counted as holding.
    expect(scoped({ asOf: '2019-01-01' }).scope).toMatchObject({ organisations: 0, undatedTies: 27 });
    const then = scoped({ asOf: '2019-01-01', undated: true });
    // The closed organisation was open on 1 Jan 2019, and the reported tie core-1–org-5 (until 2020) held.
    expect(then.scope).toMatchObject({ organisations: 11, closed: 0, description: '11 organisations, the network on 1 Jan 2019, 27 undated ties counted as holding' });
    const asked = analyseScope(data, filters({ asOf: '2019-01-01', undated: true }));
    expect(asked.health).toEqual(then.health);
    expect(then.health.organisations).toBe(11);
    const now = scoped({});
    expect(then.health.ties).toBeGreaterThan(now.health.ties);
  });

  it('tie kinds leave out the ties of other kinds, and the organisations stay', () => {
    const informal = scoped({ tieTypes: ['CONNECTED_WITH'] });
    expect(informal.scope.organisations).toBe(10);
    // Without partnership and funding ties, core-1 and core-2 are tied only through org-3's chain.
    expect(informal.health.ties).toBeLessThan(scoped({}).health.ties);
    expect(informal.scope.description).toBe('10 organisations, only informal ties, 1 closed organisation left out');
    expect(scoped({ tieTypes: ['CONNECTED_WITH', 'MEMBER_OF'] }).scope.description).toBe('10 organisations, only "member of" and informal ties, 1 closed organisation left out');
  });
});

describe('describeScope in words', () => {
  const words = (chosen: Partial<ScopeFilters>) => scopeOf(data, filters(chosen), { asOf: AS_OF }).summary.description;

  it('names areas, themes, tiers and alliances by their names', () => {
    expect(words({ areas: ['area-north', 'area-south'] })).toBe('3 organisations in Northside or Southside');
    expect(words({ themes: ['theme-youth'] })).toBe('2 organisations working on Youth');
    expect(words({ tiers: ['core'], alliances: ['alliance'] })).toBe('2 organisations, core members of Riverside Alliance');
    expect(words({ tiers: ['core', 'associate'] })).toBe('3 organisations, core or associate members');
  });

  it('says which kinds are left out, and which tie kinds are kept', () => {
    expect(words({ nodeTypes: ['Organisation', 'Alliance', 'Theme', 'Area', 'Partnership'] })).toBe('10 organisations, without people and events, 1 closed organisation left out');
    expect(words({ nodeTypes: ['Person'] })).toBe('0 organisations, organisations hidden, without themes, partnerships, events, areas and alliances');
    expect(words({ tieTypes: ['FUNDS'] })).toBe('10 organisations, only funding ties, 1 closed organisation left out');
    expect(words({ tieTypes: [] })).toBe('10 organisations, no ties, 1 closed organisation left out');
  });

  it('writes the date as people do, a year or month at its start', () => {
    expect(dateWords('2022-03-31')).toBe('31 Mar 2022');
    expect(dateWords('2022-09')).toBe('Sep 2022');
    expect(dateWords('2022')).toBe('2022');
    expect(words({ areas: ['area-north'], asOf: '2022-03-31', undated: true })).toBe('2 organisations in Northside, the network on 31 Mar 2022, 2 undated ties counted as holding');
    expect(words({ asOf: '2018' })).toBe('0 organisations, the network at the start of 2018, 27 undated ties left out');
  });
});

describe('the filters as query parameters', () => {
  it('read back what they wrote, named as in the app address', () => {
    const chosen = filters({ nodeTypes: ['Organisation', 'Theme'], tieTypes: [], areas: ['area-north'], themes: ['theme-youth', 'theme-arts'], tiers: ['delivery partner'], asOf: '2022-03' });
    const text = scopeQueryString(chosen);
    expect(text).toBe('types=Organisation,Theme&tieTypes=&themes=theme-youth,theme-arts&areas=area-north&tiers=delivery+partner&asOf=2022-03');
    const q = new URLSearchParams(text);
    const list = (key: string) => (q.has(key) ? (q.get(key) ?? '').split(',').filter(Boolean) : undefined);
    expect(scopeFromQuery({ types: list('types'), tieTypes: list('tieTypes'), themes: list('themes'), areas: list('areas'), alliances: list('alliances'), tiers: list('tiers'), asOf: q.get('asOf') ?? undefined })).toEqual(chosen);
    expect(scopeQueryString(NO_SCOPE_FILTERS)).toBe('');
    expect(scopeFromQuery({})).toEqual(NO_SCOPE_FILTERS);
  });
});
