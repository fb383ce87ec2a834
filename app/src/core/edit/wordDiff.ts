/**
 * A word-level diff of two texts, for the conflict view. Hand-written (a longest common
 * subsequence over words) because no diff library is among the project's dependencies and this
 * one use needs only words, not lines or characters.
 */

export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string };

/** Past this many word pairs the table would be too large to build at once: the texts are shown as replaced whole. */
const MAX_CELLS = 4_000_000;

/** Words with the spaces after them, so joining the parts gives back each text exactly. */
export function words(text: string): string[] {
  return text.match(/\S+\s*|\s+/g) ?? [];
}

const push = (parts: DiffPart[], kind: DiffPart['kind'], text: string) => {
  const last = parts[parts.length - 1];
  if (last && last.kind === kind) last.text += text;
  else parts.push({ kind, text });
};

/** From `before` to `after`: words kept, removed (only in `before`) and added (only in `after`), in reading order. */
export function wordDiff(before: string, after: string): DiffPart[] {
  const a = words(before);
  const b = words(after);
  const parts: DiffPart[] = [];
  if (a.length * b.length > MAX_CELLS) {
    if (before) push(parts, 'removed', before);
    if (after) push(parts, 'added', after);
    return parts;
  }
  const same = (i: number, j: number) => a[i].trim() === b[j].trim();
  // lengths[i][j]: the longest common run of a[i..] and b[j..], in one flat array.
  const width = b.length + 1;
  const lengths = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i * width + j] = same(i, j) ? lengths[(i + 1) * width + j + 1] + 1 : Math.max(lengths[(i + 1) * width + j], lengths[i * width + j + 1]);
    }
  }
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (same(i, j)) {
      push(parts, 'same', b[j]);
      i++;
      j++;
    } else if (lengths[(i + 1) * width + j] >= lengths[i * width + j + 1]) push(parts, 'removed', a[i++]);
    else push(parts, 'added', b[j++]);
  }
  while (i < a.length) push(parts, 'removed', a[i++]);
  while (j < b.length) push(parts, 'added', b[j++]);
  return parts;
}

/** Texts long enough that a side-by-side reading misses what changed: these get the word diff. */
export function worthDiffing(mine: string, theirs: string, minWords = 8): boolean {
  return mine !== theirs && Math.max(words(mine).length, words(theirs).length) >= minWords;
}
