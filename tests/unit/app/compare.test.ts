/** The compare view's pure parts: event presets, figures side by side, the map's two colours, what an event led to, date words, the route's address and the store. */
import { describe, expect, it } from 'vitest';
import { NO_SCOPE_FILTERS } from '../../../graph-service/src/analysis/scope';
import { compareUrl } from '../../../app/src/compare/api';
import { figureRows } from '../../../app/src/compare/figures';
import { ADDED_COLOUR, ADDED_TIE_SIZE, compareEdge, compareHighlight, compareNode, ENDED_COLOUR } from '../../../app/src/compare/highlight';
import { ledTo } from '../../../app/src/compare/ledTo';
import { defaultRange, eventPreset, presetNodes, shiftDay, shiftMonths } from '../../../app/src/compare/presets';
import { createCompareStore } from '../../../app/src/compare/store';
import type { CompareAnswer, CompareRange, GrowthFigures } from '../../../app/src/compare/types';
import { datedWords, dateWords } from '../../../app/src/compare/words';
import { DIMMED_EDGE, DIMMED_NODE } from '../../../app/src/core/appearance';
import { dataGraphFromJSON } from '../../../app/src/core/graph';
import { store } from '../../../app/src/stores/store';

/** Battersea Together with two follow-ups, a programme, and ties made at them. */
function eventGraph() {
  return dataGraphFromJSON({
    nodes: [
      { key: 'event-bt', attributes: { nodeType: 'Event', name: 'Battersea Together', date: '2021-10-08' } },
      { key: 'event-f1', attributes: { nodeType: 'Event', name: 'Follow-up: Arts', date: '2021-11-18' } },
      { key: 'event-f2', attributes: { nodeType: 'Event', name: 'Follow-up: IT', date: '2022-03-24' } },
      { key: 'event-solo', attributes: { nodeType: 'Event', name: 'Strategy meeting', date: '2020-01' } },
      { key: 'event-undated', attributes: { nodeType: 'Event', name: 'Some meeting' } },
      { key: 'partnership-cafe', attributes: { nodeType: 'Partnership', name: 'World Café', since: '2021-10', until: '2023-05' } },
      { key: 'org-a', attributes: { nodeType: 'Organisation', name: 'Alpha' } },
      { key: 'org-b', attributes: { nodeType: 'Organisation', name: 'Beta' } },
      { key: 'org-c', attributes: { nodeType: 'Organisation', name: 'Gamma' } },
    ],
    edges: [
      { key: 'p1', source: 'event-f1', target: 'event-bt', attributes: { tieType: 'PART_OF' } },
      { key: 'p2', source: 'event-f2', target: 'event-bt', attributes: { tieType: 'PART_OF' } },
      { key: 't1', source: 'org-a', target: 'org-b', attributes: { tieType: 'CONNECTED_WITH', since: '2021-11-18', madeAt: 'event-bt', dateBasis: 'met at the Arts follow-up' } },
      { key: 't2', source: 'org-c', target: 'org-a', attributes: { tieType: 'CONNECTED_WITH', since: '2021-10-08', madeAt: 'event-bt' } },
      { key: 't3', source: 'org-b', target: 'org-c', attributes: { tieType: 'CONNECTED_WITH', madeAt: 'event-bt' } },
      { key: 't4', source: 'org-a', target: 'org-c', attributes: { tieType: 'CONNECTED_WITH', since: '2022', madeAt: 'partnership-cafe' } },
    ],
  });
}

const figures = (over: Partial<GrowthFigures>): GrowthFigures => ({
  date: '2021-10-07', organisations: 10, workingTies: 12, isolated: 3, components: 2, averageDegree: 2.4, clustering: 0.25, bridgingTies: 2, nearCore: 0.5, nearCoreCount: 5, coreMembers: 4, undatedTies: 1, ...over,
});

const ref = (id: string, name = id) => ({ id, name, nodeType: 'Organisation' });

function answer(): CompareAnswer {
  return {
    from: '2021-10-07', to: '2022-03-25', before: figures({}), after: figures({ date: '2022-03-25', organisations: 13, isolated: 1, averageDegree: 2.9, nearCore: 0.625 }),
    added: { ties: [{ id: 't1', tieType: 'CONNECTED_WITH', from: ref('org-a'), to: ref('org-b'), since: '2021-11-18' }], organisations: [ref('org-new')], members: [{ tier: 'delivery partner', organisations: [ref('org-dp')] }] },
    ended: { ties: [{ id: 't9', tieType: 'FUNDS', from: ref('org-f'), to: ref('org-c'), until: '2021-12' }], organisations: [], members: [] },
    summary: ['Between Oct 2021 and Mar 2022, 1 presenter gained a first tie to a core member.'],
    scope: { description: 'all 13 organisations', undatedTies: 2, undatedNodes: 0 },
  };
}

describe('day arithmetic', () => {
  it('moves days across months and years, and months within the month they land in', () => {
    expect(shiftDay('2021-10-08', -1)).toBe('2021-10-07');
    expect(shiftDay('2022-03-24', 1)).toBe('2022-03-25');
    expect(shiftDay('2022-01-01', -1)).toBe('2021-12-31');
    expect(shiftMonths('2021-10-08', 3)).toBe('2022-01-08');
    expect(shiftMonths('2022-01-31', 1)).toBe('2022-02-28');
    expect(shiftMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(shiftMonths('2022-03-31', -3)).toBe('2021-12-31');
  });
});

describe('before and after an event', () => {
  it('is the day before the event and the day after its last follow-up', () => {
    expect(eventPreset(eventGraph(), 'event-bt')).toEqual({ from: '2021-10-07', to: '2022-03-25', reason: 'follow-ups' });
  });
  it('without follow-ups: three months on from its first day, whatever its precision; a programme: to the day after it ended', () => {
    expect(eventPreset(eventGraph(), 'event-solo')).toEqual({ from: '2019-12-31', to: '2020-04-01', reason: 'months' });
    expect(eventPreset(eventGraph(), 'event-f1')).toEqual({ from: '2021-11-17', to: '2022-02-18', reason: 'months' });
    expect(eventPreset(eventGraph(), 'partnership-cafe')).toEqual({ from: '2021-09-30', to: '2023-06-01', reason: 'ended' });
  });
  it('an undated event has none, and the list of presets leaves out follow-ups and undated events', () => {
    expect(eventPreset(eventGraph(), 'event-undated')).toBeUndefined();
    expect(presetNodes(eventGraph()).map((p) => p.id)).toEqual(['event-solo', 'partnership-cafe', 'event-bt']);
  });
  it('opens on the as-of date and three months before it, or on today', () => {
    expect(defaultRange('2022-03', '2026-12-02')).toEqual({ from: '2021-12-01', to: '2022-03-01' });
    expect(defaultRange(null, '2026-12-02')).toEqual({ from: '2026-09-02', to: '2026-12-02' });
  });
});

describe('what an event led to', () => {
  it('lists the ties made at it, earliest first and undated last, with their dates and how they are known', () => {
    const led = ledTo(eventGraph(), 'event-bt');
    expect(led.map((t) => t.id)).toEqual(['t2', 't1', 't3']);
    expect(led[1]).toMatchObject({ from: { name: 'Alpha' }, to: { name: 'Beta' }, since: '2021-11-18', dateBasis: 'met at the Arts follow-up' });
    expect(ledTo(eventGraph(), 'partnership-cafe').map((t) => t.id)).toEqual(['t4']);
    expect(ledTo(eventGraph(), 'org-a')).toEqual([]);
  });
});

describe('dates in words', () => {
  it('keeps the precision recorded', () => {
    expect(dateWords('2021')).toBe('2021');
    expect(dateWords('2021-10')).toBe('Oct 2021');
    expect(dateWords('2021-10-08')).toBe('8 Oct 2021');
    expect(dateWords(undefined)).toBeUndefined();
  });
  it('says how a date is known, and "undated" without a start', () => {
    expect(datedWords('2021-10-08', undefined, 'attended on 8 Oct 2021')).toBe('since 8 Oct 2021 — attended on 8 Oct 2021');
    expect(datedWords('2016', '2020-03', undefined)).toBe('2016 – Mar 2020');
    expect(datedWords(undefined, undefined, 'not in the documents')).toBe('undated — not in the documents');
    expect(datedWords(undefined, '2022', undefined)).toBe('undated, until 2022');
    expect(datedWords(undefined, undefined, undefined)).toBe('undated');
  });
});

describe('growth figures side by side', () => {
  it('shows each figure on both dates with its difference', () => {
    const a = answer();
    const rows = Object.fromEntries(figureRows(a.before, a.after).map((r) => [r.key, r]));
    expect(rows.organisations).toMatchObject({ before: '10', after: '13', change: '+3', delta: 3 });
    expect(rows.isolated).toMatchObject({ change: '−2', delta: -2 });
    expect(rows.workingTies.change).toBe('no change');
    expect(rows.averageDegree).toMatchObject({ before: '2.4', after: '2.9', change: '+0.50' });
    expect(rows.clustering.before).toBe('0.25');
    expect(rows.nearCore).toMatchObject({ before: '50%', after: '63%', change: '+13 pts' });
    expect(figureRows(a.before, a.after).map((r) => r.key)).toEqual(['organisations', 'workingTies', 'isolated', 'components', 'averageDegree', 'clustering', 'bridgingTies', 'nearCore', 'coreMembers']);
  });
});

describe('the map in two colours', () => {
  const h = compareHighlight(answer());
  it('collects what changed and both ends of every changed tie', () => {
    expect([...h.addedTies]).toEqual(['t1']);
    expect([...h.endedTies]).toEqual(['t9']);
    expect([...h.addedNodes].sort()).toEqual(['org-dp', 'org-new']);
    expect([...h.bright].sort()).toEqual(['org-a', 'org-b', 'org-c', 'org-dp', 'org-f', 'org-new']);
  });
  it('colours added and ended ties apart by colour and by width, shows them even where the date hid them, and dims the rest', () => {
    expect(compareEdge('t1', { color: '#ccc', size: 1, hidden: true }, h)).toMatchObject({ color: ADDED_COLOUR, size: ADDED_TIE_SIZE, hidden: false });
    const ended = compareEdge('t9', { color: '#ccc', size: 1 }, h);
    expect(ended.color).toBe(ENDED_COLOUR);
    expect(ended.size).toBeLessThan(ADDED_TIE_SIZE);
    expect(compareEdge('t5', { color: '#ccc', size: 1 }, h).color).toBe(DIMMED_EDGE);
    // A tie the filters hide and the comparison does not name stays hidden.
    expect(compareEdge('t5', { color: '#ccc', size: 1, hidden: true }, h).hidden).toBe(true);
  });
  it('rings added organisations and dims the unchanged ones', () => {
    expect(compareNode('org-new', { color: '#123', ringColor: '#456', label: 'New', hidden: true }, h, null)).toMatchObject({ ringColor: ADDED_COLOUR, hidden: false, color: '#123' });
    expect(compareNode('org-a', { color: '#123', ringColor: '#456', label: 'A' }, h, null)).toMatchObject({ ringColor: '#456', label: 'A' });
    expect(compareNode('org-z', { color: '#123', ringColor: '#456', label: 'Z' }, h, null)).toMatchObject({ color: DIMMED_NODE, label: '' });
  });
});

describe('the route address', () => {
  it('carries the two dates and the other filters, never the as-of date', () => {
    const url = compareUrl('battersea-alliance', { from: '2021-10-07', to: '2022-03-25' }, { ...NO_SCOPE_FILTERS, areas: ['area-a', 'area-b'], asOf: '2020', undated: true });
    expect(url).toBe('/api/maps/battersea-alliance/compare?from=2021-10-07&to=2022-03-25&areas=area-a,area-b&undated=include');
  });
});

describe('the compare store', () => {
  it('asks again when the dates or filters change, keeps only the latest answer, and highlights it while shown on the map', async () => {
    const filters = store({ ...NO_SCOPE_FILTERS });
    const asked: { range: CompareRange; themes: string[] }[] = [];
    const pending: ((a: CompareAnswer) => void)[] = [];
    const fetcher = (_map: string, range: CompareRange, f: typeof NO_SCOPE_FILTERS) => {
      asked.push({ range, themes: f.themes });
      return new Promise<CompareAnswer>((resolve) => pending.push(resolve));
    };
    const compare = createCompareStore({ mapId: 'm', filters: { filters } } as never, fetcher);
    const stop = compare.start();
    expect(compare.state.get().status).toBe('idle');
    compare.range.set({ from: '2021-10-07', to: '2022-03-25' });
    filters.set({ ...NO_SCOPE_FILTERS, themes: ['theme-x'] });
    expect(asked.map((a) => a.themes)).toEqual([[], ['theme-x']]);
    // Moving the map's own date asks nothing: the two compared dates stand.
    filters.set({ ...NO_SCOPE_FILTERS, themes: ['theme-x'], asOf: '2022' });
    expect(asked).toHaveLength(2);
    // The first answer comes late, after the second request: it is dropped.
    pending[0]({ ...answer(), summary: ['old'] });
    await Promise.resolve();
    expect(compare.state.get().status).toBe('loading');
    pending[1](answer());
    await Promise.resolve();
    expect(compare.state.get()).toMatchObject({ status: 'ready', answer: { summary: answer().summary } });
    expect(compare.highlight.get()?.addedTies.has('t1')).toBe(true);
    compare.onMap.set(false);
    expect(compare.highlight.get()).toBeNull();
    compare.clear();
    expect(compare.state.get().status).toBe('idle');
    stop();
  });
});
