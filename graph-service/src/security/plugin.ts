/**
 * The security edge, registered before any route: cookies, security headers (helmet: a CSP without
 * inline script, frame-ancestors 'none', nosniff), a generous per-caller request rate, and one
 * onRequest hook with the Host, JSON-only and Origin checks, so a refused request is refused before
 * its body is read.
 */
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { RateLimitedError, RequestRefusedError } from '../errors.ts';
import { hasBody, hostAllowed, isJsonContentType, originAllowed, WRITE_METHODS } from './guards.ts';
import { sha256 } from './secrets.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A raw upload route: its body is a file, checked by its own content-type parser, not JSON. */
    rawBody?: boolean;
  }
}

export const SESSION_COOKIE = 'atlas_session';

export interface SecurityOptions {
  /** Host names the service answers to; 'any' answers every Host. */
  allowedHosts: readonly string[] | 'any';
  /** Other origins whose pages may write (besides the service's own). */
  allowedOrigins: readonly string[];
  /** Requests per minute per caller (IP and credential), for every route. */
  requestsPerMinute: number;
}

/** Whom a rate counts: the address and, when it sends one, a digest of its credential. */
export function callerKey(request: FastifyRequest): string {
  const credential = request.headers.authorization ?? request.cookies?.[SESSION_COOKIE];
  return credential ? `${request.ip}|${sha256(credential).slice(0, 16)}` : request.ip;
}

export async function registerSecurity(app: FastifyInstance, options: SecurityOptions): Promise<void> {
  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'worker-src': ["'self'", 'blob:'],
        'img-src': ["'self'", 'data:', 'blob:'],
        'connect-src': ["'self'"],
        'frame-ancestors': ["'none'"],
        'upgrade-insecure-requests': null,
      },
    },
    // The app is served over plain http on a local install; HSTS belongs to the https proxy in front.
    strictTransportSecurity: false,
  });
  await app.register(fastifyRateLimit, {
    global: true,
    max: options.requestsPerMinute,
    timeWindow: 60_000,
    keyGenerator: callerKey,
    errorResponseBuilder: (_request, context) => new RateLimitedError(Math.max(1, Math.ceil(context.ttl / 1000))),
  });

  app.addHook('onRequest', async (request) => {
    if (!hostAllowed(request.headers.host, options.allowedHosts)) {
      throw new RequestRefusedError(421, 'unknown_host', `This service does not answer to the host "${request.headers.host ?? ''}". Its admin can add it to ATLAS_ALLOWED_HOSTS.`);
    }
    if (!WRITE_METHODS.has(request.method)) return;
    if (hasBody(request.headers) && request.routeOptions.config.rawBody !== true && !isJsonContentType(request.headers['content-type'])) {
      throw new RequestRefusedError(415, 'unsupported_media_type', `Changes are sent as JSON: use the content type application/json (this request sent "${request.headers['content-type'] ?? 'none'}").`);
    }
    if (!originAllowed(request.headers.origin, request.headers.host, request.headers['sec-fetch-site'] as string | undefined, options.allowedOrigins)) {
      throw new RequestRefusedError(403, 'cross_origin', 'This change was sent from a page of another site, so it was refused. Make it from the Atlas app itself (or its admin can allow that site in ATLAS_ALLOWED_ORIGINS).');
    }
  });
}

/** Whether a limiter made with `createRateLimit` says the caller is over the limit now (and for how long). */
export function overLimit(limit: { isAllowed: true } | { isAllowed: false; isExceeded: boolean; ttlInSeconds: number }): number | undefined {
  return !limit.isAllowed && limit.isExceeded ? Math.max(1, limit.ttlInSeconds) : undefined;
}
