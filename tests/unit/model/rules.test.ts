import { describe, expect, it } from 'vitest';
import { freeNodeId, nodeIdCandidates, slug, tieId, tieIdCandidates, validateNode, validateTie } from '../../../graph-service/src/model/rules/index.ts';

const codes = (result: { problems: { field: string; code: string }[] }) => result.problems.map((p) => `${p.field} ${p.code}`);

describe('ids', () => {
  it('makes one slug for every path, reading "&" as "and"', () => {
    expect(slug('Unicode Group & Co')).toBe('unicode-group-and-co');
    expect(slug("St Peter's, Battersea")).toBe('st-peters-battersea');
    expect(slug('Café Crème')).toBe('cafe-creme');
    expect(slug('東京')).toBe('');
  });

  it('numbers a taken id, and names a name with nothing Latin "unnamed"', () => {
    const taken = new Set(['org-hope', 'org-hope-2']);
    expect(freeNodeId('Organisation', 'Hope', (id) => taken.has(id))).toBe('org-hope-3');
    expect(freeNodeId('Theme', '東京', () => false)).toBe('theme-unnamed');
    expect(nodeIdCandidates('Organisation', 'Hope', () => 0).slice(0, 3)).toEqual(['org-hope', 'org-hope-2', 'org-hope-3']);
  });

  it('makes tie ids from type and ends, numbered for parallel ties', () => {
    expect(tieId('FUNDS', 'org-a', 'org-b')).toBe('FUNDS:org-a->org-b');
    expect(tieIdCandidates('FUNDS', 'org-a', 'org-b')[1]).toBe('FUNDS:org-a->org-b~2');
  });
});

describe('validateNode', () => {
  it('returns the properties to store: aliases trimmed once, with their search text; nulls dropped on create', () => {
    const { properties, problems } = validateNode({ name: 'Hope', source: 'doc', aliases: [' Hope Club ', 'Hope Club'], description: null }, 'create');
    expect(problems).toEqual([]);
    expect(properties).toEqual({ name: 'Hope', source: 'doc', aliases: ['Hope Club'], aliasText: 'Hope Club' });
    expect(validateNode({ description: null }, 'update').properties).toEqual({ description: null });
  });

  it('reports each problem with its field and code, under the request path it came in', () => {
    const result = validateNode(
      { name: ' ', source: 'doc', since: '2020-13', description: 'ring 020 7223 1234', properties: { version: 3, name: 'x', 'bad key': 1 } },
      'update',
      { at: '/changes' },
    );
    expect(codes(result)).toEqual([
      '/changes/name blank',
      '/changes/description personal_data',
      '/changes/since bad_date',
      '/changes/properties/version reserved',
      '/changes/properties/name own_field',
      '/changes/properties/bad key bad_format',
    ]);
    expect(codes(validateNode({}, 'create'))).toEqual(['/name required', '/source required']);
    expect(codes(validateNode({ name: 'x'.repeat(301), source: 'doc', since: '2021', until: '2020' }, 'create'))).toEqual(['/name too_large', '/until date_order']);
  });
});

describe('validateTie', () => {
  it('checks the kinds the model gives tie properties', () => {
    expect(codes(validateTie('MEMBER_OF', { source: 'doc', properties: { tier: 'gold' } }, 'create'))).toEqual(['/properties/tier not_allowed']);
    expect(codes(validateTie('WORKS_ON', { source: 'doc', properties: { lead: 'yes' } }, 'create'))).toEqual(['/properties/lead wrong_type']);
    expect(codes(validateTie('CONNECTED_WITH', { source: 'doc', properties: { amount: -5, mergedIds: ['a'] } }, 'create'))).toEqual(['/properties/amount wrong_type', '/properties/mergedIds reserved']);
    expect(validateTie('FUNDS', { source: 'doc', properties: { amount: 25000, currency: 'GBP' } }, 'create')).toEqual({ properties: { source: 'doc', amount: 25000, currency: 'GBP' }, problems: [] });
  });
});
