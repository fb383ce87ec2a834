/** The health report's trend section: per event or per quarter, a table, a sparkline, the change in words. */
import { describe, expect, it } from 'vitest';
import { NO_SCOPE_FILTERS } from '../../../graph-service/src/analysis/index.ts';
import { REPORT_TREND_ROWS, renderTrendSection, reportTrend, sparkline } from '../../../graph-service/src/report/trendSection.ts';
import { datedAlliance } from './timeAlliance.ts';

const data = datedAlliance();

describe('the report\'s trend', () => {
  it('goes by quarter when the map has fewer than two dated events, and says what changed over its span', () => {
    const { trend, summary } = reportTrend(data, NO_SCOPE_FILTERS);
    expect(trend.by).toBe('quarter');
    expect(trend.points.at(-1)?.label).toBe('2022 Q1');
    expect(summary[0]).toBe('Between 31 Mar 2016 and 31 Mar 2022, organisations went from 2 to 4, working ties went from 0 to 3 and isolated organisations went from 2 to 0.');
    expect(summary).toContain('1 of the 2 presenters at Event E (8 Oct 2021) gained their first tie to a core member.');
  });

  it('goes by event when the map records a few, from the day before the first', () => {
    const withTwo = data.copy();
    withTwo.addNode('event-f', { nodeType: 'Event', name: 'Event F', date: '2022-03-01' });
    const { trend, summary } = reportTrend(withTwo, NO_SCOPE_FILTERS);
    expect(trend.by).toBe('event');
    expect(trend.points.map((p) => p.label)).toEqual(['Event E', 'Event F']);
    expect(summary[0]).toMatch(/^Between 7 Oct 2021 and 1 Mar 2022, organisations went from 3 to 4/);
  });

  it('ends on the report\'s date', () => {
    expect(reportTrend(data, { ...NO_SCOPE_FILTERS, asOf: '2021-06-30' }).trend.points.at(-1)?.label).toBe('2021 Q2');
  });

  it('renders a table of the latest points, a labelled sparkline and the words, all escaped', () => {
    const section = renderTrendSection(reportTrend(data, NO_SCOPE_FILTERS));
    expect(section).toContain('data-testid="report-trend"');
    expect(section).toContain('quarter by quarter');
    expect((section.match(/<tr><td>/g) ?? []).length).toBe(REPORT_TREND_ROWS);
    expect(section).toContain(`The latest ${REPORT_TREND_ROWS} of 25 quarters`);
    expect(section).toMatch(/<svg class="spark" role="img" aria-label="Organisations: 2 at 2016 Q1, 4 at 2022 Q1"/);
    const points = reportTrend(data, NO_SCOPE_FILTERS).trend.points.map((p) => ({ ...p, label: '<b>' }));
    expect(sparkline(points, (p) => p.figures.organisations, 'x')).not.toContain('<b>');
  });
});
