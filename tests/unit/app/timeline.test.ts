import { describe, expect, it } from 'vitest';
import { computeVisibility, NO_FILTERS } from '../../../app/src/core/filters';
import { buildFacetIndex, dataGraphFromJSON } from '../../../app/src/core/graph';
import { arrivalsBetween, asOfForBin, asOfWords, binIndexOf, fadeColour, fadeProgress, fadeSize, noArrivals, pruneArrivals, timelineOf, undatedEdge, undatedNode, NO_TIME_LOOK, UNDATED_EDGE } from '../../../app/src/core/time';
import { NO_EMPHASIS } from '../../../app/src/core/appearance';
import { playStart, stepMs } from '../../../app/src/time/playback';
import { fixture as fixtureGraph } from './fixture';

const graphOf = (ties: [string, string, Record<string, unknown>][]) =>
  dataGraphFromJSON({
    nodes: ['a', 'b', 'c'].map((key) => ({ key, attributes: { nodeType: 'Organisation', name: key.toUpperCase() } })),
    edges: ties.map(([source, target, attributes]) => ({ source, target, attributes: { tieType: 'CONNECTED_WITH', ...attributes } })),
  });

describe('the timeline histogram', () => {
  it('bins starts and ends by month over a short span, and counts undated ties apart', () => {
    const t = timelineOf(graphOf([['a', 'b', { since: '2021-10-08' }], ['b', 'c', { since: '2021-11', until: '2022-01-15' }], ['a', 'c', {}]]));
    expect(t.by).toBe('month');
    expect(t.bins.slice(0, 4).map((b) => b.label)).toEqual(['Oct 2021', 'Nov 2021', 'Dec 2021', 'Jan 2022']);
    expect(t.bins.slice(0, 4).map((b) => [b.began, b.ended])).toEqual([[1, 0], [1, 0], [0, 0], [0, 1]]);
    // At least a year is shown, so the slider has somewhere to go.
    expect(t.bins).toHaveLength(12);
    expect(t.bins.at(-1)?.label).toBe('Sep 2022');
    expect(t.undated).toBe(1);
    expect(t.dated).toBe(2);
    expect(t.bins[3]).toMatchObject({ start: '2022-01-01', end: '2022-01-31' });
  });

  it('bins by quarter over a long span; a year counts in its first month', () => {
    const t = timelineOf(graphOf([['a', 'b', { since: '2016' }], ['b', 'c', { since: '2023-05-17' }]]));
    expect(t.by).toBe('quarter');
    expect(t.bins[0]).toMatchObject({ label: 'Q1 2016', start: '2016-01-01', end: '2016-03-31', began: 1 });
    expect(t.bins.at(-1)).toMatchObject({ label: 'Q2 2023', began: 1 });
    expect(t.bins).toHaveLength(30);
  });

  it('has no bins when nothing is dated', () => {
    expect(timelineOf(graphOf([['a', 'b', {}]]))).toMatchObject({ bins: [], undated: 1, dated: 0 });
  });

  it('maps the slider to the last day of a bin and back', () => {
    const t = timelineOf(graphOf([['a', 'b', { since: '2021-10-08' }], ['b', 'c', { since: '2022-01' }]]));
    expect(asOfForBin(t, 0)).toBe('2021-10-31');
    expect(binIndexOf(t, '2021-10-31')).toBe(0);
    expect(binIndexOf(t, '2021-12')).toBe(2);
    expect(binIndexOf(t, '2020-01-01')).toBe(-1);
    expect(binIndexOf(t, null)).toBe(t.bins.length);
    expect(binIndexOf(t, '2030')).toBe(t.bins.length);
    expect(asOfWords('2021-10-31')).toBe('31 Oct 2021');
    expect(asOfWords(null)).toBe('the whole record');
  });
});

describe('growth, drawn', () => {
  it('finds what comes into the picture between two dates', () => {
    const data = fixtureGraph();
    const facets = buildFacetIndex(data);
    const before = computeVisibility(data, facets, { ...NO_FILTERS, asOf: '2020-01-01' });
    const after = computeVisibility(data, facets, { ...NO_FILTERS, asOf: '2021-06-01' });
    const arrivals = arrivalsBetween(before, after, 100);
    expect([...arrivals.nodes.keys()].sort()).toEqual([...after.nodes].filter((n) => !before.nodes.has(n)).sort());
    expect([...arrivals.edges.keys()]).toEqual([...after.edges].filter((e) => !before.edges.has(e)));
    expect(arrivals.nodes.has('org-caius')).toBe(true);
    expect(arrivalsBetween(null, after, 100).nodes.size).toBe(0);
  });

  it('fades from the background to the colour, eased, and prunes finished fades', () => {
    expect(fadeProgress(0, 0, 400)).toBe(0);
    expect(fadeProgress(0, 400, 400)).toBe(1);
    expect(fadeProgress(0, 200, 400)).toBeGreaterThan(0.5);
    expect(fadeColour('#000000', 0, '#ffffff')).toBe('#ffffff');
    expect(fadeColour('#000000', 0.5, '#ffffff')).toBe('#808080');
    expect(fadeColour('#123456', 1)).toBe('#123456');
    expect(fadeColour('rgba(0,0,0,0.5)', 0.2)).toBe('rgba(0,0,0,0.5)');
    expect(fadeSize(10, 0)).toBeCloseTo(3.5);
    expect(fadeSize(10, 1)).toBe(10);
    const arrivals = noArrivals();
    arrivals.nodes.set('a', 0);
    arrivals.edges.set('e', 300);
    expect(pruneArrivals(arrivals, 500, 400)).toBe(true);
    expect([...arrivals.nodes.keys(), ...arrivals.edges.keys()]).toEqual(['e']);
    expect(pruneArrivals(arrivals, 700, 400)).toBe(false);
  });

  it('draws undated ties thin and grey where their ends are drawn, hidden otherwise', () => {
    const look = { ...NO_TIME_LOOK(), undated: { nodes: new Set(['u']), edges: new Set(['e1', 'e2']) } };
    const emphasis = { ...NO_EMPHASIS, visibleNodes: new Set(['a']) };
    const edge = () => ({ size: 2, color: '#123456', tieType: 'CONNECTED_WITH' as const, type: 'straight' as const, curvature: 0 }) as Parameters<typeof undatedEdge>[1];
    const shown = edge();
    expect(undatedEdge('e1', shown, 'a', 'u', look, emphasis)).toBe(true);
    expect(shown).toMatchObject({ color: UNDATED_EDGE, size: 0.5 });
    const gone = edge();
    expect(undatedEdge('e2', gone, 'a', 'hidden-node', look, emphasis)).toBe(true);
    expect(gone.hidden).toBe(true);
    expect(undatedEdge('e3', edge(), 'a', 'u', look, emphasis)).toBe(false);
    const node = { x: 0, y: 0, size: 4, label: 'U', color: '#123456', ringColor: '#654321', type: 'ring' as const, nodeType: 'Organisation' as const, group: '' };
    expect(undatedNode('u', node, look)).toBe(true);
    expect(node.label).toBe('');
    expect(undatedNode('a', { ...node }, look)).toBe(false);
  });

  it('plays in steps that fit the run, from the slider when it stands part-way', () => {
    const bins = (n: number) => ({ by: 'month' as const, bins: Array.from({ length: n }, () => ({ start: '', end: '', label: '', began: 0, ended: 0 })), undated: 0, dated: 0 });
    expect(stepMs(bins(6))).toBe(700);
    expect(stepMs(bins(30))).toBe(300);
    expect(stepMs(bins(100))).toBe(250);
    expect(playStart(3, 10)).toBe(3);
    expect(playStart(9, 10)).toBe(0);
    expect(playStart(10, 10)).toBe(0);
    expect(playStart(-1, 10)).toBe(0);
  });
});
