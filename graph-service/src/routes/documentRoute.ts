/**
 * How a route appears in the OpenAPI document when that differs from what Fastify validates: raw
 * uploads are read by a content-type parser, so their body is documented here rather than validated.
 * The answers the security edge and the access hook give on any route are added here from what the
 * route needs, so no contract has to list them: 401/403 where it needs more than public, 403
 * (another site, no CSRF token) and 415 (not JSON) on writes, 429 (too many requests) everywhere.
 */
import type { FastifySchema } from 'fastify';
import { accessOf, ErrorResponse } from '../contract/common.ts';
import { RAW_UPLOAD_BODY, RAW_UPLOAD_OPERATIONS } from '../contract/interchange.ts';

type Documented = FastifySchema & { response?: Record<string, unknown>; operationId?: string };

export function edgeAnswers(schema: Documented, method: string): Record<string, unknown> {
  const needed = accessOf(schema as never);
  const write = method !== 'GET' && method !== 'HEAD';
  return {
    ...(needed !== undefined && needed !== 'public' ? { 401: ErrorResponse, 403: ErrorResponse } : {}),
    ...(write ? { 403: ErrorResponse, 415: ErrorResponse } : {}),
    429: ErrorResponse,
  };
}

export function documentRoute({ schema, url, route }: { schema: FastifySchema; url: string; route?: { method?: string | string[] } }): { schema: FastifySchema; url: string } {
  const documented = schema as Documented | undefined;
  if (!documented?.operationId) return { schema, url };
  const method = String(Array.isArray(route?.method) ? route.method[0] : route?.method ?? 'GET').toUpperCase();
  const response = { ...edgeAnswers(documented, method), ...(documented.response ?? {}) };
  const body = RAW_UPLOAD_OPERATIONS.has(documented.operationId) ? { body: RAW_UPLOAD_BODY } : {};
  return { schema: { ...schema, response, ...body } as FastifySchema, url };
}
