/**
 * The network over time (analysis/time): growth figures on a date, two dates compared and the trend,
 * on a small alliance whose every figure is worked out by hand below.
 */
import { describe, expect, it } from 'vitest';
import { analyseScope, NO_SCOPE_FILTERS, type ScopeFilters } from '../../../graph-service/src/analysis/index.ts';
import { compareDates, DateOrderError, figuresOn, growthTrend } from '../../../graph-service/src/analysis/time/index.ts';
import { datedAlliance as alliance } from './timeAlliance.ts';

const data = alliance();
const filters = (chosen: Partial<ScopeFilters> = {}): ScopeFilters => ({ ...NO_SCOPE_FILTERS, ...chosen });
const ids = (refs: { id: string }[]) => refs.map((r) => r.id);

describe('growth figures on a date', () => {
  it('counts the organisation network of that day: A, B and G before the event', () => {
    const before = figuresOn(data, filters({ asOf: '2021-10-07' }));
    expect(before).toMatchObject({ date: '2021-10-07', organisations: 3, workingTies: 2, isolated: 0, components: 1, clustering: 0, coreMembers: 2, nearCore: 1, nearCoreCount: 3, undatedTies: 1 });
    expect(before.averageDegree).toBeCloseTo(4 / 3);
    expect(before.bridgingTies).toBeGreaterThanOrEqual(0);
    expect(before.bridgingTies).toBeLessThanOrEqual(before.workingTies);
  });

  it('agrees with the health figures of the same scope', () => {
    for (const asOf of ['2019', '2021-10-08', '2022-03-31']) {
      const { health } = analyseScope(data, filters({ asOf }));
      const figures = figuresOn(data, filters({ asOf }));
      expect([figures.organisations, figures.workingTies, figures.isolated, figures.components], asOf).toEqual([health.organisations, health.ties, health.isolated, health.components]);
      expect(figures.clustering).toBeCloseTo(health.averageClustering);
    }
  });

  it('counts undated ties as holding when asked: F joins through its tie to B', () => {
    const counted = figuresOn(data, filters({ asOf: '2021-10-07', undated: true }));
    expect(counted).toMatchObject({ organisations: 4, workingTies: 3, nearCoreCount: 4, undatedTies: 1 });
  });

  it('needs a date', () => {
    expect(() => figuresOn(data, filters())).toThrow(/needs a date/);
  });
});

describe('compare two dates', () => {
  const result = compareDates(data, filters(), '2021-10-07', '2022-03-31');

  it('gives both days\' figures', () => {
    expect(result.after).toMatchObject({ date: '2022-03-31', organisations: 4, workingTies: 3, isolated: 0, components: 1, coreMembers: 2, nearCoreCount: 4, nearCore: 1 });
    expect(result.after.averageDegree).toBeCloseTo(1.5);
  });

  it('lists the ties that began and ended, with their dates, basis and the event they came from', () => {
    expect(ids(result.added.ties)).toEqual([
      'ATTENDED:org-c->event-e', 'ATTENDED:org-d->event-e', 'HOSTED:org-a->event-e', 'CONNECTED_WITH:org-c->org-a', 'MEMBER_OF:org-d->alliance-x', 'CONNECTED_WITH:org-d->org-c',
    ]);
    expect(result.added.ties[0]).toEqual({
      id: 'ATTENDED:org-c->event-e', tieType: 'ATTENDED', since: '2021-10-08', dateBasis: 'presented on 8 Oct 2021',
      from: { id: 'org-c', name: 'Org C', nodeType: 'Organisation' }, to: { id: 'event-e', name: 'Event E', nodeType: 'Event' },
    });
    expect(result.added.ties.find((t) => t.id === 'CONNECTED_WITH:org-c->org-a')?.madeAt).toEqual({ id: 'event-e', name: 'Event E', nodeType: 'Event' });
    expect(ids(result.ended.ties)).toEqual(['FUNDS:org-a->org-g']);
    expect(result.ended.ties[0]).toMatchObject({ since: '2018', until: '2021-12' });
  });

  it('lists organisations that came and went, and members by tier', () => {
    expect(ids(result.added.organisations)).toEqual(['org-c', 'org-d']);
    expect(ids(result.ended.organisations)).toEqual(['org-g']);
    expect(result.added.members).toEqual([{ tier: 'delivery partner', organisations: [{ id: 'org-d', name: 'Org D', nodeType: 'Organisation' }] }]);
    expect(result.ended.members).toEqual([]);
  });

  it('says it in words, presenters gaining their first tie to the core group included', () => {
    expect(result.summary[0]).toBe('Between 7 Oct 2021 and 31 Mar 2022, organisations went from 3 to 4, working ties went from 2 to 3 and isolated organisations stayed at 0.');
    expect(result.summary).toContain('6 ties began and 1 tie ended.');
    expect(result.summary).toContain('1 organisation became delivery partner members: Org D.');
    expect(result.summary).toContain('1 organisation gained its first working tie to a core-group member: Org C.');
    expect(result.summary).toContain('1 of the 2 presenters at Event E (8 Oct 2021) gained their first tie to a core member.');
    expect(result.summary).toContain('1 tie with no known start is left out of these figures.');
  });

  it('describes the later day\'s scope and refuses dates the wrong way round', () => {
    expect(result.scope).toMatchObject({ undatedTies: 1, filtered: true });
    expect(() => compareDates(data, filters(), '2022', '2021-12')).toThrow(DateOrderError);
  });

  it('keeps to the other filters', () => {
    const informal = compareDates(data, filters({ tieTypes: ['CONNECTED_WITH'] }), '2021-10-07', '2022-03-31');
    expect(ids(informal.added.ties)).toEqual(['CONNECTED_WITH:org-c->org-a', 'CONNECTED_WITH:org-d->org-c']);
    expect(informal.added.members).toEqual([]);
  });
});

describe('the growth trend', () => {
  it('by event: the network on each event\'s day', () => {
    const trend = growthTrend(data, filters(), { by: 'event' });
    expect(trend.points.map((p) => [p.label, p.date, p.event?.id])).toEqual([['Event E', '2021-10-08', 'event-e']]);
    expect(trend.points[0].figures).toMatchObject({ organisations: 5, workingTies: 2, isolated: 2 });
  });

  it('by quarter: the end of every quarter the record spans, the last one the compare\'s later day', () => {
    const trend = growthTrend(data, filters(), { by: 'quarter' });
    expect(trend.points).toHaveLength(25);
    expect(trend.points[0]).toMatchObject({ label: '2016 Q1', date: '2016-03-31' });
    expect(trend.points.at(-1)).toMatchObject({ label: '2022 Q1', date: '2022-03-31' });
    expect(trend.points.at(-1)?.figures).toEqual(compareDates(data, filters(), '2021-10-07', '2022-03-31').after);
    expect(trend.summary[0]).toBe('Between the end of 2016 Q1 and the end of 2022 Q1, organisations went from 2 to 4, working ties went from 0 to 3 and isolated organisations went from 2 to 0.');
  });

  it('keeps to from and to', () => {
    const trend = growthTrend(data, filters(), { by: 'quarter', from: '2021-10', to: '2021-12-31' });
    expect(trend.points.map((p) => p.label)).toEqual(['2021 Q4']);
    expect(growthTrend(data, filters(), { by: 'event', from: '2022' }).points).toEqual([]);
  });
});
