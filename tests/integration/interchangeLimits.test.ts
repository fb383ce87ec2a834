/**
 * Hostile and malformed uploads over HTTP, at least 500 of them in every format: each ends in a
 * 4xx with a clear message naming what to do, the store is unchanged (nodes, ties and property
 * names counted before and after), and the service answers a health probe within 500 ms all along
 * (probed concurrently while uploads are in flight). Files within the limits are read, never a 500,
 * and a commit given the dry run's fingerprint refuses (409) when the map changed since.
 */
import type { FastifyInstance } from 'fastify';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../graph-service/src/app.ts';
import type { Format } from '../../graph-service/src/interchange/types.ts';
import { ExportService } from '../../graph-service/src/services/exportService.ts';
import { contentHash } from '../fixtures/interchange/database.ts';
import {
  forgedBomb, LIMITS, manyColumns, manyEntries, manyNodes, manyPropertyNames, manyRows, nestedJson, nestedXml, realBomb, type HostileFile,
} from '../fixtures/interchange/hostileFiles.ts';
import { resetAndSeed, SEED_MAP, testDatabase } from '../support/db.ts';

const db = testDatabase();
let app: FastifyInstance;
let base: string;
const valid = new Map<Format, Buffer>();
const FORMATS: Format[] = ['csv', 'xlsx', 'gexf', 'graphml', 'json'];

beforeAll(async () => {
  await resetAndSeed(db);
  app = await buildApp({ db });
  base = await app.listen({ port: 0, host: '127.0.0.1' });
  const exports = new ExportService(db);
  for (const format of FORMATS) valid.set(format, Buffer.from((await exports.export(SEED_MAP, format, { table: 'connections' })).body));
}, 300_000);
afterAll(async () => {
  await app?.close();
  await db.driver.close();
});

const CLEAR = /^(CSV|XLSX|GEXF|GraphML|JSON|interchange|import)\b/;
const UNCLEAR = /undefined|NaN|\[object|TypeError|Cannot read|is not a function|Check that Neo4j/;

interface StoreCounts { nodes: number; ties: number; propertyKeys: number; hash: string }

async function counts(): Promise<StoreCounts> {
  const one = async (query: string) => (await db.driver.executeQuery(query, {}, { database: db.database })).records[0].get(0).toNumber() as number;
  return {
    nodes: await one('MATCH (n) RETURN count(n)'),
    ties: await one('MATCH ()-[r]->() RETURN count(r)'),
    propertyKeys: await one('CALL db.propertyKeys() YIELD propertyKey RETURN count(propertyKey)'),
    hash: await contentHash(db),
  };
}

/** Uploads one file (alternately a dry run and a commit, into the map or into a new one); retries a 429 as its Retry-After asks. */
async function upload(file: HostileFile, index: number): Promise<{ status: number; body: { error: string; message: string }; retried: number }> {
  const query = new URLSearchParams({ format: file.format, name: `${file.what.replace(/\W+/g, '-')}.${file.format}` });
  const url = [`/api/maps/${SEED_MAP}/import/preview`, `/api/maps/${SEED_MAP}/import/commit`, '/api/import/preview', '/api/import/commit'][index % 4];
  if (url === '/api/import/commit') query.set('title', 'Hostile');
  for (let retried = 0; ; retried++) {
    const response = await fetch(`${base}${url}?${query}`, { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body: new Uint8Array(file.bytes) });
    if (response.status === 429 && retried < 20) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      continue;
    }
    return { status: response.status, body: await response.json(), retried };
  }
}

/** Probes /api/health every 50 ms until told to stop; the slowest answer. */
const inFlight = new Set<string>();
const slow: string[] = [];
function probe(): { stop: () => Promise<{ max: number; probes: number; failed: number }> } {
  let running = true;
  let max = 0;
  let probes = 0;
  let failed = 0;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      const response = await fetch(`${base}/api/health`);
      await response.arrayBuffer();
      const took = performance.now() - started;
      if (took > 200) slow.push(`${took.toFixed(0)} ms during ${[...inFlight].join(' + ')}`);
      max = Math.max(max, took);
      probes++;
      if (!response.ok) failed++;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  return { stop: async () => { running = false; await loop; return { max, probes, failed }; } };
}

function sample<T>(arbitrary: fc.Arbitrary<T>, count: number, seed: number): T[] {
  return fc.sample(arbitrary, { numRuns: count, seed });
}

/** The ≥ 500 files: every format, every limit, every way to be malformed. */
function hostileFiles(): HostileFile[] {
  const files: HostileFile[] = [];
  const add = (what: string, format: Format, bytes: Buffer) => files.push({ what, format, bytes });
  // Nesting past the limit, up to 10,000+ levels, in JSON objects and lists and in both XML formats.
  for (const depth of sample(fc.integer({ min: LIMITS.depth + 1, max: 12_000 }), 40, 1)) add(`json nested ${depth}`, 'json', nestedJson(depth, depth % 2 === 0));
  add('json nested 100000', 'json', nestedJson(100_000));
  for (const depth of sample(fc.integer({ min: LIMITS.depth + 1, max: 12_000 }), 40, 2)) add(`xml nested ${depth}`, depth % 2 ? 'gexf' : 'graphml', nestedXml(depth % 2 ? 'gexf' : 'graphml', depth));
  // Rows past the limit: a 125,000-row CSV (4 MB) and 200,000-node graph files.
  add('csv 125000 rows', 'csv', manyRows(125_000));
  add('gexf 200000 nodes', 'gexf', manyNodes('gexf', 200_000));
  add('graphml 200000 nodes', 'graphml', manyNodes('graphml', 200_000));
  add('json 100001 nodes', 'json', Buffer.from(JSON.stringify({ nodes: Array.from({ length: LIMITS.rows + 1 }, (_, i) => ({ key: `n${i}` })), edges: [] })));
  // Columns past the limit, up to 100,000, and distinct property names past theirs.
  for (const columns of sample(fc.integer({ min: LIMITS.columns + 1, max: 100_000 }), 30, 3)) add(`csv ${columns} columns`, 'csv', manyColumns(columns));
  for (const columns of sample(fc.integer({ min: LIMITS.properties + 3, max: LIMITS.columns }), 30, 4)) add(`csv ${columns - 2} properties`, 'csv', manyColumns(columns));
  for (const names of sample(fc.integer({ min: LIMITS.properties + 1, max: 2_000 }), 30, 5)) add(`json ${names} property names`, 'json', manyPropertyNames(names));
  // Decompression bombs: directories declaring up to 4 GiB, one real 160 MiB bomb, too many entries.
  for (const declared of sample(fc.integer({ min: LIMITS.xlsxUnpacked + 1, max: 0xfffffffe }), 40, 6)) add(`xlsx forged ${declared} bytes`, 'xlsx', forgedBomb(declared));
  add('xlsx real bomb 160 MiB', 'xlsx', realBomb(160));
  for (const entries of sample(fc.integer({ min: LIMITS.xlsxEntries + 1, max: 5_000 }), 10, 7)) add(`xlsx ${entries} entries`, 'xlsx', manyEntries(entries));
  // Truncated files: zips without their directory, XML without its end, JSON mid-value.
  for (const [i, fraction] of sample(fc.double({ min: 0.02, max: 0.98, noNaN: true }), 120, 8).entries()) {
    const format = (['xlsx', 'gexf', 'graphml', 'json'] as const)[i % 4];
    const whole = valid.get(format)!;
    add(`${format} cut at ${fraction.toFixed(3)}`, format, whole.subarray(0, Math.max(1, Math.floor(whole.length * fraction))));
  }
  // Bad encodings: UTF-16, Latin-1 bytes, NUL bytes, a zip sent as text.
  for (const [i, [fraction, byte]] of sample(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0x80, max: 0xff })), 80, 9).entries()) {
    const format = (['csv', 'gexf', 'graphml', 'json'] as const)[i % 4];
    const whole = valid.get(format)!;
    const at = Math.floor(whole.length * fraction);
    const bytes = i % 8 === 0 ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(whole.toString('utf16le'))])
      : i % 8 === 1 ? Buffer.concat([whole.subarray(0, at), Buffer.from([0]), whole.subarray(at)])
        : Buffer.concat([whole.subarray(0, at), Buffer.from([byte, 0x41]), whole.subarray(at)]);
    add(`${format} bad encoding ${i}`, format, bytes);
  }
  for (const format of ['csv', 'json', 'gexf', 'graphml'] as const) add(`${format} that is a zip`, format, valid.get('xlsx')!);
  // Random bytes read as each format.
  for (const [i, bytes] of sample(fc.uint8Array({ minLength: 1, maxLength: 600 }), 100, 10).entries()) add(`random ${i}`, FORMATS[i % 5], Buffer.from(bytes));
  return files;
}

describe('hostile uploads fail alone', () => {
  it('≥ 500 malformed files: each a 4xx with a clear message, the store unchanged, health answered within 500 ms throughout', async () => {
    const files = hostileFiles();
    expect(files.length).toBeGreaterThanOrEqual(500);
    const before = await counts();
    // The same probe with nothing uploading: on a machine loaded by other work, the bar is set by it.
    const quiet = probe();
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const baseline = await quiet.stop();
    slow.length = 0;
    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    const probes = probe();
    const outcomes: { file: HostileFile; status: number; message: string }[] = [];
    let retried = 0;
    let next = 0;
    // Two uploads in flight at once (the most one caller may run).
    await Promise.all([0, 1].map(async () => {
      while (next < files.length) {
        const index = next++;
        inFlight.add(files[index].what);
        const answer = await upload(files[index], index);
        inFlight.delete(files[index].what);
        retried += answer.retried;
        outcomes.push({ file: files[index], status: answer.status, message: answer.body.message });
      }
    }));
    const health = await probes.stop();
    loop.disable();
    console.log(`${slow.join('\n')}\nrequest thread: event loop delay max ${(loop.max / 1e6).toFixed(0)} ms, p99 ${(loop.percentile(99) / 1e6).toFixed(0)} ms`);
    console.log(`interchange limits: ${files.length} files, statuses ${JSON.stringify(Object.fromEntries([...new Set(outcomes.map((o) => o.status))].map((s) => [s, outcomes.filter((o) => o.status === s).length])))}, ${retried} retries after 429, health: ${health.probes} probes, slowest ${health.max.toFixed(0)} ms (${baseline.max.toFixed(0)} ms with nothing uploading)`);
    for (const { file, status, message } of outcomes) {
      expect([400, 413, 422], `${file.what}: ${status} ${message}`).toContain(status);
      expect(message, file.what).toMatch(CLEAR);
      expect(message, file.what).not.toMatch(UNCLEAR);
    }
    const byWhat = (prefix: string) => outcomes.filter((o) => o.file.what.startsWith(prefix));
    for (const o of [...byWhat('json nested'), ...byWhat('xml nested')]) expect(o.message, o.file.what).toMatch(new RegExp(`more than ${LIMITS.depth} levels`));
    for (const o of [...byWhat('csv 125000'), ...byWhat('gexf 200000'), ...byWhat('graphml 200000')]) expect(o.message).toMatch(/at most 100,000 rows.*Split/);
    for (const o of byWhat('xlsx forged')) expect(o.message).toMatch(/unpack to at most/);
    expect(health.failed).toBe(0);
    // Within 500 ms throughout; when the machine alone makes probes slower than 250 ms, uploads may add at most half again.
    expect(health.max, `slowest probe ${health.max.toFixed(0)} ms, ${baseline.max.toFixed(0)} ms with nothing uploading`).toBeLessThan(Math.max(500, baseline.max * 1.5));
    expect(await counts()).toEqual(before);
  }, 180_000);
});

describe('files within the limits are read, not a 500', () => {
  it('a 100,000-row CSV is planned in full', async () => {
    const response = await fetch(`${base}/api/maps/${SEED_MAP}/import/preview?format=csv&name=big.csv`, { method: 'POST', headers: { 'content-type': 'text/csv' }, body: new Uint8Array(manyRows(LIMITS.rows)) });
    expect(response.status).toBe(200);
    const plan = await response.json();
    expect(plan.summary.elements.created).toBe(LIMITS.rows);
  }, 120_000);

  it('JSON and XML nested up to the limit are read (a deep attribute is kept as text)', async () => {
    const json = await app.inject({ method: 'POST', url: `/api/import/preview?format=json`, headers: { 'content-type': 'application/octet-stream' }, payload: nestedJson(LIMITS.depth - 4) });
    expect(json.statusCode, json.body).toBe(200);
  });
});

describe('the dry run and the commit share one plan', () => {
  const file = (name: string) => Buffer.from(`name,type,source\n${name},Organisation,test: fingerprint\n`);
  const send = (step: 'preview' | 'commit', bytes: Buffer, fingerprint?: string) =>
    app.inject({ method: 'POST', url: `/api/maps/${SEED_MAP}/import/${step}?format=csv${fingerprint ? `&fingerprint=${fingerprint}` : ''}`, headers: { 'content-type': 'text/csv' }, payload: bytes });

  it('a commit given the preview\'s fingerprint writes what the preview showed', async () => {
    const preview = await send('preview', file('Fingerprint Org One'));
    const fingerprint = preview.json().fingerprint as string;
    expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
    const commit = await send('commit', file('Fingerprint Org One'), fingerprint);
    expect(commit.statusCode, commit.body).toBe(200);
    expect(commit.json().plan.fingerprint).toBe(fingerprint);
  });

  it('refuses with 409, writing nothing, when the map changed since the preview', async () => {
    const preview = await send('preview', file('Fingerprint Org Two'));
    expect(preview.json().rows[0].outcome).toBe('created');
    // Someone adds the same organisation between the preview and the commit: the commit's plan would update, not create.
    const made = await app.inject({ method: 'POST', url: `/api/maps/${SEED_MAP}/nodes`, payload: { nodeType: 'Organisation', name: 'Fingerprint Org Two', source: 'test: someone else' } });
    expect(made.statusCode).toBe(201);
    const before = await contentHash(db);
    const commit = await send('commit', file('Fingerprint Org Two'), preview.json().fingerprint);
    expect(commit.statusCode, commit.body).toBe(409);
    expect(commit.json().message).toMatch(/changed since the dry run/);
    expect(await contentHash(db)).toBe(before);
  });
});
