/** The one freshness rule: dates around the age, precision, history kinds, ended facts, words. */
import { describe, expect, it } from 'vitest';
import { freshnessCutoff, freshnessOn, isStale, stalePanelWords, staleReason } from '../../../graph-service/src/model/freshness.ts';

describe('freshness rule', () => {
  const judge = freshnessOn('2026-06-15', 12);
  const org = (lastConfirmed?: string, until?: string) => judge('node', 'Organisation', { lastConfirmed, until });

  it('the cut-off is the same day the age before, clamped to the month end', () => {
    expect(freshnessCutoff('2026-06-15', 12)).toBe('2025-06-15');
    expect(freshnessCutoff('2026-03-31', 1)).toBe('2026-02-28');
    expect(freshnessCutoff('2024-03-31', 1)).toBe('2024-02-29');
    expect(freshnessCutoff('2026-01-10', 13)).toBe('2024-12-10');
  });

  it('a fact confirmed on the cut-off day is fresh; the day before, stale', () => {
    expect(org('2025-06-15').state).toBe('fresh');
    expect(org('2025-06-14')).toEqual({ state: 'stale', lastConfirmed: '2025-06-14', ageMonths: 12 });
    expect(org('2026-06-15').state).toBe('fresh');
  });

  it('a month or a year counts as its last day', () => {
    expect(org('2025-06').state).toBe('fresh');
    expect(org('2025-05').state).toBe('stale');
    expect(org('2025').state).toBe('fresh');
    expect(org('2024').state).toBe('stale');
  });

  it('never confirmed is stale; history kinds and ended facts are never judged', () => {
    expect(org(undefined)).toEqual({ state: 'never-confirmed' });
    expect(isStale(org(undefined))).toBe(true);
    expect(judge('node', 'Event', {}).state).toBe('history');
    expect(judge('tie', 'ATTENDED', {}).state).toBe('history');
    expect(judge('tie', 'FUNDS', { lastConfirmed: '2020-01-01' }).state).toBe('stale');
    expect(org('2020-01-01', '2026-06-14').state).toBe('history');
    expect(org('2020-01-01', '2026-06-15').state).toBe('stale');
  });

  it('says why in plain words', () => {
    expect(staleReason(org('2025-04-03'))).toBe('last confirmed 3 Apr 2025, 14 months ago');
    expect(staleReason(org('2022-01'))).toBe('last confirmed Jan 2022, 4 years ago');
    expect(staleReason(org(undefined))).toBe('never confirmed');
    expect(stalePanelWords(org('2024-03-03'), 12)).toBe("Last confirmed 3 Mar 2024, older than this map's 12 months. If it is still true, say so.");
    expect(stalePanelWords(org('2026-01-01'), 12)).toBeUndefined();
  });
});
