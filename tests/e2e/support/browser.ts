/** Shared set-up for browser tests: the real service on the run's Neo4j, and Debian's Chromium. */
import { existsSync, mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { loadConfig } from '../../../graph-service/src/config.ts';
import { DIST_APP, startServer, type RunningServer } from '../../../graph-service/src/server.ts';
import { resetAndSeed, testDatabase } from '../../support/db.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const DESKTOP = { width: 1280, height: 800 };
export const TABLET = { width: 820, height: 1180 };

export interface BrowserRig {
  server: RunningServer;
  browser: Browser;
  close(): Promise<void>;
}

/** Seeds the database, starts the service on a free port and launches Chromium (no download, ever). */
export async function startRig(): Promise<BrowserRig> {
  if (!existsSync(CHROMIUM)) throw new Error(`Browser tests need Debian's Chromium at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH).`);
  if (!existsSync(`${DIST_APP}/index.html`)) throw new Error('The app is not built: run npm run build (npm test does it first).');
  const db = testDatabase();
  await resetAndSeed(db);
  const server = await startServer(loadConfig({ PORT: '0' }), { db, log: () => {} });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
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

/** Opens the app (at `query`, e.g. "?sel=org-x") and waits for the first drawn map. Collects page errors. */
export async function openAtlas(rig: BrowserRig, query = '', viewport = DESKTOP): Promise<{ page: Page; errors: string[] }> {
  const page = await rig.browser.newPage({ viewport });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(new URL(query, rig.server.url).href);
  await page.waitForFunction(() => document.body.dataset.graphReady === 'true', undefined, { timeout: 30_000 });
  return { page, errors };
}

/** Where a node is drawn, in page coordinates. */
export async function nodePosition(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((node) => {
    const { sigma, graph } = window.atlas!;
    const vp = sigma.graphToViewport({ x: graph.getNodeAttribute(node, 'x'), y: graph.getNodeAttribute(node, 'y') });
    const box = sigma.getContainer().getBoundingClientRect();
    return { x: box.left + vp.x, y: box.top + vp.y };
  }, id);
}

/** Stops the layout so nodes stay where they are, then clicks a node on the canvas. */
export async function clickNode(page: Page, id: string): Promise<void> {
  const stop = page.getByRole('button', { name: 'Stop' });
  if (await stop.isVisible()) await stop.click();
  await page.waitForTimeout(150);
  const { x, y } = await nodePosition(page, id);
  await page.mouse.click(x, y);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/${name}.png` });
}

/** What sigma's reducers make of a node right now: hidden, dimmed or bright. */
export async function nodeLook(page: Page, id: string): Promise<{ hidden: boolean; dimmed: boolean; highlighted: boolean }> {
  return page.evaluate((node) => {
    const data = window.atlas!.sigma.getNodeDisplayData(node);
    return { hidden: !!data?.hidden, dimmed: data?.color === '#eef2f6', highlighted: !!data?.highlighted };
  }, id);
}
