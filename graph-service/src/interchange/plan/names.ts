/**
 * Name matching for imports: exact after normalisation ("St. Mark's Centre" = "st marks centre"),
 * and near duplicates — the same words in another order or with a legal suffix ("The Hope Trust
 * Ltd" ~ "Hope Trust"), or one letter added, dropped or changed ("Providence Hosue"). Names that
 * differ in their numbers ("Youth Club 2" and "Youth Club 3") are never near duplicates.
 */

import { normaliseName } from '../../model/rules/ids.ts';

export { normaliseName };

const STOPWORDS = new Set(['the', 'and', 'of', 'ltd', 'limited', 'cic', 'cio', 'inc', 'plc', 'co', 'uk']);
/** Typo matching is only safe on names long enough that one letter is a small part of them. */
const MIN_TYPO_LENGTH = 6;

function tokenKey(normalised: string): string {
  return normalised.split(' ').filter((t) => !STOPWORDS.has(t)).sort().join(' ');
}

function compact(normalised: string): string {
  return tokenKey(normalised).replace(/ /g, '');
}

function digits(text: string): string {
  return text.replace(/\D/g, '');
}

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

export type NameMatchKind = 'name' | 'alias' | 'near-duplicate';

/** An index of names (and aliases) to ids, for one group of candidates, e.g. the atlas's Organisations. */
export class NameIndex {
  private readonly exact = new Map<string, string[]>();
  private readonly aliases = new Map<string, string[]>();
  private readonly tokens = new Map<string, string[]>();
  /** Symmetric-deletion index: each compact name and its one-letter deletions. */
  private readonly typos = new Map<string, string[]>();
  private readonly numbers = new Map<string, Set<string>>();

  add(id: string, name: string, aliases: readonly string[] = []): void {
    const normalised = normaliseName(name);
    if (!normalised) return;
    push(this.exact, normalised, id);
    const numbers = this.numbers.get(id) ?? new Set<string>();
    for (const text of [name, ...aliases]) numbers.add(digits(text));
    this.numbers.set(id, numbers);
    for (const alias of aliases) {
      const key = normaliseName(alias);
      if (key) push(this.aliases, key, id);
    }
    for (const text of [normalised, ...aliases.map(normaliseName)]) {
      if (!text) continue;
      push(this.tokens, tokenKey(text), id);
      const word = compact(text);
      if (word.length >= MIN_TYPO_LENGTH) for (const variant of [word, ...deletions(word)]) push(this.typos, variant, id);
    }
  }

  /** The ids whose name or alias matches, best kind first; empty when none does. */
  find(name: string): { kind: NameMatchKind; ids: string[] } | undefined {
    const normalised = normaliseName(name);
    if (!normalised) return undefined;
    const exact = this.exact.get(normalised);
    if (exact) return { kind: 'name', ids: exact };
    const alias = this.aliases.get(normalised);
    if (alias) return { kind: 'alias', ids: alias };
    const near = new Set(this.tokens.get(tokenKey(normalised)) ?? []);
    const word = compact(normalised);
    if (word.length >= MIN_TYPO_LENGTH) {
      for (const variant of [word, ...deletions(word)]) for (const id of this.typos.get(variant) ?? []) near.add(id);
    }
    const mine = digits(name);
    const ids = [...near].filter((id) => this.numbers.get(id)?.has(mine));
    return ids.length === 0 ? undefined : { kind: 'near-duplicate', ids };
  }
}
