/** The words and anchor of the duplicate-tie warning (the rule itself is the model's, model/rules/duplicateTies.ts). */
import type { TieEntity } from '../api/types';
import { formatPeriod, tieWording } from '../ties';

/** The id of a tie's row in a node panel: tie ids carry ":", ">" and "~", kept out of the element id. */
export function tieAnchorId(tieId: string): string {
  return `tie-${tieId.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/** "“A” and “B” already have a “Funds” tie (2019 – 2020)." */
export function duplicateTieWords(existing: TieEntity, nameOf: (id: string) => string): string {
  const period = formatPeriod(existing.since ?? undefined, existing.until ?? undefined);
  return `“${nameOf(existing.from)}” and “${nameOf(existing.to)}” already have a “${tieWording(existing.tieType).out}” tie${period ? ` (${period})` : ' (undated)'}.`;
}
