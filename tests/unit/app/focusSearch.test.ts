import { describe, expect, it } from 'vitest';
import { describePath, localShortestPath, neighbourhood, pathSets } from '../../../app/src/core/focus';
import { localSuggestions, moveActive, suggestionsFromApi } from '../../../app/src/core/search';
import { fixture, tieKey } from './fixture';

const data = fixture();

describe('neighbourhood', () => {
  it('grows with the depth, following ties both ways', () => {
    const one = neighbourhood(data, 'person-esther', 1);
    expect([...one.keys()].sort()).toEqual(['org-providence', 'person-esther']);
    const two = neighbourhood(data, 'person-esther', 2);
    expect(two.get('alliance-b')).toBe(2);
    expect(two.has('org-caius')).toBe(false);
    const three = neighbourhood(data, 'person-esther', 3);
    expect(three.get('org-caius')).toBe(3);
  });

  it('keeps to what the filters show', () => {
    const visibleNodes = new Set(data.nodes().filter((n) => n !== 'alliance-b'));
    const hood = neighbourhood(data, 'person-esther', 3, visibleNodes);
    expect(hood.has('alliance-b')).toBe(false);
    expect(hood.has('org-caius')).toBe(true);
    expect(neighbourhood(data, 'missing', 2).size).toBe(0);
  });
});

describe('paths', () => {
  it('finds the shortest chain on the loaded map and says it in words', () => {
    const path = localShortestPath(data, 'person-esther', 'org-foodbank')!;
    expect(path.nodes.map((n) => n.id)).toEqual(['person-esther', 'org-providence', expect.any(String), 'org-caius', 'org-foodbank']);
    const words = describePath(path);
    expect(words[0]).toBe('Esther — works for — Providence House');
    expect(words[words.length - 1]).toBe('Caius House — connected with — Hackney Foodbank');
    expect(pathSets(path)!.edges.has(tieKey('org-caius', 'CONNECTED_WITH', 'org-foodbank'))).toBe(true);
  });

  it('reads a tie against its direction with the other verb', () => {
    const words = describePath({
      nodes: [
        { id: 'alliance-b', name: 'Battersea Alliance', nodeType: 'Alliance' },
        { id: 'org-providence', name: 'Providence House', nodeType: 'Organisation' },
      ],
      ties: [{ id: 't', tieType: 'MEMBER_OF', source: 'org-providence', target: 'alliance-b' }],
    });
    expect(words).toEqual(['Battersea Alliance — has member — Providence House']);
  });

  it('follows only the tie types allowed, and says when there is no path', () => {
    expect(localShortestPath(data, 'org-providence', 'org-caius', ['MEMBER_OF'])!.nodes.map((n) => n.id)).toEqual(['org-providence', 'alliance-b', 'org-caius']);
    expect(localShortestPath(data, 'org-providence', 'org-foodbank', ['FUNDS'])).toBeNull();
    expect(localShortestPath(data, 'org-lonely', 'org-caius')).toBeNull();
  });
});

describe('search suggestions', () => {
  it('puts names that start with the query first, then words, then contained, then aliases', () => {
    expect(localSuggestions(data, 'hou').map((s) => s.name)).toEqual(['Caius House', 'Providence House']);
    expect(localSuggestions(data, 'prov')[0].name).toBe('Providence House');
    expect(localSuggestions(data, 'HACKNEY').map((s) => s.name)).toEqual(['Hackney', 'Hackney Foodbank']);
    expect(localSuggestions(data, '   ')).toEqual([]);
  });

  it('keeps only service results that are on this map, and notes alias matches', () => {
    const results = [
      { id: 'org-providence', name: 'Providence House', nodeType: 'Organisation' as const, score: 2, matchedAlias: 'Providence' },
      { id: 'org-elsewhere', name: 'Elsewhere', nodeType: 'Organisation' as const, score: 1 },
    ];
    expect(suggestionsFromApi(results, data)).toEqual([{ id: 'org-providence', name: 'Providence House', nodeType: 'Organisation', note: 'also known as Providence' }]);
  });

  it('moves through suggestions with the arrow keys, wrapping round', () => {
    expect(moveActive(-1, 3, 'ArrowDown')).toBe(0);
    expect(moveActive(2, 3, 'ArrowDown')).toBe(0);
    expect(moveActive(0, 3, 'ArrowUp')).toBe(2);
    expect(moveActive(-1, 0, 'ArrowDown')).toBe(-1);
  });
});
