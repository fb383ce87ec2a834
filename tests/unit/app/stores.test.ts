import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../graph-service/src/analysis/index.ts';
import { NODE_TYPE_STYLES } from '../../../app/src/core/appearance';
import { parseNavState, serialiseNavState } from '../../../app/src/core/navState';
import { createAtlas } from '../../../app/src/stores/atlas';
import { derived, store } from '../../../app/src/stores/store';
import { createLayoutStore } from '../../../app/src/stores/layout';
import { createComputeApi } from '../../../app/src/workers/computeApi';
import { compute } from '../../../app/src/workers/computeClient';
import { fixture } from './fixture';

/** The stores never draw: a display stand-in keeps the renderer out of this test. */
const noDisplay = () => ({ graph: new Graph() as never, missing: 0 });
const MAP = { id: 'test-map', title: 'Test map', archived: false, published: true, freshnessMonths: 12, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', version: 1 };
const open = (data: ReturnType<typeof fixture>, search: string) => createAtlas({ map: MAP, data, search }, noDisplay);

describe('stores', () => {
  it('recompute a derived value only when a source changes, and only when read', () => {
    const a = store(1);
    const b = store(10);
    let runs = 0;
    const sum = derived([a, b], (x, y) => {
      runs += 1;
      return { total: x + y };
    });
    expect(runs).toBe(0);
    const first = sum.get();
    expect(sum.get()).toBe(first);
    a.set(1);
    expect(sum.get()).toBe(first);
    a.set(2);
    expect(sum.get().total).toBe(12);
    expect(runs).toBe(2);
  });

  it('let a recomputed value that means the same keep the old object', () => {
    const a = store({ id: 'x', n: 1 });
    const id = derived([a], (v) => ({ id: v.id }), (p, q) => p.id === q.id);
    const first = id.get();
    a.set({ id: 'x', n: 2 });
    expect(id.get()).toBe(first);
  });
});

describe('one map, derived from its stores', () => {
  it('derives visibility, emphasis and counts from filters and selection', () => {
    const atlas = open(fixture(), '');
    expect(atlas.filters.visibility.get()).toBeNull();
    expect(atlas.emphasis.get().visibleNodes).toBeNull();
    atlas.filters.set({ ...atlas.filters.filters.get(), nodeTypes: ['Organisation'] });
    const visible = atlas.filters.visibility.get()!;
    expect([...visible.nodes].every((n) => n.startsWith('org-'))).toBe(true);
    expect(atlas.emphasis.get().visibleNodes).toBe(visible.nodes);
    expect(atlas.filters.visibleCounts.get().nodes).toBe(visible.nodes.size);

    atlas.selection.goTo('org-caius');
    expect(atlas.emphasis.get().selected).toBe('org-caius');
    expect(atlas.emphasis.get().focus).toContain('org-foodbank');
    expect(atlas.selection.focusRequest.get()).toMatchObject({ node: 'org-caius', zoom: true });
  });

  it('recomputes what depends on the data after an in-place edit', () => {
    const graph = fixture();
    const atlas = open(graph, '?view=table');
    const rows = atlas.table.rows.get();
    expect(rows.find((r) => r.id === 'org-caius')?.name).toBe('Caius House');
    atlas.data.updateNode({ id: 'org-caius', nodeType: 'Organisation', name: 'Caius House Trust', version: 2 });
    expect(atlas.data.state.get().graph).toBe(graph);
    expect(atlas.table.rows.get()).not.toBe(rows);
    expect(atlas.table.rows.get().find((r) => r.id === 'org-caius')?.name).toBe('Caius House Trust');
    atlas.table.mode.set('map');
    expect(atlas.table.rows.get()).toEqual([]);
  });

  it("opens in the map's own look, and knows when the view has left it", () => {
    const atlas = createAtlas({ map: { ...MAP, appearance: { colour: 'theme', size: 'pagerank' } }, data: fixture(), search: '' }, noDisplay);
    expect(atlas.appearance.choice.get()).toMatchObject({ colour: 'theme', size: 'pagerank' });
    expect(atlas.lookIsDefault.get()).toBe(true);
    atlas.appearance.setSize('degree', {});
    expect(atlas.lookIsDefault.get()).toBe(false);
    // An address that names a look wins over the map's.
    expect(createAtlas({ map: { ...MAP, appearance: { colour: 'theme' } }, data: fixture(), search: '?colour=type' }, noDisplay).appearance.choice.get().colour).toBe('type');
  });

  it('composes the address from the domain stores in the shared-link format', () => {
    const search = '?view=table&sel=org-caius&depth=2&colour=type';
    const atlas = open(fixture(), search);
    const nav = atlas.navState.get();
    expect(nav).toEqual(parseNavState(search));
    atlas.appearance.setSize('pagerank', {});
    expect(serialiseNavState(atlas.navState.get(), '')).toContain('size=pagerank');
    expect(atlas.navState.get().selected).toBe('org-caius');
  });
});

describe('the compute worker functions', () => {
  it('answer for the graph version they hold and refuse an older one', () => {
    const api = createComputeApi();
    const graph = fixture();
    api.loadGraph(3, graph.export());
    expect(Object.keys(api.measure(3, 'degree', {}))).toHaveLength(graph.order);
    expect(api.colouring(3, 'type', {}).byNode['org-caius']).toBe(NODE_TYPE_STYLES.Organisation.fill);
    const settings = { resolution: 1, seed: 1, gapParameters: {} };
    expect(api.analyse(3, settings).result.health).toEqual(analyse(graph as never, settings).health);
    expect(() => api.measure(2, 'degree', {})).toThrow(/map data changed/);
  });
});

describe('the compute client', () => {
  it('calls the worker functions through comlink (here over a message channel: no module workers in Node)', async () => {
    const graph = fixture();
    const data = { graph, version: 0 };
    const degree = await compute.measure(data, 'degree', {});
    expect(degree['org-providence']).toBe(graph.degree('org-providence'));
    const { result } = await compute.analyse(data, { resolution: 1, seed: 1, gapParameters: {} });
    expect(result.health).toEqual(analyse(graph as never, { resolution: 1, seed: 1, gapParameters: {} }).health);
    // A new data state sends the graph again; the answer follows the change.
    graph.dropNode('person-esther');
    const after = await compute.measure({ graph, version: 1 }, 'degree', {});
    expect(after['person-esther']).toBeUndefined();
  });
});

describe('the published layout state', () => {
  it('puts the status on <body> as data-layout and data-atlas-layout, and takes it off when the map goes', () => {
    const dataset: Record<string, string> = {};
    Object.assign(globalThis, { document: { body: { dataset } } });
    try {
      const layout = createLayoutStore(true);
      const stop = layout.start();
      expect(dataset).toEqual({ layout: 'running', atlasLayout: 'running' });
      layout.report('paused');
      expect(dataset).toEqual({ layout: 'paused', atlasLayout: 'running' });
      layout.report('settled');
      expect(dataset).toEqual({ layout: 'settled', atlasLayout: 'settled' });
      expect(layout.run.get().running).toBe(false);
      stop();
      expect(dataset).toEqual({});
      createLayoutStore(false).start();
      expect(dataset).toEqual({ layout: 'restored', atlasLayout: 'settled' });
    } finally {
      Reflect.deleteProperty(globalThis, 'document');
    }
  });
});
