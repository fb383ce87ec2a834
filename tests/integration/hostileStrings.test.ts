/**
 * Property-based: hostile strings (Cypher and Lucene fragments, quotes, backticks, control characters,
 * very long and non-Latin text) thrown at every write and at search are stored and returned verbatim,
 * and never executed: the rest of the graph is unchanged after each.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEED_MAP } from '../support/db.ts';
import { serviceForThisFile } from '../support/service.ts';

const service = serviceForThisFile();
const inMap = `/api/maps/${SEED_MAP}`;

const FRAGMENTS = [
  "'}) MATCH (n) DETACH DELETE n //",
  '"}) DETACH DELETE n RETURN 1 //',
  '`Entity`) DETACH DELETE n //',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template placeholder is one of the hostile strings
  '$id', '${name}', '\\', "\\'", '*', '~', 'AND', 'OR NOT', 'name:(x) OR *:*', '}]->(', 'CALL db.clearQueryCaches()',
  '<script>alert(1)</script>', '=HYPERLINK("x")', '\u0000', '\u0007\u001b[31m', '\r\n\t', '\u202e', 'Ω≈ç√∫', '東京都', 'مرحبا', '👩🏽‍🤝‍👩🏻',
];

const hostile = fc.oneof(
  fc.constantFrom(...FRAGMENTS),
  fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(' ')),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 60 }),
  fc.string({ unit: fc.constantFrom('\u0000', '\u0001', '\u001f', '\u007f', "'", '"', '`', '\\', '{', '}'), minLength: 1, maxLength: 30 }),
);
const longText = fc.string({ unit: 'binary', minLength: 2_000, maxLength: 9_000 });

async function call(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown) {
  const response = await service.app.inject({ method, url, payload: payload as Record<string, unknown> });
  // biome-ignore lint/suspicious/noExplicitAny: answers are read field by field, as JSON
  return { status: response.statusCode, body: response.json() as Record<string, any> };
}

/** Nodes and ties in the whole store, every map together: nothing outside the write may change. */
async function count(): Promise<{ nodes: number; ties: number }> {
  const { body } = await call('GET', '/api/health');
  return { nodes: body.neo4j.nodes, ties: body.neo4j.ties };
}


const blank = (text: string) => text.trim() === '';

describe('hostile strings', () => {
  it('are stored verbatim in a new node and its properties, and read back the same', async () => {
    await fc.assert(fc.asyncProperty(hostile, hostile, longText, hostile, async (name, alias, description, property) => {
      const before = await count();
      const created = await call('POST', `${inMap}/nodes`, { nodeType: 'Organisation', name, source: property, description, aliases: [alias], properties: { note: property } });
      if (blank(name) || blank(property) || name.length > 300) {
        expect(created.status).toBe(400);
        expect(await count()).toEqual(before);
        return;
      }
      expect(created.status, JSON.stringify(created.body).slice(0, 300)).toBe(201);
      const read = await call('GET', `${inMap}/nodes/${created.body.id}`);
      expect(read.body.node).toMatchObject({ name, description, source: property, note: property });
      if (!blank(alias)) expect(read.body.node.aliases).toEqual([alias.trim()]);
      expect(await count()).toEqual({ nodes: before.nodes + 1, ties: before.ties });
    }), { numRuns: 25 });
  });

  it('are stored verbatim by updates and by new ties', async () => {
    await fc.assert(fc.asyncProperty(hostile, hostile, async (text, other) => {
      const before = await count();
      const node = (await call('GET', `${inMap}/nodes/org-providence-house`)).body.node;
      const updated = await call('PATCH', `${inMap}/nodes/org-providence-house`, { version: node.version, changes: { description: text, properties: { motto: other } } });
      expect(updated.status).toBe(200);
      expect(updated.body).toMatchObject({ description: text, motto: other, name: node.name });
      if (blank(other)) return;
      const tie = await call('POST', `${inMap}/ties`, { tieType: 'CONNECTED_WITH', from: 'org-providence-house', to: 'org-caius-house', source: other, properties: { description: text } });
      expect(tie.status).toBe(201);
      const tieId = encodeURIComponent(tie.body.id);
      expect((await call('GET', `${inMap}/ties/${tieId}`)).body).toMatchObject({ source: other, description: text });
      const changed = await call('PATCH', `${inMap}/ties/${tieId}`, { version: 1, changes: { properties: { description: other } } });
      expect(changed.body.description).toBe(other);
      expect(await count()).toEqual({ nodes: before.nodes, ties: before.ties + 1 });
      // Gone again, so the next run's tie between the same two is not a duplicate of this one.
      expect((await call('DELETE', `${inMap}/ties/${tieId}?version=${changed.body.version}`)).status).toBeLessThan(300);
      expect(await count()).toEqual(before);
    }), { numRuns: 25 });
  });

  it('in search are only ever looked for, never run', async () => {
    const before = await count();
    await fc.assert(fc.asyncProperty(fc.oneof(hostile, fc.string({ unit: 'binary', minLength: 1, maxLength: 500 })), async (q) => {
      for (const path of [`${inMap}/search`, '/api/search']) {
        const response = await call('GET', `${path}?q=${encodeURIComponent(q)}&limit=5`);
        if (q.length > 500) return;
        expect(response.status, JSON.stringify(response.body).slice(0, 300)).toBe(200);
        expect(response.body.query).toBe(q);
        expect(Array.isArray(response.body.results)).toBe(true);
      }
    }), { numRuns: 60 });
    expect(await count()).toEqual(before);
  });

  it('in map ids, ids and filters get a 4xx (bad input, not found, too long), never a 500', async () => {
    await fc.assert(fc.asyncProperty(hostile, async (text) => {
      const id = encodeURIComponent(text);
      const urls = [
        `${inMap}/nodes/${id}`, `${inMap}/nodes/${id}/neighbourhood`, `${inMap}/paths?from=${id}&to=org-caius-house`, `${inMap}/subgraph?alliance=${id}`, `${inMap}/themes/${id}`,
        `/api/maps/${id}/graph`, `/api/maps/${id}/nodes/org-providence-house`, `/api/maps/${id}/search?q=house`,
      ];
      for (const url of urls) {
        const response = await service.app.inject({ method: 'GET', url });
        expect([400, 404, 414], `${url} → ${response.statusCode}`).toContain(response.statusCode);
      }
    }), { numRuns: 25 });
  });
});
