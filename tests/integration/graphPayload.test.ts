/**
 * The graph the app loads first is served like a static file: compressed, with an ETag, and a 304
 * for a caller whose copy is current; any write in the map (or the seed writing to it) gives a new
 * ETag and the new data; what one kind of caller may see is never served to another.
 */
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../graph-service/src/app.ts';
import { SEED_MAP, SEED_MAPS } from '../support/db.ts';
import { serviceForThisFile } from '../support/service.ts';

const rig = serviceForThisFile({ reseed: 'each' });
const graphUrl = (map = SEED_MAP) => `/api/maps/${map}/graph`;
const ORG = 'org-providence-house';

async function nodeVersion(id: string): Promise<number> {
  const answer = await rig.app.inject({ method: 'GET', url: `/api/maps/${SEED_MAP}/nodes/${id}` });
  return answer.json().node.version;
}

describe('the graph payload', () => {
  it('comes gzip-compressed with an ETag, and the same as the plain answer', async () => {
    const plain = await rig.app.inject({ method: 'GET', url: graphUrl() });
    const packed = await rig.app.inject({ method: 'GET', url: graphUrl(), headers: { 'accept-encoding': 'gzip, br' } });
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-type']).toMatch(/^application\/json/);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(packed.headers['content-encoding']).toBe('gzip');
    expect(packed.headers.etag).toBe(plain.headers.etag);
    expect(packed.headers['cache-control']).toBe('private, no-cache');
    expect(packed.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
    expect(JSON.parse(gunzipSync(packed.rawPayload).toString())).toEqual(plain.json());
    expect(plain.json().nodes.length).toBeGreaterThan(50);
  });

  it('answers 304 with no body to a caller whose copy is current, and the new data after a write', async () => {
    const first = await rig.app.inject({ method: 'GET', url: graphUrl() });
    const etag = first.headers.etag as string;
    const again = await rig.app.inject({ method: 'GET', url: graphUrl(), headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);

    const patched = await rig.app.inject({
      method: 'PATCH', url: `/api/maps/${SEED_MAP}/nodes/${ORG}`,
      payload: { version: await nodeVersion(ORG), changes: { description: 'Rooms for community groups, rebuilt in 2026.' } },
    });
    expect(patched.statusCode).toBe(200);
    const after = await rig.app.inject({ method: 'GET', url: graphUrl(), headers: { 'if-none-match': etag } });
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(etag);
    const node = after.json().nodes.find((n: { key: string }) => n.key === ORG);
    expect(node.attributes.description).toBe('Rooms for community groups, rebuilt in 2026.');
  });

  it('gives each map, date and filter its own ETag', async () => {
    const tags = new Set<string>();
    for (const url of [graphUrl(), graphUrl(SEED_MAPS[1].id), `${graphUrl()}?asOf=2021-10-01`, `${graphUrl()}?asOf=2022-03-31`]) {
      const answer = await rig.app.inject({ method: 'GET', url });
      expect(answer.statusCode).toBe(200);
      tags.add(answer.headers.etag as string);
    }
    expect(tags.size).toBe(4);
  });

  it('never serves what a member sees to the public', async () => {
    const accountsApp = await buildApp({ db: rig.db, access: 'accounts', editorKey: 'k'.repeat(32) });
    try {
      const admin = await accountsApp.inject({ method: 'GET', url: graphUrl(), headers: { authorization: `Bearer ${'k'.repeat(32)}` } });
      const visitor = await accountsApp.inject({ method: 'GET', url: graphUrl(), headers: { 'if-none-match': admin.headers.etag as string } });
      expect(visitor.statusCode).toBe(200);
      expect(visitor.headers.etag).not.toBe(admin.headers.etag);
      const people = (answer: typeof admin) => answer.json().nodes.filter((n: { attributes: { nodeType: string } }) => n.attributes.nodeType === 'Person').length;
      expect(people(admin)).toBeGreaterThan(0);
      expect(people(visitor)).toBe(0);
    } finally {
      await accountsApp.close();
    }
  });
});
