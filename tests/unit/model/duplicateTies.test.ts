/** The duplicate-tie rule: a second tie of one type between the same two nodes only for a period that does not overlap the first's. */
import { describe, expect, it } from 'vitest';
import { duplicateTie, periodsOverlap, sameEnds } from '../../../graph-service/src/model/rules/index.ts';

const funds = (since?: string, until?: string) => ({ id: `f-${since ?? 'x'}`, from: 'org-a', to: 'org-b', since, until });

describe('periods', () => {
  it('reads each date at its own precision: "until 2022" and "since 2023" do not overlap, "until 2022" and "since 2022-06" do', () => {
    expect(periodsOverlap({ since: '2021-04', until: '2022' }, { since: '2023' })).toBe(false);
    expect(periodsOverlap({ since: '2021-04', until: '2022' }, { since: '2022-06' })).toBe(true);
    expect(periodsOverlap({ since: '2023' }, { since: '2021', until: '2022-12-31' })).toBe(false);
  });

  it('treats a missing date as open at that end, so an undated tie overlaps everything', () => {
    expect(periodsOverlap({}, { since: '2023', until: '2024' })).toBe(true);
    expect(periodsOverlap({ until: '2020' }, { since: '2019' })).toBe(true);
    expect(periodsOverlap({ until: '2020' }, { since: '2021' })).toBe(false);
  });
});

describe('duplicate ties', () => {
  it('finds the tie a new one repeats, and lets a later period through', () => {
    const first = funds('2021-04', '2022');
    expect(duplicateTie('FUNDS', { from: 'org-a', to: 'org-b', since: '2021' }, [first])).toBe(first);
    expect(duplicateTie('FUNDS', { from: 'org-a', to: 'org-b' }, [first])).toBe(first);
    expect(duplicateTie('FUNDS', { from: 'org-a', to: 'org-b', since: '2023' }, [first])).toBeUndefined();
  });

  it('reads a symmetric type either way round, a directed one only its own way', () => {
    const tie = { from: 'org-a', to: 'org-b' };
    expect(sameEnds('CONNECTED_WITH', { from: 'org-b', to: 'org-a' }, tie)).toBe(true);
    expect(sameEnds('FUNDS', { from: 'org-b', to: 'org-a' }, tie)).toBe(false);
    expect(duplicateTie('FUNDS', { from: 'org-b', to: 'org-a' }, [tie])).toBeUndefined();
    expect(duplicateTie('CONNECTED_WITH', { from: 'org-b', to: 'org-a' }, [tie])).toBe(tie);
  });

  it('keeps two ties of a type described by a detail apart when the details differ', () => {
    const partnership = { from: 'org-a', to: 'org-b', description: 'partnership' };
    expect(duplicateTie('CONNECTED_WITH', { from: 'org-a', to: 'org-b', description: 'runs' }, [partnership])).toBeUndefined();
    expect(duplicateTie('CONNECTED_WITH', { from: 'org-b', to: 'org-a', description: 'partnership ' }, [partnership])).toBe(partnership);
    expect(duplicateTie('CONNECTED_WITH', { from: 'org-a', to: 'org-b' }, [{ from: 'org-a', to: 'org-b' }])).toBeDefined();
    // FUNDS has no detail property: its amount does not make a second grant over the same time.
    expect(duplicateTie('FUNDS', { from: 'org-a', to: 'org-b', amount: 5 }, [{ from: 'org-a', to: 'org-b', amount: 9 }])).toBeDefined();
  });
});
