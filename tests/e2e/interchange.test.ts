/** End to end: import a CSV pair through the dialog and see the map grow; export the map as pictures. */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../graph-service/src/config.ts';
import { DIST_APP, startServer, type RunningServer } from '../../graph-service/src/server.ts';
import { readSeed } from '../../seed/dataset.ts';
import { resetAndSeed, testDatabase } from '../support/db.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const dataset = readSeed();
let server: RunningServer;
let browser: Browser;

const ELEMENTS = [
  'label,type,description,themes,area',
  'Kingfisher Food Bank,Organization,Food parcels on Fridays,Youth,Battersea',
  'Willow Tenants Forum,org,Residents of the Willow estate,,Battersea',
].join('\n');
const CONNECTIONS = ['from,to,type,since', 'Kingfisher Food Bank,Willow Tenants Forum,connected with,2024-02', 'Willow Tenants Forum,Providence House,connected,2023'].join('\n');

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

async function openMap(): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, acceptDownloads: true });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url);
  await page.waitForFunction(() => document.body.dataset.graphReady === 'true', undefined, { timeout: 30_000 });
  return { page, errors };
}

describe('import and export in Chromium', () => {
  it('uploads a CSV pair, shows the dry run, commits, and the map grows', async () => {
    const { page, errors } = await openMap();
    expect(await page.evaluate(() => window.atlas!.graph.order)).toBe(dataset.nodes.length);

    await page.getByTestId('import-open').click();
    await page.getByTestId('import-files').setInputFiles([
      { name: 'elements.csv', mimeType: 'text/csv', buffer: Buffer.from(ELEMENTS) },
      { name: 'connections.csv', mimeType: 'text/csv', buffer: Buffer.from(CONNECTIONS) },
    ]);
    const plan = page.getByTestId('import-plan');
    await expect.poll(() => plan.innerText(), { timeout: 20_000 }).toMatch(/Elements:\s*2 created/);
    const text = await plan.innerText();
    expect(text).toMatch(/Connections:\s*5 created/);
    expect(text).toContain('Kingfisher Food Bank');
    expect(text).toContain('CONNECTED_WITH · org-willow-tenants-forum → org-providence-house');
    await page.screenshot({ path: 'test-results/interchange-dry-run.png' });

    await page.getByTestId('import-commit').click();
    await expect.poll(() => page.getByTestId('import-done').innerText(), { timeout: 20_000 }).toMatch(/2 elements created, 0 updated; 5 connections created/);
    await page.screenshot({ path: 'test-results/interchange-committed.png' });
    await page.getByTestId('import-close').click();
    await expect.poll(() => page.evaluate(() => window.atlas?.graph.order ?? 0), { timeout: 30_000 }).toBe(dataset.nodes.length + 2);
    expect(await page.evaluate(() => window.atlas!.graph.hasNode('org-kingfisher-food-bank'))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('refuses a file with a bad row inline, and Commit stays off', async () => {
    const { page } = await openMap();
    await page.getByTestId('import-open').click();
    await page.getByTestId('import-files').setInputFiles([{ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from('label,type\nMystery Group,Spaceship\n') }]);
    await expect.poll(() => page.getByTestId('import-plan').innerText(), { timeout: 20_000 }).toMatch(/"Spaceship" is not an element type/);
    expect(await page.getByTestId('import-commit').isDisabled()).toBe(true);
    await page.getByTestId('import-files').setInputFiles([{ name: 'latin1.csv', mimeType: 'text/csv', buffer: Buffer.from('label,type\nCaf\xe9 Nero,Organisation\n', 'latin1') }]);
    await expect.poll(() => page.getByTestId('import-error').innerText(), { timeout: 20_000 }).toMatch(/not valid UTF-8/);
  });

  it('downloads the map as PNG and SVG', async () => {
    const { page, errors } = await openMap();
    await page.waitForTimeout(1500);
    await page.getByTestId('export-menu').click();
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
    expect(png.suggestedFilename()).toMatch(/^alliance-atlas-\d{4}-\d{2}-\d{2}\.png$/);
    await png.saveAs('test-results/interchange-map.png');
    expect(readFileSync('test-results/interchange-map.png').subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));

    await page.getByTestId('export-menu').click();
    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-svg').click()]);
    await svg.saveAs('test-results/interchange-map.svg');
    const drawing = readFileSync('test-results/interchange-map.svg', 'utf8');
    expect(drawing).toMatch(/^<\?xml[^]*<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect((drawing.match(/<circle /g) ?? []).length).toBe(await page.evaluate(() => window.atlas!.graph.filterNodes((n) => !window.atlas!.sigma.getNodeDisplayData(n)?.hidden).length));
    expect(drawing).toMatch(/<text [^>]*>[^<]+<\/text>/);

    await page.getByTestId('export-menu').click();
    const [gexf] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-gexf').click()]);
    expect(gexf.suggestedFilename()).toBe('alliance-atlas.gexf');
    expect(errors).toEqual([]);
  });
});
