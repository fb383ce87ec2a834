/**
 * Builds the Lucene query for the full-text index from what a person typed. Only letters and
 * digits survive, so nothing typed can become Lucene syntax; each word matches exactly, as a
 * prefix, or with a typo, and every word must match somewhere. Names weigh most, then aliases.
 */

export interface SearchTerms {
  words: string[];
  lucene: string;
}

const FIELDS: [field: string, boost: number][] = [
  ['name', 4],
  ['aliasText', 3],
  ['description', 1],
];

/** Edits allowed for a typo: none for short words, where one edit already means another word. */
function typoDistance(word: string): number {
  if (word.length < 4) return 0;
  return word.length < 8 ? 1 : 2;
}

function wordClause(word: string): string {
  const parts = [`${word}^3`, `${word}*^2`];
  const distance = typoDistance(word);
  if (distance > 0) parts.push(`${word}~${distance}`);
  return `(${parts.join(' OR ')})`;
}

export function searchWords(text: string): string[] {
  const words = text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  // Very long input searches on its first words only; the index would not rank the rest usefully.
  return [...new Set(words)].slice(0, 8).map((w) => w.slice(0, 64));
}

export function buildSearchQuery(text: string): SearchTerms | null {
  const words = searchWords(text);
  if (words.length === 0) return null;
  const perField = FIELDS.map(([field, boost]) => `${field}:(${words.map(wordClause).join(' AND ')})^${boost}`);
  return { words, lucene: perField.join(' OR ') };
}

/**
 * The query limited to one map: the map id is a field of the index, so Lucene finds only that
 * map's nodes (the id is kebab-case, safe inside quotes). The repository's WHERE makes it exact.
 */
export function inMapQuery(map: string, lucene: string): string {
  return `+map:"${map}" +(${lucene})`;
}

/** The alias a result was found by, when its name alone does not explain the match. */
export function matchedAlias(name: string, aliases: unknown, words: string[]): string | undefined {
  if (!Array.isArray(aliases)) return undefined;
  const lowerName = name.toLowerCase();
  if (words.every((w) => lowerName.includes(w))) return undefined;
  return (aliases as string[]).find((alias) => words.some((w) => alias.toLowerCase().includes(w)));
}
