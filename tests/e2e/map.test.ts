/** End to end: the real service on the real Neo4j, opened in Debian's Chromium. */
import { existsSync, mkdirSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../graph-service/src/config.ts';
import { DIST_APP, startServer, type RunningServer } from '../../graph-service/src/server.ts';
import { readSeed } from '../../seed/dataset.ts';
import { resetAndSeed, testDatabase } from '../support/db.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const dataset = readSeed();
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Browser tests need Debian's Chromium at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH).`);
  if (!existsSync(`${DIST_APP}/index.html`)) throw new Error('The app is not built: run npm run build (npm test does it first).');
  const db = testDatabase();
  await resetAndSeed(db);
  server = await startServer(loadConfig({ PORT: '0' }), { db, log: () => {} });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  mkdirSync('test-results', { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await server?.db.driver.close();
});

describe('the alliance map in Chromium', () => {
  it('shows the seeded nodes, and a click on a node opens its panel', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url);
    await page.waitForFunction(() => document.body.dataset.graphReady === 'true', undefined, { timeout: 30_000 });

    const counts = await page.getByTestId('graph-counts').innerText();
    expect(counts).toContain(`${dataset.nodes.length} nodes`);
    expect(counts).toContain(`${dataset.ties.length} ties`);
    expect(await page.evaluate(() => window.atlas!.graph.order)).toBe(dataset.nodes.length);

    const target = dataset.nodes.find((n) => n.name === 'Providence House')!;
    // Let the layout settle a moment so the node does not move under the click.
    await page.waitForTimeout(3000);
    const position = await page.evaluate((id) => {
      const { sigma } = window.atlas!;
      const attrs = sigma.getNodeDisplayData(id)!;
      const vp = sigma.framedGraphToViewport(attrs);
      const box = sigma.getContainer().getBoundingClientRect();
      return { x: box.left + vp.x, y: box.top + vp.y };
    }, target.id);
    await page.mouse.click(position.x, position.y);

    const panel = page.getByTestId('node-panel');
    await expect.poll(() => panel.locator('h2').innerText(), { timeout: 10_000 }).toBe(target.name);
    expect(await panel.innerText()).toMatch(/Battersea Alliance/);
    await page.screenshot({ path: 'test-results/map-with-panel.png' });
    expect(errors).toEqual([]);
  });
});
