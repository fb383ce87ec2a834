/**
 * Embedding a map in another website. Every answer says `frame-ancestors 'none'` (plugin.ts), with
 * one exception, written here: the app's page for a published map with `?embed=1` (the read-only
 * embed, app/src/presentation/EmbedView.tsx) may be framed by any site. Nothing else may be framed:
 * not the full app, not an unpublished map's page (which only its members could see anyway, and a
 * frame would carry their session), not the API, not the report.
 */
import type { FastifyInstance } from 'fastify';
import { MAP_ID, type MapRecord } from '../model/maps.ts';
import { EMBED_PARAM } from '../model/savedViews.ts';

/** Who may frame the embed page: any site (a published map is public). */
export const EMBED_FRAME_ANCESTORS = '*';

/** The map whose embed page a GET of this URL is (`/maps/<id>?embed=1`), else null. */
export function embedPageMap(url: string): string | null {
  const parsed = new URL(url, 'http://atlas.invalid');
  const match = /^\/maps\/([^/]+)\/?$/.exec(parsed.pathname);
  if (!match || parsed.searchParams.get(EMBED_PARAM) !== '1') return null;
  const id = decodeURIComponent(match[1]);
  return MAP_ID.test(id) ? id : null;
}

/** The page's CSP with its frame-ancestors opened to EMBED_FRAME_ANCESTORS; every other directive as it was. */
export function embeddableCsp(csp: string): string {
  return csp.replace(/frame-ancestors [^;]*/, `frame-ancestors ${EMBED_FRAME_ANCESTORS}`);
}

/** Applies the rule to each answer: only the embed page of a published map loses the frame ban. */
export function registerEmbedding(app: FastifyInstance, findMap: (id: string) => Promise<MapRecord | null | undefined>): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.method !== 'GET') return payload;
    const id = embedPageMap(request.url);
    if (!id || !String(reply.getHeader('content-type') ?? '').startsWith('text/html')) return payload;
    const map = await findMap(id).catch(() => null);
    if (!map?.published) return payload;
    const csp = reply.getHeader('content-security-policy');
    if (typeof csp === 'string') reply.header('content-security-policy', embeddableCsp(csp));
    reply.removeHeader('x-frame-options');
    return payload;
  });
}
