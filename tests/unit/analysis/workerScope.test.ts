/**
 * The app's analysis runs in the worker on what the map shows: the header's "Showing N of M nodes"
 * (the filters store) and the worker's scope count the same nodes, and its organisations are the
 * organisations among them.
 */
import { describe, expect, it } from 'vitest';
import { NO_FILTERS, type FilterState } from '../../../app/src/core/filters';
import { createDataStore } from '../../../app/src/stores/data';
import { createFiltersStore } from '../../../app/src/stores/filters';
import { createComputeApi } from '../../../app/src/workers/computeApi';
import { compute } from '../../../app/src/workers/computeClient';
import { fixture } from '../app/fixture';

const settings = { resolution: 1, seed: 42, gapParameters: {} };
const CHOICES: Partial<FilterState>[] = [{}, { areas: ['area-battersea'] }, { themes: ['theme-youth'] }, { nodeTypes: ['Organisation', 'Area'] }, { asOf: '2018-06-01' }, { tieTypes: ['CONNECTED_WITH'] }];

describe('the worker analyses what the map shows', () => {
  it('its scope counts the nodes and ties the header shows, and clusters only the organisations among them', () => {
    const graph = fixture();
    const data = createDataStore(graph);
    const api = createComputeApi();
    api.loadGraph(1, graph.export());
    for (const choice of CHOICES) {
      const filters = createFiltersStore(data, { ...NO_FILTERS, ...choice });
      const header = filters.visibleCounts.get();
      const { scope, clusters, health } = api.analyse(1, settings, filters.filters.get()).result;
      const label = JSON.stringify(choice);
      expect({ nodes: scope.nodes, ties: scope.ties }, label).toEqual(header);
      const shown = filters.visibility.get()?.nodes ?? new Set(graph.nodes());
      const organisations = [...shown].filter((n) => graph.getNodeAttribute(n, 'nodeType') === 'Organisation');
      // The Hackney Foodbank closed in 2019: shown on the map, left out of the figures unless the date is before.
      const open = organisations.filter((n) => n !== 'org-foodbank' || choice.asOf !== undefined);
      expect(Object.keys(clusters.byNode).sort(), label).toEqual(open.sort());
      expect(health.organisations, label).toBe(scope.organisations);
      expect(scope.closed, label).toBe(organisations.length - open.length);
    }
  });

  it('says what it analysed', () => {
    const api = createComputeApi();
    const graph = fixture();
    api.loadGraph(2, graph.export());
    expect(api.analyse(2, settings, { ...NO_FILTERS, areas: ['area-battersea'] }).result.scope.description).toBe('2 organisations in Battersea');
    expect(api.analyse(2, settings, NO_FILTERS).result.scope.description).toMatch(/^all \d+ organisations, 1 closed organisation left out$/);
  });

  it('what-if runs on the same scope: an organisation the filters hide is not there', async () => {
    const graph = fixture();
    const data = { graph, version: 0 };
    const north = { ...NO_FILTERS, areas: ['area-battersea'] };
    const { result } = await compute.whatIf(data, 'org-providence', 'closes', settings, north);
    expect(result.scope.description).toBe('2 organisations in Battersea');
    await expect(compute.whatIf(data, 'org-lonely', 'closes', settings, north)).rejects.toThrow(/org-lonely/);
  });
});
