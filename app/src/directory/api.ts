/** The directory's calls: the review queue, confirming a fact ("still true"), a person's contact details. */
import type { Static } from 'typebox';
import type { ContactSchema, ReviewAnswer } from '../../../graph-service/src/contract/directory';
import type { Entity, TieEntity } from '../core/api';
import { mapPath, requestJSON } from '../core/api/request';

export type Review = Static<typeof ReviewAnswer>;
export type ReviewItem = Review['items'][number];
export type Contact = Static<typeof ContactSchema>;

export function fetchReview(map: string, options: { steward: boolean; limit?: number }, signal?: AbortSignal): Promise<Review> {
  const query = new URLSearchParams({ limit: String(options.limit ?? 100) });
  if (options.steward) query.set('steward', 'me');
  return requestJSON<Review>(mapPath(map, `review?${query}`), { signal });
}

/**
 * "Still true": the history work's confirm routes (`POST …/nodes/:id/confirm`, `…/ties/:id/confirm`),
 * which answer the node or tie with `lastConfirmed` (today) and `confirmedBy`.
 */
export function confirmNode(map: string, id: string): Promise<Entity> {
  return requestJSON<Entity>(mapPath(map, `nodes/${encodeURIComponent(id)}/confirm`), { method: 'POST', body: '{}' });
}
export function confirmTie(map: string, id: string): Promise<TieEntity> {
  return requestJSON<TieEntity>(mapPath(map, `ties/${encodeURIComponent(id)}/confirm`), { method: 'POST', body: '{}' });
}
