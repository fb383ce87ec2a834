import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellDate, cellProperty, cellText } from '../../../graph-service/src/interchange/cells.ts';
import { checkFormula, neutraliseFormula } from '../../../graph-service/src/interchange/formula.ts';

describe('formula injection', () => {
  it.each(['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\tx', '\rx', '=HYPERLINK("http://evil.example")'])('refuses %j as a would-be formula', (text) => {
    expect(checkFormula(text)).toEqual({ kind: 'formula' });
    expect(neutraliseFormula(text)).toBe(`'${text}`);
  });

  it('lets plain numbers through, including negative ones', () => {
    expect(checkFormula('-5')).toEqual({ kind: 'text', value: '-5' });
    expect(checkFormula('+44')).toEqual({ kind: 'text', value: '+44' });
  });

  it('reads an apostrophe-escaped formula back as text', () => {
    expect(checkFormula("'=1+1")).toEqual({ kind: 'escaped', value: '=1+1' });
  });

  it('neutralised text always reads back as the same text, never as a formula', () => {
    fc.assert(fc.property(fc.string(), (text) => {
      const checked = checkFormula(neutraliseFormula(text));
      expect(checked.kind).not.toBe('formula');
      expect('value' in checked && checked.value).toBe(text);
    }));
  });
});

describe('cells', () => {
  it('refuses contact details and explains why', () => {
    expect(cellText('ring 07700 900123', 'notes').problem).toMatch(/phone number; Atlas keeps people by name and role only/);
    expect(cellText('jo@example.org', 'notes').problem).toMatch(/e-mail/);
  });

  it('reads dates as YYYY, YYYY-MM or YYYY-MM-DD and explains other spellings', () => {
    expect(cellDate('2016', 'since').value).toBe('2016');
    expect(cellDate(2016, 'since').value).toBe('2016');
    expect(cellDate(new Date(Date.UTC(2021, 9, 8)), 'since').value).toBe('2021-10-08');
    expect(cellDate('08/10/2021', 'since').problem).toMatch(/"since" is "08\/10\/2021", which is not a date; write it as YYYY/);
  });

  it('infers numbers and true/false in CSV text, but keeps typed cells, dates and escaped text as they are', () => {
    expect(cellProperty('12', 'volunteers', false).value).toBe(12);
    expect(cellProperty('TRUE', 'lead', false).value).toBe(true);
    expect(cellProperty('007', 'code', false).value).toBe('007');
    expect(cellProperty('2014', 'date', false).value).toBe('2014');
    expect(cellProperty('12', 'volunteers', false, true).value).toBe('12');
    expect(cellProperty("'-5", 'note', false).value).toBe('-5');
    expect(cellProperty('a | b;c', 'agreedActions', true).value).toEqual(['a', 'b', 'c']);
  });
});

describe('contact details', () => {
  it('recognises every e-mail address fast-check can make, including unusual local parts', () => {
    fc.assert(fc.property(fc.emailAddress(), (address) => {
      expect(cellText(`write to ${address}`, 'notes').problem).toMatch(/e-mail address/);
    }), { numRuns: 500 });
  });
});
