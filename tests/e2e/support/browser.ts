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
export const PHONE = { width: 390, height: 844 };

/** The seed map most tests read: the Battersea Alliance (seed documents 000 and 001). */
export const BATTERSEA = 'battersea-alliance';

export interface BrowserRig {
  server: RunningServer;
  browser: Browser;
  close(): Promise<void>;
}

/** Seeds the database, starts the service on a free port and launches Chromium; `env` adds settings (e.g. ATLAS_ACCESS). */
export async function startRig(env: Record<string, string> = {}): Promise<BrowserRig> {
  requireChromium();
  if (!existsSync(`${DIST_APP}/index.html`)) throw new Error('The app is not built: run npm run build (npm test and npm run test:e2e do it first).');
  const db = testDatabase();
  await resetAndSeed(db);
  const server = await startServer(loadConfig({ PORT: '0', ...env }), { db, log: () => {} });
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
export function rigForThisFile(env: Record<string, string> = {}): BrowserRig {
  const rig = {} as BrowserRig;
  beforeAll(async () => {
    Object.assign(rig, await startRig(env));
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

/** A map's address with a view state: `mapPath('team-hackney', '?sel=org-hcvs')`. */
export const mapPath = (map: string, query = '') => `/maps/${map}${query}`;

/**
 * Opens the app in a fresh context and waits for the first drawn map. `address` is a path
 * ("/maps/team-hackney?sel=org-hcvs") or a view state alone ("?sel=org-x"), which opens on the
 * Battersea map. Collects page errors.
 */
export async function openAtlas(rig: BrowserRig, address = '', options: OpenOptions = {}): Promise<{ page: Page; errors: string[] }> {
  const { page, errors } = await openPage(rig, address.startsWith('/') ? address : mapPath(BATTERSEA, address), options);
  await graphReady(page);
  return { page, errors };
}

/** Opens any address of the app in a fresh context without waiting for a map (the opening page has none). */
export async function openPage(rig: BrowserRig, address: string, options: OpenOptions = {}): Promise<{ page: Page; errors: string[] }> {
  const page = await (options.browser ?? rig.browser).newPage({ viewport: options.viewport ?? DESKTOP });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(new URL(address, rig.server.url).href);
  return { page, errors };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/${name}.png` });
}
