/** The embed's address rule: `embed=1` in the query string (the service's security/embed.ts reads the same). */
import { EMBED_PARAM } from '../../../graph-service/src/model/savedViews';

export function isEmbed(search: string): boolean {
  return new URLSearchParams(search).get(EMBED_PARAM) === '1';
}

/** The same view outside the embed. */
export function withoutEmbed(href: string): string {
  const url = new URL(href);
  url.searchParams.delete(EMBED_PARAM);
  return url.href;
}
