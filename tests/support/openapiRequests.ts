/**
 * Requests built from the OpenAPI document alone: each operation's path, query and body filled from
 * its schemas' examples (else an enum's first value, a default, or a value of the type), so a test
 * that walks every operation needs no list of routes and cannot forget a new one.
 */
import { accessOf } from '../../graph-service/src/contract/common.ts';
import type { RouteAccess } from '../../graph-service/src/model/roles.ts';

// biome-ignore lint/suspicious/noExplicitAny: the document is read as JSON
type Json = any;
export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

export interface Operation {
  id: string;
  method: Method;
  /** As documented, e.g. /api/maps/{map}/nodes/{id}. */
  path: string;
  access: RouteAccess;
  inMap: boolean;
  operation: Json;
}

export interface BuiltRequest {
  method: Method;
  url: string;
  payload?: string;
  headers: Record<string, string>;
}

export function operationsOf(document: Json): Operation[] {
  return Object.entries(document.paths as Record<string, Json>).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((m) => {
      const operation = item[m];
      const access = accessOf({ security: operation.security ?? document.security }) ?? 'public';
      return { id: operation.operationId as string, method: m.toUpperCase() as Method, path, access, inMap: path.startsWith('/api/maps/{map}'), operation };
    }),
  );
}

/** The first example a parameter or media type carries itself (@fastify/swagger moves schema examples there). */
function ownExample(holder: Json): unknown {
  if (holder?.example !== undefined) return holder.example;
  const examples = holder?.examples && Object.values(holder.examples as Record<string, Json>);
  return examples?.length ? examples[0].value : undefined;
}

/** A value the schema takes: its example, an enum's first, its default, or one of its type. */
export function exampleOf(schema: Json): unknown {
  if (!schema) return 'x';
  if (schema.examples?.length) return schema.examples[0];
  if (schema.example !== undefined) return schema.example;
  if (schema.enum?.length) return schema.enum[0];
  if (schema.const !== undefined) return schema.const;
  if (schema.default !== undefined) return schema.default;
  if (schema.anyOf?.length) return exampleOf(schema.anyOf.find((s: Json) => s.type !== 'null') ?? schema.anyOf[0]);
  switch (schema.type) {
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return false;
    case 'array':
      return [];
    case 'object':
      return Object.fromEntries((schema.required ?? []).map((key: string) => [key, exampleOf(schema.properties?.[key])]));
    default:
      return 'x';
  }
}

const RAW_CSV = 'id,name,type,source\norg-matrix-import,Matrix Import Group,Organisation,matrix test\n';

/** The operation's request in `map`, with its examples. */
export function requestFor(op: Operation, map: string): BuiltRequest {
  const params = (op.operation.parameters ?? []) as Json[];
  let url = op.path;
  const query = new URLSearchParams();
  for (const p of params) {
    const value = p.in === 'path' && p.name === 'map' ? map : (ownExample(p) ?? exampleOf(p.schema));
    if (p.in === 'path') url = url.replace(`{${p.name}}`, encodeURIComponent(String(value)));
    else if (p.in === 'query' && p.required) query.set(p.name, String(value));
  }
  const content = op.operation.requestBody?.content as Record<string, Json> | undefined;
  // A raw upload names its file, so the service knows its format.
  if (content && !content['application/json']) query.set('name', 'elements.csv');
  const qs = query.toString();
  if (!content) return { method: op.method, url: qs ? `${url}?${qs}` : url, headers: {} };
  if (content['application/json']) {
    return { method: op.method, url: qs ? `${url}?${qs}` : url, payload: JSON.stringify(ownExample(content['application/json']) ?? exampleOf(content['application/json'].schema)), headers: { 'content-type': 'application/json' } };
  }
  return { method: op.method, url: qs ? `${url}?${qs}` : url, payload: RAW_CSV, headers: { 'content-type': 'text/csv' } };
}
