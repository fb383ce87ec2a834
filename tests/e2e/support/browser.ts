/**
 * The one set-up every browser test shares: the real service on the run's Neo4j, freshly seeded,
 * and Debian's Chromium (never a downloaded browser). A file calls rigForThisFile() once.
 */
import { existsSync, mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { loadConfig } from '../../../graph-service/src/config.ts';
import { DIST_APP, startServer, type RunningServer } from '../../../graph-service/src/server.ts';
import { launchChromium, requireChromium } from '../../support/chromium.ts';
import { resetAndSeed, testDatabase } from '../../support/db.ts';
import { graphReady } from './published.ts';

export const DESKTOP = { width: 1280, height: 800 };
export const TABLET = { width: 820, height: 1180 };

export interface BrowserRig {
  server: RunningServer;
  browser: Browser;
  close(): Promise<void>;
}

/** Seeds the database, starts the service on a free port and launches Chromium. */
export async function startRig(): Promise<BrowserRig> {
  requireChromium();
  if (!existsSync(`${DIST_APP}/index.html`)) throw new Error('The app is not built: run npm run build (npm test and npm run test:e2e do it first).');
  const db = testDatabase();
  await resetAndSeed(db);
  const server = await startServer(loadConfig({ PORT: '0' }), { db, log: () => {} });
  const browser = await launchChromium();
  mkdirSync('test-results', { recursive: true });
  return {
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
      await server.db.driver.close();
    },
  };
}

/** One rig for the calling test file: started before its first test, closed after its last. */
export function rigForThisFile(): BrowserRig {
  const rig = {} as BrowserRig;
  beforeAll(async () => {
    Object.assign(rig, await startRig());
  });
  afterAll(async () => {
    await rig.close?.();
  });
  return rig;
}

export interface OpenOptions {
  viewport?: { width: number; height: number };
  /** Another browser than the rig's (one launched with other flags). */
  browser?: Browser;
}

/** Opens the app (at `query`, e.g. "?sel=org-x") in a fresh context and waits for the first drawn map. Collects page errors. */
export async function openAtlas(rig: BrowserRig, query = '', options: OpenOptions = {}): Promise<{ page: Page; errors: string[] }> {
  const page = await (options.browser ?? rig.browser).newPage({ viewport: options.viewport ?? DESKTOP });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(new URL(query, rig.server.url).href);
  await graphReady(page);
  return { page, errors };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/${name}.png` });
}
