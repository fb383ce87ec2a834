import { describe, expect, it } from 'vitest';
import { errorFromResponse } from '../../../app/src/core/api/errors';
import { changesFromForm, conflictRows, fieldMessages, formFromEntity, validateForm } from '../../../app/src/core/edit';
import { buildFacetIndex } from '../../../app/src/core/graph';
import { layoutStamp, positionsFromSaved, positionsKey, savedFromPositions } from '../../../app/src/core/layout';
import { buildRows, nextSort, searchRows, sortRows } from '../../../app/src/core/table';
import { fixture } from './fixture';

const data = fixture();
const facets = buildFacetIndex(data);

describe('table rows', () => {
  const degree: Record<string, number> = Object.fromEntries(data.nodes().map((n) => [n, data.degree(n)]));
  const rows = buildRows(data, facets, null, null, degree, () => 'group');

  it('has one row per visible node with what the map knows', () => {
    expect(rows.length).toBe(data.order);
    const providence = rows.find((r) => r.id === 'org-providence')!;
    expect(providence).toMatchObject({ ties: 6, measure: 6, themes: 'Youth', areas: 'Battersea, London' });
    const filtered = buildRows(data, facets, new Set(['org-providence', 'org-funder']), new Set(), degree, () => '');
    expect(filtered.map((r) => r.ties)).toEqual([0, 0]);
  });

  it('sorts by any column, numbers biggest first, and flips on a second click', () => {
    expect(sortRows(rows, { key: 'measure', direction: 'desc' })[0].id).toBe('org-providence');
    expect(sortRows(rows, { key: 'name', direction: 'asc' })[0].name).toBe('Battersea');
    expect(nextSort({ key: 'name', direction: 'asc' }, 'ties')).toEqual({ key: 'ties', direction: 'desc' });
    expect(nextSort({ key: 'ties', direction: 'desc' }, 'ties')).toEqual({ key: 'ties', direction: 'asc' });
  });

  it('searches every word across the columns', () => {
    expect(searchRows(rows, 'youth organisation').map((r) => r.id).sort()).toEqual(['org-caius', 'org-providence']);
    expect(searchRows(rows, '')).toBe(rows);
  });
});

describe('edit form', () => {
  const entity = { id: 'org-x', name: 'Old name', description: 'About', aliases: ['A', 'B'], source: 'doc §1', since: '2016', version: 3 };
  const original = formFromEntity(entity);

  it('sends only what changed, with null for a cleared optional field', () => {
    expect(changesFromForm(original, original)).toEqual({});
    const edited = { ...original, name: ' New name ', description: '', aliases: 'A, C', until: '2020' };
    expect(changesFromForm(original, edited)).toEqual({ name: 'New name', description: null, aliases: ['A', 'C'], until: '2020' });
  });

  it('checks what it can before sending, in plain words', () => {
    const errors = validateForm({ ...original, name: ' ', since: '16th May', lastConfirmed: '2021' });
    expect(errors.map((e) => e.field)).toEqual(['name', 'since', 'lastConfirmed']);
    expect(validateForm({ ...original, since: '2020', until: '2019' })[0]).toMatchObject({ field: 'until' });
    expect(validateForm(original)).toEqual([]);
  });

  it('refuses dates that are not on the calendar: month 13, 31 February', () => {
    const original = formFromEntity({ name: 'Providence House', source: 'doc 1' });
    expect(validateForm({ ...original, since: '2020-13' }).map((e) => e.field)).toEqual(['since']);
    expect(validateForm({ ...original, until: '2021-02-31' }).map((e) => e.field)).toEqual(['until']);
    expect(validateForm({ ...original, lastConfirmed: '2023-00-10' }).map((e) => e.field)).toEqual(['lastConfirmed']);
    expect(validateForm({ ...original, since: '2024-02-29', until: '2024-12' })).toEqual([]);
  });

  it('puts the service field messages under their fields', () => {
    const messages = fieldMessages([
      { field: '/changes/since', message: 'Not a date.' },
      { field: 'changes.name', message: 'Too long.' },
      { field: 'body', message: 'Odd.' },
    ]);
    expect(messages).toEqual({ since: 'Not a date.', name: 'Too long.', other: 'Odd.' });
  });

  it('words the service\'s field problems by their code', () => {
    const messages = fieldMessages([
      { field: '/changes/since', code: 'bad_date', message: 'must match pattern "^\\d{4}"' },
      { field: '/changes/name', code: 'too_large', message: '"name" is too long: keep it to 300 characters.' },
    ]);
    expect(messages).toEqual({ since: 'Write a real date as YYYY, YYYY-MM or YYYY-MM-DD.', name: '"name" is too long: keep it to 300 characters.' });
  });

  it('shows where my edit and their saved version differ', () => {
    const mine = { ...original, name: 'My name' };
    const rows = conflictRows(mine, { ...entity, name: 'Their name', nodeType: 'Organisation', version: 4 });
    expect(rows).toEqual([{ key: 'name', label: 'Name', mine: 'My name', theirs: 'Their name' }]);
  });
});

describe('API errors', () => {
  it('explain a conflict, keep the current entity and the 400 fields', () => {
    const conflict = errorFromResponse(409, { message: 'version', current: { id: 'x', name: 'N', nodeType: 'Organisation', version: 2 } });
    expect(conflict.message).toMatch(/Someone else changed this/);
    expect(conflict.current?.version).toBe(2);
    const bad = errorFromResponse(400, { message: 'Bad', fields: [{ field: 'name', message: 'Required' }] });
    expect(bad.fields).toHaveLength(1);
    expect(errorFromResponse(503, undefined).status).toBe(0);
    expect(errorFromResponse(401, undefined).hint).toMatch(/Sign in/);
  });
});

describe('positions per map and view', () => {
  it('keeps each map, the whole map and each alliance or area part apart', () => {
    expect(positionsKey('a', '')).not.toBe(positionsKey('a', '?alliance=alliance-b'));
    expect(positionsKey('a', '')).not.toBe(positionsKey('b', ''));
    expect(positionsKey('a', '?sel=x&cam=1,2,3')).toBe(positionsKey('a', ''));
    expect(positionsKey('a', '?area=a&alliance=b')).toBe(positionsKey('a', '?alliance=b&area=a'));
  });

  it('gives way to a newly saved shared layout: its stamp is part of the key', () => {
    const saved = { 'org-a': [1, 2] as [number, number], 'org-b': [3, 4] as [number, number] };
    expect(layoutStamp({})).toBe('none');
    expect(layoutStamp(saved)).toBe(layoutStamp({ 'org-b': [3, 4], 'org-a': [1, 2] }));
    expect(layoutStamp(saved)).not.toBe(layoutStamp({ ...saved, 'org-b': [3, 5] }));
    expect(positionsKey('a', '', layoutStamp(saved))).not.toBe(positionsKey('a', '', layoutStamp({})));
  });

  it('reads and writes the service\'s [x, y] form, passing over what is malformed', () => {
    expect(positionsFromSaved({ a: [1, 2], b: ['x', 2], c: 'no', d: [Number.NaN, 1] })).toEqual({ a: { x: 1, y: 2 } });
    expect(savedFromPositions({ a: { x: 1.23456, y: -2.5 } })).toEqual({ a: [1.23, -2.5] });
  });
});

describe('warm start', () => {
  it('stops at its time budget however many iterations were allowed', async () => {
    const { warmStart } = await import('../../../app/src/core/layout/warmStart');
    const { buildDisplayGraph } = await import('../../../app/src/core/appearance');
    const { initialPositions } = await import('../../../app/src/core/layout/positions');
    const graph = buildDisplayGraph(data, { sizes: {}, colors: {}, groups: {} }, initialPositions(data, {}).positions);
    let clock = 0;
    // Each look at the clock costs 50 ms: the budget of 120 ms allows three steps at most.
    const done = warmStart(graph, 300, 120, () => (clock += 50));
    expect(done).toBeGreaterThan(0);
    expect(done).toBeLessThan(300);
    expect(warmStart(graph, 7, 1e9)).toBe(7);
  });
});
