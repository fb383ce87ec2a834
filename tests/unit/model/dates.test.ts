import { describe, expect, it } from 'vitest';
import { DATE_PATTERN, dayBound, endTime, endsBeforeStart, isDate, parseDate } from '../../../graph-service/src/model/dates.ts';
import { factStatusOn } from '../../../graph-service/src/model/time.ts';

describe('the one date type', () => {
  it('reads a year, a month or a day, on the real calendar', () => {
    expect(parseDate('2019')).toEqual({ year: 2019, precision: 'year' });
    expect(parseDate('2020-03')).toEqual({ year: 2020, month: 3, precision: 'month' });
    expect(parseDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29, precision: 'day' });
    expect(parseDate('2021-05-04T10:30:00.000Z')).toMatchObject({ precision: 'day', day: 4 });
    for (const wrong of ['2020-13', '2021-02-29', '2021-02-31', '2021-04-31', '2020-00', '20', '08/10/2021', 'soon', '', null]) expect(isDate(wrong), String(wrong)).toBe(false);
  });

  it('exports the shape as a JSON Schema pattern that agrees on the shape', () => {
    const shape = new RegExp(DATE_PATTERN);
    expect(['2019', '2019-12', '2019-12-31'].every((d) => shape.test(d))).toBe(true);
    expect(['2019-13', '2019-1', '19'].some((d) => shape.test(d))).toBe(false);
  });

  it('knows the first and last day a date covers', () => {
    expect(dayBound('2019', 'start')).toBe('2019-01-01');
    expect(dayBound('2019', 'end')).toBe('2019-12-31');
    expect(dayBound('2024-02', 'end')).toBe('2024-02-29');
    expect(endTime('2020')).toBe(Date.UTC(2021, 0, 1) - 1);
  });

  it('compares each side at its own precision: "2022" as an until holds through 2022', () => {
    expect(factStatusOn('2022-12-31')('2020', '2022')).toBe('holds');
    expect(factStatusOn('2023-01-01')('2020', '2022')).toBe('ended');
    expect(factStatusOn('2021-10-01')('2021-10', undefined)).toBe('holds');
    expect(factStatusOn('2021-09-30')('2021-10', undefined)).toBe('not-begun');
    expect(factStatusOn('2019')('2019-05', undefined)).toBe('not-begun');
    expect(factStatusOn('1900-01-01')(undefined, undefined)).toBe('undated');
    expect(factStatusOn(null)('2030', undefined)).toBe('holds');
    expect(endsBeforeStart('2020-05', '2020')).toBe(false);
    expect(endsBeforeStart('2020-05', '2020-04')).toBe(true);
  });
});
