/**
 * How a route appears in the OpenAPI document when that differs from what Fastify validates: raw
 * uploads are read by a content-type parser, so their body is documented here rather than validated.
 */
import type { FastifySchema } from 'fastify';
import { RAW_UPLOAD_BODY, RAW_UPLOAD_OPERATIONS } from '../contract/interchange.ts';

export function documentRoute({ schema, url }: { schema: FastifySchema; url: string }): { schema: FastifySchema; url: string } {
  const operationId = (schema as { operationId?: string } | undefined)?.operationId;
  if (operationId && RAW_UPLOAD_OPERATIONS.has(operationId)) return { schema: { ...schema, body: RAW_UPLOAD_BODY }, url };
  return { schema, url };
}
