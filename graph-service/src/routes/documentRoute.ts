/**
 * How a route appears in the OpenAPI document when that differs from what Fastify validates: raw
 * uploads are read by a content-type parser, so their body is documented here rather than validated.
 * The answers the security edge and the access hook give on any route are added here from what the
 * route needs, so no contract has to list them: 401/403 where it needs more than public, 403
 * (another site, no CSRF token) and 415 (not JSON) on writes, 429 (too many requests) everywhere.
 */
import type { FastifySchema } from 'fastify';
import { accessOf, ErrorResponse } from '../contract/common.ts';
import { StorageFull, Unavailable } from '../contract/health.ts';
import { RAW_UPLOAD_BODY, RAW_UPLOAD_OPERATIONS } from '../contract/interchange.ts';

type Documented = FastifySchema & { response?: Record<string, unknown>; operationId?: string };

/**
 * Answers every operation can give at the edge, added here once instead of in each contract: 401/403
 * where it needs a role, 403/415 for a write refused by where it came from, 429 past a rate limit,
 * 503 while the database is away (with Retry-After) and, for a write, 507 when its disk is full.
 */
export function edgeAnswers(schema: Documented, method: string): Record<string, unknown> {
  const needed = accessOf(schema as never);
  const write = method !== 'GET' && method !== 'HEAD';
  return {
    ...(needed !== undefined && needed !== 'public' ? { 401: ErrorResponse, 403: ErrorResponse } : {}),
    ...(write ? { 403: ErrorResponse, 415: ErrorResponse, 507: StorageFull } : {}),
    429: ErrorResponse,
    503: Unavailable,
  };
}

export function documentRoute({ schema, url, route }: { schema: FastifySchema; url: string; route?: { method?: unknown } }): { schema: FastifySchema; url: string } {
  const documented = schema as Documented | undefined;
  if (!documented?.operationId) return { schema, url };
  const method = String(Array.isArray(route?.method) ? route.method[0] : route?.method ?? 'GET').toUpperCase();
  const response = { ...edgeAnswers(documented, method), ...(documented.response ?? {}) };
  const body = RAW_UPLOAD_OPERATIONS.has(documented.operationId) ? { body: RAW_UPLOAD_BODY } : {};
  return { schema: { ...schema, response, ...body } as FastifySchema, url };
}
