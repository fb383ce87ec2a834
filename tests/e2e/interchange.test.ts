/** End to end: import a CSV pair through the dialog and see the map grow; export the map as pictures. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSeed, seedMap } from '../../seed/dataset.ts';
import { BATTERSEA, openAtlas, screenshot, rigForThisFile, mapPath } from './support/browser.ts';
import { visibleNodeCount } from './support/map.ts';
import { layoutAtRest, mapShown, poll } from './support/published.ts';

/** The Battersea map's records: the map these tests open. */
const dataset = seedMap(readSeed(), BATTERSEA);
const rig = rigForThisFile();

const ELEMENTS = [
  'label,type,description,themes,area',
  'Kingfisher Food Bank,Organization,Food parcels on Fridays,Youth,Battersea',
  'Willow Tenants Forum,org,Residents of the Willow estate,,Battersea',
].join('\n');
/** Four of the Florentine families and their marriages: the kind of small network an analyst brings. */
const FAMILIES = ['label,type', 'Medici,Organisation', 'Albizzi,Organisation', 'Salviati,Organisation', 'Tornabuoni,Organisation'].join('\n');
const MARRIAGES = ['from,to,type', 'Medici,Albizzi,connected with', 'Medici,Salviati,connected with', 'Medici,Tornabuoni,connected with', 'Albizzi,Tornabuoni,connected with'].join('\n');
const CONNECTIONS = ['from,to,type,since', 'Kingfisher Food Bank,Willow Tenants Forum,connected with,2024-02', 'Willow Tenants Forum,Providence House,connected,2023'].join('\n');

describe('import and export in Chromium', () => {
  it('uploads a CSV pair, shows the dry run, commits, and the map grows', async () => {
    const { page, errors } = await openAtlas(rig, mapPath(BATTERSEA));
    expect(await page.evaluate(() => window.atlas!.graph.order)).toBe(dataset.nodes.length);

    await page.getByTestId('import-open').click();
    // A plain file goes into a map of its own unless the user chooses this one.
    expect(await page.getByTestId('import-into-new').isChecked()).toBe(true);
    await page.getByTestId('import-into-this').check();
    await page.getByTestId('import-files').setInputFiles([
      { name: 'elements.csv', mimeType: 'text/csv', buffer: Buffer.from(ELEMENTS) },
      { name: 'connections.csv', mimeType: 'text/csv', buffer: Buffer.from(CONNECTIONS) },
    ]);
    const plan = page.getByTestId('import-plan');
    await poll(() => plan.innerText()).toMatch(/Elements:\s*2 created/);
    const text = await plan.innerText();
    expect(text).toMatch(/Connections:\s*5 created/);
    expect(text).toContain('Kingfisher Food Bank');
    expect(text).toContain('CONNECTED_WITH · org-willow-tenants-forum → org-providence-house');
    await screenshot(page, 'interchange-dry-run');

    await page.getByTestId('import-commit').click();
    await poll(() => page.getByTestId('import-done').innerText()).toMatch(/2 elements created, 0 updated; 5 connections created/);
    await screenshot(page, 'interchange-committed');
    await page.getByTestId('import-close').click();
    await poll(() => page.evaluate(() => window.atlas?.graph.order ?? 0), 30_000).toBe(dataset.nodes.length + 2);
    expect(await page.evaluate(() => window.atlas!.graph.hasNode('org-kingfisher-food-bank'))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('imports a small network into a new map: it becomes a map of its own and the Battersea map is unchanged', async () => {
    const { page, errors } = await openAtlas(rig, mapPath(BATTERSEA));
    const before = await page.evaluate(() => ({ order: window.atlas!.graph.order, size: window.atlas!.graph.size }));
    await page.getByTestId('import-open').click();
    await page.getByTestId('import-files').setInputFiles([
      { name: 'florentine-families.csv', mimeType: 'text/csv', buffer: Buffer.from(FAMILIES) },
      { name: 'florentine-marriage-ties.csv', mimeType: 'text/csv', buffer: Buffer.from(MARRIAGES) },
    ]);
    // The new map is named after the file until the user says otherwise.
    expect(await page.getByTestId('import-new-title').inputValue()).toBe('Florentine families');
    await page.getByTestId('import-new-title').fill('Florentine families, 1430s');
    await poll(() => page.getByTestId('import-plan').innerText()).toMatch(/Elements:\s*4 created[\s\S]*Connections:\s*4 created/);
    await screenshot(page, 'interchange-new-map-dry-run');
    await page.getByTestId('import-commit').click();
    await poll(() => page.getByTestId('import-done').innerText()).toMatch(/Imported into the new map “Florentine families, 1430s”: 4 elements created/);
    await page.getByTestId('import-close').click();
    await mapShown(page, 'florentine-families-1430s');
    expect(await page.getByTestId('map-switcher').innerText()).toContain('Florentine families, 1430s');
    expect(await page.evaluate(() => window.atlas!.graph.order)).toBe(4);
    expect(await page.evaluate(() => window.atlas!.graph.hasNode('org-providence-house'))).toBe(false);

    await page.goBack();
    await mapShown(page, BATTERSEA);
    expect(await page.evaluate(() => ({ order: window.atlas!.graph.order, size: window.atlas!.graph.size }))).toEqual(before);
    expect(errors).toEqual([]);
  });

  it('refuses a file with a bad row inline, and Commit stays off', async () => {
    const { page } = await openAtlas(rig, mapPath(BATTERSEA));
    await page.getByTestId('import-open').click();
    await page.getByTestId('import-into-this').check();
    await page.getByTestId('import-files').setInputFiles([{ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from('label,type\nMystery Group,Spaceship\n') }]);
    await poll(() => page.getByTestId('import-plan').innerText()).toMatch(/"Spaceship" is not an element type/);
    expect(await page.getByTestId('import-commit').isDisabled()).toBe(true);
    await page.getByTestId('import-files').setInputFiles([{ name: 'latin1.csv', mimeType: 'text/csv', buffer: Buffer.from('label,type\nCaf\xe9 Nero,Organisation\n', 'latin1') }]);
    await poll(() => page.getByTestId('import-error').innerText()).toMatch(/not valid UTF-8/);
  });

  it('downloads the map as PNG and SVG', async () => {
    const { page, errors } = await openAtlas(rig, mapPath(BATTERSEA));
    // The pictures are of the laid-out map, as a user exports it.
    await layoutAtRest(page);
    await page.getByTestId('export-menu').click();
    // A picture opens its dialog (title, size, format): the default is the screen size.
    await page.getByTestId('export-png').click();
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save picture' }).click()]);
    expect(png.suggestedFilename()).toMatch(/^battersea-alliance-screen-\d{4}-\d{2}-\d{2}\.png$/);
    await png.saveAs('test-results/interchange-map.png');
    expect(readFileSync('test-results/interchange-map.png').subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));

    await page.getByTestId('export-menu').click();
    await page.getByTestId('export-svg').click();
    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save picture' }).click()]);
    await svg.saveAs('test-results/interchange-map.svg');
    const drawing = readFileSync('test-results/interchange-map.svg', 'utf8');
    expect(drawing).toMatch(/^<\?xml[\s\S]*<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    // The map's nodes (the legend's dots are apart, in the frame).
    expect((/<g class="nodes">(.*?)<\/g>/.exec(drawing)?.[1].match(/<circle /g) ?? []).length).toBe(await visibleNodeCount(page));
    expect(drawing).toMatch(/<text [^>]*>[^<]+<\/text>/);

    await page.getByTestId('export-menu').click();
    const [gexf] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-gexf').click()]);
    expect(gexf.suggestedFilename()).toBe('battersea-alliance.gexf');
    expect(errors).toEqual([]);
  });
});
