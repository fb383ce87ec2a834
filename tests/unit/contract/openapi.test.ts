/**
 * The OpenAPI document, built from the contract without a database (the driver never connects),
 * passes Redocly's strictest ruleset with no errors and no warnings, and every route has an
 * operationId, a tag, a 2xx response with a schema, and an example.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import type { FastifyInstance } from 'fastify';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../graph-service/src/app.ts';

type Operation = { operationId?: string; tags?: string[]; responses: Record<string, { content?: Record<string, { schema?: unknown; example?: unknown; examples?: unknown }> }> };
const METHODS = ['get', 'post', 'patch', 'put', 'delete'] as const;

const driver = neo4j.driver('bolt://127.0.0.1:9', neo4j.auth.basic('nobody', 'nothing'));
let app: FastifyInstance;
let document: { paths: Record<string, Partial<Record<(typeof METHODS)[number], Operation>>> };

beforeAll(async () => {
  app = await buildApp({ db: { driver, database: 'neo4j', uri: 'bolt://127.0.0.1:9' } });
  await app.ready();
  document = app.swagger() as typeof document;
});
afterAll(async () => {
  await app.close();
  await driver.close();
});

function operations(): [string, Operation][] {
  return Object.entries(document.paths).flatMap(([path, item]) => METHODS.filter((m) => item[m]).map((m) => [`${m.toUpperCase()} ${path}`, item[m]!] as [string, Operation]));
}

describe('the OpenAPI document', () => {
  it('has every route of the service, one per operation the contract defines', async () => {
    const folder = path.resolve(import.meta.dirname, '../../../graph-service/src/contract');
    const defined = new Set<string>();
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.ts'))) {
      for (const value of Object.values(await import(path.join(folder, file)))) {
        const id = (value as { operationId?: unknown } | null)?.operationId;
        if (typeof id === 'string') defined.add(id);
      }
    }
    const documented = operations().map(([, operation]) => operation.operationId);
    expect(documented.length).toBeGreaterThan(60);
    expect(new Set(documented).size, 'operationIds are unique').toBe(documented.length);
    expect(new Set(documented)).toEqual(defined);
  });

  it('passes the recommended-strict Redocly ruleset with zero errors and zero warnings', async () => {
    const config = await createConfig({ extends: ['recommended-strict'] });
    const problems = await lintFromString({ source: JSON.stringify(document), absoluteRef: 'openapi.json', config });
    expect(problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`)).toEqual([]);
  });

  it('gives every route an operationId, a tag, and a 2xx answer with a schema and an example', () => {
    for (const [name, operation] of operations()) {
      expect(operation.operationId, name).toMatch(/^[a-z][A-Za-z]+$/);
      expect(operation.tags, name).toHaveLength(1);
      const success = Object.entries(operation.responses).filter(([status]) => status.startsWith('2'));
      expect(success.length, name).toBeGreaterThan(0);
      for (const [, answer] of success) {
        const media = Object.values(answer.content ?? {});
        expect(media.length, name).toBeGreaterThan(0);
        for (const type of media) expect(type.schema, name).toBeDefined();
        const schemas = media.map((type) => type.schema as { examples?: unknown[] });
        expect(media.some((type) => type.example !== undefined || type.examples !== undefined) || schemas.some((s) => s?.examples), name).toBe(true);
      }
    }
  });

  it('answers every error with the one ErrorResponse shape', () => {
    for (const [name, operation] of operations()) {
      const failures = Object.entries(operation.responses).filter(([status]) => /^[45]/.test(status));
      expect(failures.length, name).toBeGreaterThan(0);
      for (const [status, answer] of failures) {
        const schema = answer.content?.['application/json']?.schema as { required?: string[]; properties?: Record<string, unknown> };
        expect(schema.required, `${name} ${status}`).toEqual(expect.arrayContaining(['error', 'message']));
        expect(Object.keys(schema.properties ?? {}), `${name} ${status}`).toEqual(expect.arrayContaining(['error', 'message', 'fields']));
      }
    }
  });

  it('documents the 503 (database away) on every operation, and the 507 (disk full) on every write', () => {
    for (const [name, operation] of operations()) {
      expect(Object.keys(operation.responses), name).toContain('503');
      if (!name.startsWith('GET ')) expect(Object.keys(operation.responses), name).toContain('507');
    }
  });
});
