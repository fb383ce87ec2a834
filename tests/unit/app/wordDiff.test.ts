/** The conflict view's word diff: what only theirs has, what only mine has, and the words both keep. */
import { describe, expect, it } from 'vitest';
import { wordDiff, worthDiffing } from '../../../app/src/core/edit/wordDiff.ts';

const joined = (parts: ReturnType<typeof wordDiff>, kinds: string[]) => parts.filter((p) => kinds.includes(p.kind)).map((p) => p.text).join('');

describe('word diff', () => {
  it('marks the words changed between two versions and keeps the rest in order', () => {
    const parts = wordDiff('Youth club and food bank in Battersea', 'Youth club, food bank and advice in Battersea');
    expect(parts.filter((p) => p.kind === 'removed').map((p) => p.text.trim())).toEqual(['club and']);
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual(['club,', 'and advice']);
    expect(joined(parts, ['same', 'removed'])).toBe('Youth club and food bank in Battersea');
    expect(joined(parts, ['same', 'added'])).toBe('Youth club, food bank and advice in Battersea');
  });

  it('handles an empty side and identical texts', () => {
    expect(wordDiff('', 'New text')).toEqual([{ kind: 'added', text: 'New text' }]);
    expect(wordDiff('Old text', '')).toEqual([{ kind: 'removed', text: 'Old text' }]);
    expect(wordDiff('Same words', 'Same words')).toEqual([{ kind: 'same', text: 'Same words' }]);
  });

  it('shows texts too large to compare word by word as replaced whole', () => {
    const long = (w: string) => Array.from({ length: 2_100 }, (_, i) => `${w}${i}`).join(' ');
    const parts = wordDiff(long('a'), long('b'));
    expect(parts.map((p) => p.kind)).toEqual(['removed', 'added']);
  });

  it('diffs only texts long enough to need it', () => {
    expect(worthDiffing('Caius House', 'Caius House Youth Centre')).toBe(false);
    expect(worthDiffing('one two three four five six seven eight', 'one two three four five six seven nine')).toBe(true);
    expect(worthDiffing('same same same same same same same same', 'same same same same same same same same')).toBe(false);
  });
});
