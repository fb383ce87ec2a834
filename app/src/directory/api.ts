/** The directory's calls: the review queue, confirming a fact ("still true"), a person's contact details. */
import type { Static } from 'typebox';
import type { ContactSchema, ReviewAnswer } from '../../../graph-service/src/contract/directory';
import { mapPath, requestJSON } from '../core/api/request';

export type Review = Static<typeof ReviewAnswer>;
export type ReviewItem = Review['items'][number];
export type Contact = Static<typeof ContactSchema>;

export function fetchReview(map: string, options: { steward: boolean; limit?: number }, signal?: AbortSignal): Promise<Review> {
  const query = new URLSearchParams({ limit: String(options.limit ?? 100) });
  if (options.steward) query.set('steward', 'me');
  return requestJSON<Review>(mapPath(map, `review?${query}`), { signal });
}

/** "Still true" is the history's confirm routes, called through the one client. */
export { confirmNode, confirmTie } from '../core/api/history';
