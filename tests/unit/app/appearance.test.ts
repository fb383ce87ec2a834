import { describe, expect, it } from 'vitest';
import {
  COLOURINGS,
  MAX_NODE_SIZE,
  MIN_NODE_SIZE,
  NODE_TYPE_ORDER,
  NO_EMPHASIS,
  SIZE_MEASURES,
  applyAppearance,
  buildDisplayGraph,
  colouring,
  parallelCurvature,
  reduceEdge,
  reduceNode,
  sizeMeasure,
  sizesFromValues,
  syncDisplayGraph,
  tieKind,
  tieShape,
  withDefaults,
  type DisplayNodeAttributes,
} from '../../../app/src/core/appearance';
import { buildFacetIndex, mergeInto } from '../../../app/src/core/graph';
import { NODE_LABELS } from '../../../graph-service/src/model/model.ts';
import { fixture } from './fixture';

const data = fixture();
const facets = buildFacetIndex(data);

describe('node types', () => {
  it('are all in the legend order, once each, the kinds people look for first', () => {
    expect([...NODE_TYPE_ORDER].sort()).toEqual([...NODE_LABELS].sort());
    expect(NODE_TYPE_ORDER).toEqual(['Alliance', 'Organisation', 'Person', 'Partnership', 'Theme', 'Event', 'Area']);
  });
});

describe('size measures', () => {
  it('offers degree, betweenness and PageRank, each giving a value per node', () => {
    expect(SIZE_MEASURES.map((m) => m.id)).toEqual(['degree', 'betweenness', 'pagerank']);
    for (const measure of SIZE_MEASURES) {
      const values = measure.compute(data, withDefaults(measure.parameters));
      expect(Object.keys(values).sort()).toEqual(data.nodes().sort());
    }
  });

  it('ranks the hub first by degree and the bridge first by betweenness', () => {
    const degree = sizeMeasure('degree').compute(data, {});
    expect(degree['org-providence']).toBe(6);
    const between = sizeMeasure('betweenness').compute(data, {});
    const top = Object.entries(between).sort((a, b) => b[1] - a[1])[0][0];
    expect(['org-providence', 'org-caius', 'area-london', 'alliance-b']).toContain(top);
    expect(between['org-lonely']).toBe(0);
  });

  it('maps values onto circle sizes within the bounds', () => {
    const sizes = sizesFromValues({ a: 0, b: 4, c: 16 });
    expect(sizes.a).toBe(MIN_NODE_SIZE);
    expect(sizes.c).toBe(MAX_NODE_SIZE);
    expect(sizes.b).toBeCloseTo(MIN_NODE_SIZE + 0.5 * (MAX_NODE_SIZE - MIN_NODE_SIZE));
    const linear = sizesFromValues({ a: 0, b: 4, c: 16 }, 'linear');
    expect(linear.b).toBeCloseTo(MIN_NODE_SIZE + 0.25 * (MAX_NODE_SIZE - MIN_NODE_SIZE));
  });

  it('fills in and clamps parameters', () => {
    const pagerank = sizeMeasure('pagerank');
    expect(withDefaults(pagerank.parameters, { alpha: 3, scale: 'nonsense' })).toEqual({ scale: 'sqrt', alpha: 0.95 });
  });
});

describe('colourings', () => {
  it('colour every node and list each colour in the legend', () => {
    for (const entry of COLOURINGS) {
      const result = entry.colour({ data, facets }, withDefaults(entry.parameters));
      expect(Object.keys(result.byNode).length).toBe(data.order);
      const legendColours = new Set(result.legend.map((l) => l.color));
      for (const colour of Object.values(result.byNode)) expect(legendColours.has(colour)).toBe(true);
      const total = result.legend.reduce((s, l) => s + l.count, 0);
      expect(total).toBe(data.order);
    }
  });

  it('colours by theme with a theme name in the legend', () => {
    const result = colouring('theme').colour({ data, facets }, {});
    expect(result.keyByNode['org-providence']).toBe('theme-youth');
    expect(result.legend.find((l) => l.key === 'theme-youth')).toMatchObject({ label: 'Youth', nodeId: 'theme-youth', count: 4 });
    expect(result.legend.find((l) => l.key === '∅')!.label).toBe('No theme recorded');
  });

  it('colours by tier, core first', () => {
    const result = colouring('tier').colour({ data, facets }, {});
    expect(result.legend.map((l) => l.key)).toEqual(['alliance', 'core', 'delivery partner', '∅']);
    expect(result.keyByNode['org-caius']).toBe('delivery partner');
  });

  it('colours by neighbourhood or by the wider area', () => {
    const local = colouring('area').colour({ data, facets }, { level: 'local' });
    const wide = colouring('area').colour({ data, facets }, { level: 'wide' });
    expect(local.keyByNode['org-providence']).toBe('area-battersea');
    expect(local.keyByNode['area-london']).toBe('area-london');
    // London holds every located node here, so "wide" stops at the borough rather than painting all one colour.
    expect(wide.keyByNode['org-providence']).toBe('area-battersea');
    expect(wide.keyByNode['org-foodbank']).toBe('area-hackney');
  });
});

describe('ties', () => {
  it('groups tie types into kinds a community worker names', () => {
    expect(tieKind('MEMBER_OF').id).toBe('formal');
    expect(tieKind('FUNDS').id).toBe('funding');
    expect(tieKind('CONNECTED_WITH').id).toBe('informal');
    expect(tieKind('LOCATED_IN').id).toBe('context');
  });

  it('fans parallel ties apart and keeps lone ones straight', () => {
    expect(tieShape(null, null, null)).toEqual({ type: 'straight', curvature: 0 });
    expect(tieShape(0, -1, 1)).toEqual({ type: 'straight', curvature: 0 });
    const left = tieShape(-1, -1, 1);
    const right = tieShape(1, -1, 1);
    expect(left.type).toBe('curved');
    expect(left.curvature).toBeCloseTo(-right.curvature);
    expect(parallelCurvature(2, 2)).toBeGreaterThan(parallelCurvature(1, 2));
  });
});

describe('display graph', () => {
  const appearance = { sizes: { 'org-providence': 20 }, colors: { 'org-providence': '#ff0000' }, groups: { 'org-providence': 'x' } };

  it('is built from the data without changing it, and takes new appearance in place', () => {
    const before = JSON.stringify(data.export());
    const display = buildDisplayGraph(data, appearance, {});
    expect(display.order).toBe(data.order);
    expect(display.getNodeAttribute('org-providence', 'color')).toBe('#ff0000');
    applyAppearance(display, { sizes: { 'org-providence': 8 }, colors: {}, groups: {} });
    expect(display.getNodeAttribute('org-providence', 'size')).toBe(8);
    expect(display.getNodeAttribute('org-providence', 'color')).toBe('#ff0000');
    expect(JSON.stringify(data.export())).toBe(before);
  });

  it('takes in expanded nodes next to their neighbours', () => {
    const display = buildDisplayGraph(data, appearance, { 'org-providence': { x: 100, y: 100 } });
    const graph = data.copy();
    mergeInto(graph, {
      nodes: [{ key: 'org-new', attributes: { name: 'New Org', nodeType: 'Organisation' } }],
      edges: [{ key: 'tnew', source: 'org-new', target: 'org-providence', attributes: { tieType: 'CONNECTED_WITH' } }],
    });
    const added = syncDisplayGraph(display, graph, appearance);
    expect(added).toEqual(['org-new']);
    expect(display.hasEdge('tnew')).toBe(true);
    expect(Math.abs(display.getNodeAttribute('org-new', 'x') - 100)).toBeLessThan(5);
    const renamed = data.copy();
    renamed.setNodeAttribute('org-caius', 'label', 'Caius House Trust');
    syncDisplayGraph(display, renamed, appearance);
    expect(display.getNodeAttribute('org-caius', 'label')).toBe('Caius House Trust');
    renamed.dropEdge(renamed.edges()[0]);
    syncDisplayGraph(display, renamed, appearance);
    expect(display.size).toBe(renamed.size);
  });
});

describe('emphasis through reducers', () => {
  const attrs: DisplayNodeAttributes = { x: 0, y: 0, size: 5, label: 'A', color: '#123456', ringColor: '#000', type: 'ring', nodeType: 'Organisation', group: 'g' };
  const edge = { size: 1, color: '#999', tieType: 'FUNDS' as const, type: 'straight' as const, curvature: 0 };

  it('hides what the filters leave out', () => {
    const e = { ...NO_EMPHASIS, visibleNodes: new Set(['a']), visibleEdges: new Set<string>() };
    expect(reduceNode('b', attrs, e).hidden).toBe(true);
    expect(reduceNode('a', attrs, e).hidden).toBeUndefined();
    expect(reduceEdge('e1', edge, 'a', 'a', e).hidden).toBe(true);
  });

  it('dims outside the focus and lights the selected node', () => {
    const e = { ...NO_EMPHASIS, focus: new Set(['a', 'b']), selected: 'a' };
    expect(reduceNode('c', attrs, e).color).not.toBe(attrs.color);
    expect(reduceNode('c', attrs, e).label).toBe('');
    expect(reduceNode('a', attrs, e)).toMatchObject({ highlighted: true, forceLabel: true, color: attrs.color });
    expect(reduceEdge('e1', edge, 'a', 'c', e).color).not.toBe(edge.color);
    expect(reduceEdge('e1', edge, 'a', 'b', e).color).toBe(edge.color);
  });

  it('draws a found path in red over everything else', () => {
    const e = { ...NO_EMPHASIS, path: { nodes: new Set(['a', 'b']), edges: new Set(['p1']) } };
    expect(reduceEdge('p1', edge, 'a', 'b', e)).toMatchObject({ size: 3, zIndex: 2 });
    expect(reduceNode('z', attrs, e).label).toBe('');
  });
});
