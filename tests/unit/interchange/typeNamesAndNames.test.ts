import { describe, expect, it } from 'vitest';
import { NameIndex, normaliseName } from '../../../graph-service/src/interchange/plan/names.ts';
import { matchNodeLabel, matchTieType } from '../../../graph-service/src/interchange/typeNames.ts';

describe('type names', () => {
  it.each([['organisation', 'Organisation'], ['Organization', 'Organisation'], ['org', 'Organisation'], ['PEOPLE', 'Person'], ['network', 'Alliance'], ['Topic', 'Theme']])('element type %s is %s', (text, label) => {
    expect(matchNodeLabel(text)).toEqual({ ok: true, value: label });
  });

  it.each([['funds', 'FUNDS'], ['funding', 'FUNDS'], ['member of', 'MEMBER_OF'], ['works-on', 'WORKS_ON'], ['Connected', 'CONNECTED_WITH'], ['located_in', 'LOCATED_IN']])('connection type %s is %s', (text, type) => {
    expect(matchTieType(text)).toEqual({ ok: true, value: type });
  });

  it('rejects anything else with the accepted names', () => {
    expect(matchNodeLabel('Spaceship')).toEqual({ ok: false, reason: 'type "Spaceship" is not an element type; use one of Organisation, Person, Theme, Partnership, Event, Area, Alliance' });
    expect(matchTieType('hates')).toMatchObject({ ok: false, reason: expect.stringMatching(/^type "hates" is not a connection type; use one of MEMBER_OF/) });
  });
});

describe('name matching', () => {
  const index = new NameIndex();
  index.add('org-providence-house', 'Providence House', ['Providence']);
  index.add('org-st-marks', "St. Mark's Centre");
  index.add('org-club-2', 'Riverside Youth Club 2');

  it('matches after normalisation, and by alias', () => {
    expect(normaliseName("  St. Mark’s  Café & Bar ")).toBe('st marks cafe and bar');
    expect(index.find('st marks centre')).toEqual({ kind: 'name', ids: ['org-st-marks'] });
    expect(index.find('PROVIDENCE')).toEqual({ kind: 'alias', ids: ['org-providence-house'] });
  });

  it('finds near duplicates: word order, legal suffixes, one-letter typos', () => {
    for (const name of ['House Providence', 'The Providence House Ltd', 'Providence Hosue', 'Providence Houses', 'Provldence House']) {
      expect(index.find(name), name).toEqual({ kind: 'near-duplicate', ids: ['org-providence-house'] });
    }
  });

  it('never matches names whose numbers differ, or names far apart', () => {
    expect(index.find('Riverside Youth Club 3')).toBeUndefined();
    expect(index.find('Riverside Youth Club 2')).toEqual({ kind: 'name', ids: ['org-club-2'] });
    expect(index.find('Lantern Trust')).toBeUndefined();
    expect(index.find('Providence')).toMatchObject({ kind: 'alias' });
  });
});
