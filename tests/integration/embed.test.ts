/**
 * The embedding rule (security/embed.ts): only the embed page (`/maps/<id>?embed=1`) of a
 * published map may be framed by another site; the app's other pages, an unpublished or unknown
 * map's embed page and the API keep `frame-ancestors 'none'` and X-Frame-Options.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../graph-service/src/app.ts';
import { resetAndSeed, SEED_MAP, SEED_MAPS, testDatabase } from '../support/db.ts';

const db = testDatabase();
let app: Awaited<ReturnType<typeof buildApp>>;
const HIDDEN = SEED_MAPS[2].id;

beforeAll(async () => {
  await resetAndSeed(db);
  const staticDir = mkdtempSync(path.join(tmpdir(), 'atlas-embed-'));
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Alliance Atlas</title>');
  app = await buildApp({ db, staticDir });
  await db.driver.executeQuery('MATCH (m:Map {id: $id}) SET m.published = false', { id: HIDDEN }, { database: db.database });
});
afterAll(async () => {
  await app?.close();
  await db.driver.close();
});

async function framing(url: string) {
  const answer = await app.inject({ method: 'GET', url });
  return { status: answer.statusCode, ancestors: /frame-ancestors ([^;]*)/.exec(String(answer.headers['content-security-policy']))?.[1], xfo: answer.headers['x-frame-options'], csp: String(answer.headers['content-security-policy']) };
}

describe('embedding a map in another website', () => {
  it('is allowed for the embed page of a published map, with the rest of the CSP unchanged', async () => {
    const embed = await framing(`/maps/${SEED_MAP}?embed=1&sel=org-providence-house`);
    expect(embed.status).toBe(200);
    expect(embed.ancestors).toBe('*');
    expect(embed.xfo).toBeUndefined();
    const page = await framing(`/maps/${SEED_MAP}`);
    expect(embed.csp.replace(/frame-ancestors [^;]*/, '')).toBe(page.csp.replace(/frame-ancestors [^;]*/, ''));
  });

  it("is refused everywhere else: the full app, an unpublished or unknown map's embed, the API, the report", async () => {
    for (const url of [`/maps/${SEED_MAP}`, `/maps/${SEED_MAP}?embed=0`, '/', `/maps/${HIDDEN}?embed=1`, '/maps/no-such-map?embed=1', `/api/maps/${SEED_MAP}/graph?embed=1`, `/api/maps/${SEED_MAP}/reports/health?embed=1`, `/maps/${SEED_MAP}/extra?embed=1`]) {
      const answer = await framing(url);
      expect(answer.ancestors, url).toBe("'none'");
      expect(answer.xfo, url).toBe('SAMEORIGIN');
    }
  });
});
