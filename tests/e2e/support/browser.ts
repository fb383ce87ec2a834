/**
 * The one set-up every browser test shares: the real service on the run's Neo4j, freshly seeded,
 * and Debian's Chromium (never a downloaded browser). A file calls rigForThisFile() once.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { loadConfig } from '../../../graph-service/src/config.ts';
import { DIST_APP, startServer, type RunningServer } from '../../../graph-service/src/server.ts';
import { resetAndSeed, testDatabase } from '../../support/db.ts';
import { graphReady } from './published.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/**
 * --disable-gpu's software GL draws a tall canvas wrongly once nodes are dimmed (the nodes layer comes
 * out blank); ANGLE's SwiftShader draws it as a real tablet's GPU does.
 */
export const SWIFTSHADER_ARGS = [...CHROMIUM_ARGS.filter((a) => a !== '--disable-gpu'), '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];
export const DESKTOP = { width: 1280, height: 800 };
export const TABLET = { width: 820, height: 1180 };

export interface BrowserRig {
  server: RunningServer;
  browser: Browser;
  close(): Promise<void>;
}

function requireChromium(): void {
  if (!existsSync(CHROMIUM)) throw new Error(`Browser tests need Debian's Chromium at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH).`);
}

export function launchChromium(args = CHROMIUM_ARGS): Promise<Browser> {
  requireChromium();
  return chromium.launch({ executablePath: CHROMIUM, args });
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
