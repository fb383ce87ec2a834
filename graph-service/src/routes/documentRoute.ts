/**
 * How a route appears in the OpenAPI document when that differs from what Fastify validates: raw
 * uploads are read by a content-type parser, so their body is documented here rather than validated.
 */
import type { FastifySchema } from 'fastify';
import { StorageFull, Unavailable } from '../contract/health.ts';
import { RAW_UPLOAD_BODY, RAW_UPLOAD_OPERATIONS } from '../contract/interchange.ts';

/**
 * Every operation can answer 503 while the database is away (the error handler's, with Retry-After)
 * and every write 507 when its disk is full: added here once instead of in each contract.
 */
function withDatabaseAnswers(schema: FastifySchema, method: unknown): FastifySchema {
  const response = (schema as { response?: Record<string, unknown> }).response;
  if (!response) return schema;
  const writes = method !== 'GET' && method !== 'HEAD';
  return { ...schema, response: { 503: Unavailable, ...(writes ? { 507: StorageFull } : {}), ...response } } as FastifySchema;
}

export function documentRoute({ schema, url, route }: { schema: FastifySchema; url: string; route?: { method?: unknown } }): { schema: FastifySchema; url: string } {
  const operationId = (schema as { operationId?: string } | undefined)?.operationId;
  const documented = schema ? withDatabaseAnswers(schema, route?.method) : schema;
  if (operationId && RAW_UPLOAD_OPERATIONS.has(operationId)) return { schema: { ...documented, body: RAW_UPLOAD_BODY }, url };
  return { schema: documented, url };
}
