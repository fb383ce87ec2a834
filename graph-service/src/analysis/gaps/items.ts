/** What the gap detectors share: their parameters, the shape of an item, and how a reason reads. */
import type { AtlasFacts } from '../facts.ts';
import type { GapItem, GapParameter } from '../types.ts';

/** A whole-number parameter of a detector, with its default and range. */
export function integerParameter(name: string, label: string, description: string, range: Pick<GapParameter, 'default' | 'min' | 'max'>): GapParameter {
  return { name, label, description, type: 'integer', ...range };
}

export interface NodeItemFields {
  reason: string;
  score: number;
  details?: GapItem['details'];
  /** Nodes highlighted with it (the node itself is selected first). */
  also?: string[];
}

/** The item about one node: its id, titled with its name. */
export function nodeItem(facts: AtlasFacts, id: string, fields: NodeItemFields): GapItem {
  return { id, title: facts.name(id), reason: fields.reason, nodeIds: [id, ...(fields.also ?? [])], score: fields.score, details: fields.details };
}

/** Keeps what `judge` makes of each candidate, in order; `undefined` means "not a gap". */
export function gapItems<T>(candidates: Iterable<T>, judge: (candidate: T) => GapItem | undefined): GapItem[] {
  const items: GapItem[] = [];
  for (const candidate of candidates) {
    const item = judge(candidate);
    if (item) items.push(item);
  }
  return items;
}

/** Clauses joined into one sentence: capitalised, "; " between, a full stop at the end. */
export function sentence(clauses: string[]): string {
  const text = clauses.join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** How much an organisation's alliance tier raises the urgency of a gap about it. */
export function tierWeight(tier: string | undefined): number {
  if (tier === 'core') return 3;
  if (tier === 'delivery partner') return 2;
  return tier ? 1 : 0;
}
