/**
 * The explorer in Chromium, one test per feature: search, filters, focus, path, table, shared link.
 * One server and browser for the file; each test opens its own page. Screenshots go to test-results/.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readSeed, seedMap } from '../../seed/dataset.ts';
import { SWIFTSHADER_ARGS, launchChromium } from '../support/chromium.ts';
import { TABLET, openAtlas, screenshot, rigForThisFile, BATTERSEA, mapPath } from './support/browser.ts';
import { clickNode, nodeLook, nodePosition } from './support/map.ts';
import { cameraAtRest, layoutAtRest, poll } from './support/published.ts';

/** The Battersea map's records: the map these tests open. */
const dataset = seedMap(readSeed(), BATTERSEA);
const PROVIDENCE = 'org-providence-house';
const rig = rigForThisFile();

const query = (page: Page) => new URL(page.url()).searchParams;

describe('the explorer in Chromium', () => {
  it('search: suggestions from the service, chosen with the keyboard, move the camera and select', async () => {
    const { page, errors } = await openAtlas(rig, mapPath(BATTERSEA));
    const before = await page.evaluate(() => window.atlas!.sigma.getCamera().getState().ratio);
    const box = page.getByTestId('search-input');
    await box.fill('provdence');
    // A typo: only the service's fuzzy search can find this.
    const option = page.getByRole('option', { name: /Providence House/ });
    await option.first().waitFor({ timeout: 5000 });
    await box.press('ArrowDown');
    await poll(() => option.first().getAttribute('aria-selected')).toBe('true');
    await box.press('Enter');

    const panel = page.getByTestId('node-panel');
    await poll(() => panel.locator('h2').innerText()).toBe('Providence House');
    await poll(() => query(page).get('sel')).toBe(PROVIDENCE);
    await poll(() => page.evaluate(() => window.atlas!.sigma.getCamera().getState().ratio)).toBeLessThan(Math.min(before, 0.51));
    // The chosen node sits in the part of the map the panel leaves free, once the camera has arrived.
    await cameraAtRest(page);
    const node = (await nodePosition(page, PROVIDENCE)).x;
    const panelLeft = (await panel.boundingBox())!.x;
    expect(node).toBeLessThan(panelLeft - 20);
    await screenshot(page, 'explorer-search');
    expect(errors).toEqual([]);
  });

  it('filters: kinds of thing and a date hide nodes and ties, with counts, and leave the data alone', async () => {
    const { page, errors } = await openAtlas(rig, mapPath(BATTERSEA));
    await page.getByTestId('tab-filters').click();
    await page.getByRole('checkbox', { name: /People/ }).uncheck();

    const people = new Set(dataset.nodes.filter((n) => n.label === 'Person').map((n) => n.id));
    const nodes = dataset.nodes.length - people.size;
    const ties = dataset.ties.filter((t) => !people.has(t.from) && !people.has(t.to)).length;
    await poll(() => page.getByTestId('visible-counts').innerText()).toBe(`Showing ${nodes} of ${dataset.nodes.length} nodes and ${ties} of ${dataset.ties.length} ties`);
    expect(await page.getByTestId('graph-counts').innerText()).toContain(`${nodes} of ${dataset.nodes.length} nodes`);
    const esther = [...people][0];
    expect((await nodeLook(page, esther)).hidden).toBe(true);
    expect(query(page).get('types')).not.toContain('Person');

    // On a date (the timeline's field): the Alliance's memberships since 2016 go; so does the Alliance (since 2016).
    await page.getByTestId('timeline-date').fill('2010-06-01');
    await poll(() => query(page).get('asOf')).toBe('2010-06-01');
    expect((await nodeLook(page, 'alliance-battersea')).hidden).toBe(true);
    const membership = dataset.ties.find((t) => t.type === 'MEMBER_OF' && t.since === '2016')!;
    expect(await page.evaluate((id) => window.atlas!.sigma.getEdgeDisplayData(id)?.hidden, membership.id)).toBe(true);
    await screenshot(page, 'explorer-filters');

    // The data graph is untouched: clearing brings everything back.
    expect(await page.evaluate(() => window.atlas!.graph.order)).toBe(dataset.nodes.length);
    await page.getByRole('button', { name: 'Clear all filters' }).first().click();
    await poll(() => page.getByTestId('visible-counts').innerText()).toContain(`Showing ${dataset.nodes.length} of`);
    expect(errors).toEqual([]);
  });

  it('focus: a click shows the neighbourhood to the chosen depth; Expand brings in more from the service', async () => {
    // Only the Alliance's part is loaded, so expanding has something to add.
    const { page, errors } = await openAtlas(rig, mapPath(BATTERSEA, '?alliance=alliance-battersea'));
    const loaded = await page.evaluate(() => window.atlas!.graph.nodes());
    const order = await page.evaluate(() => window.atlas!.graph.order);
    await clickNode(page, PROVIDENCE);
    const panel = page.getByTestId('node-panel');
    await poll(() => panel.locator('h2').innerText()).toBe('Providence House');

    // Depth 1: a direct neighbour is bright, a node two steps away is dimmed.
    const { neighbour, twoAway } = await page.evaluate((id) => {
      const g = window.atlas!.graph;
      const first = new Set(g.neighbors(id));
      const second = [...first].flatMap((n) => g.neighbors(n)).find((n) => n !== id && !first.has(n))!;
      return { neighbour: [...first][0], twoAway: second };
    }, PROVIDENCE);
    await poll(async () => (await nodeLook(page, twoAway)).dimmed).toBe(true);
    expect((await nodeLook(page, neighbour)).dimmed).toBe(false);
    await page.getByTestId('depth-2').click();
    await poll(async () => (await nodeLook(page, twoAway)).dimmed).toBe(false);
    expect(query(page).get('depth')).toBe('2');

    await page.getByTestId('expand').click();
    await poll(() => page.getByTestId('expand-note').innerText(), 10_000).toMatch(/^Added \d+ nodes?/);
    expect(await page.evaluate(() => window.atlas!.graph.order)).toBeGreaterThan(order);
    // New nodes are placed beside what they are tied to, not in a heap at the origin.
    const fresh = await page.evaluate((before) => {
      const { graph } = window.atlas!;
      return graph.nodes().filter((n) => !before.includes(n)).map((n) => graph.getNodeAttributes(n)).map(({ x, y }) => Math.hypot(x, y));
    }, loaded);
    expect(fresh.length).toBeGreaterThan(0);
    expect(fresh.filter((d) => d < 1e-6)).toEqual([]);
    // The picture shows the new nodes once the layout has found them a place.
    await layoutAtRest(page);
    await screenshot(page, 'explorer-focus');

    // Escape closes the panel.
    await page.keyboard.press('Escape');
    await poll(() => panel.count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('path: between two chosen nodes, drawn on the map and told in words; tie kinds can be restricted', async () => {
    const { page, errors } = await openAtlas(rig, mapPath(BATTERSEA));
    await page.getByTestId('tab-path').click();
    const pick = async (testId: string, text: string, name: RegExp) => {
      await page.getByTestId(testId).fill(text);
      await page.getByRole('option', { name }).first().click();
    };
    await pick('path-from', 'Providence', /Providence House/);
    // Three steps away in the Battersea map, and not joined by funding ties alone.
    await pick('path-to', 'London', /London\s*Area/);
    await page.getByTestId('find-path').click();

    const result = page.getByTestId('path-result');
    await poll(() => result.innerText(), 10_000).toMatch(/steps? from Providence House to/);
    const steps = await result.locator('li').allInnerTexts();
    expect(steps.length).toBeGreaterThan(1);
    expect(steps[0]).toMatch(/^Providence House — /);
    const q = query(page).get('path')!;
    expect(q.startsWith(`${PROVIDENCE},`)).toBe(true);
    // Every tie of the path is drawn in red.
    const red = await page.evaluate(() => {
      const { sigma, graph } = window.atlas!;
      return graph.edges().filter((e) => sigma.getEdgeDisplayData(e)?.color === '#dc2626').length;
    });
    expect(red).toBe(steps.length);
    await screenshot(page, 'explorer-path');

    // Funding ties alone do not join these two.
    for (const kind of ['Formal partnership', 'Informal tie', 'Works for', 'Theme, place and events']) await page.getByRole('checkbox', { name: kind }).last().uncheck();
    await page.getByTestId('find-path').click();
    await poll(() => result.innerText()).toMatch(/not connected by the ties chosen/);
    expect(query(page).get('pathTies')).toBe('FUNDS');
    expect(errors).toEqual([]);
  });

  it('table: the same filtered data, sortable, searchable, and usable from the keyboard', async () => {
    const { page, errors } = await openAtlas(rig, mapPath(BATTERSEA, '?types=Organisation,Alliance'));
    await page.getByTestId('mode-table').click();
    const table = page.getByTestId('table-view');
    const expected = dataset.nodes.filter((n) => n.label === 'Organisation' || n.label === 'Alliance').length;
    await poll(() => table.locator('tbody tr').count()).toBe(expected);
    expect(query(page).get('view')).toBe('table');

    await page.getByTestId('sort-name').click();
    const names = await table.locator('tbody tr td.name-cell').allInnerTexts();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));

    await page.getByTestId('table-search').fill('providence');
    await poll(() => table.locator('tbody tr').count()).toBe(1);
    // Keyboard: Tab from the search box enters the grid (its one Tab stop), an arrow goes down to the row; Enter selects it.
    await page.getByTestId('table-search').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.closest('tr')?.dataset.node)).toBe(PROVIDENCE);
    await page.keyboard.press('Enter');
    await poll(() => page.getByTestId('node-panel').locator('h2').innerText()).toBe('Providence House');
    await screenshot(page, 'explorer-table');
    expect(errors).toEqual([]);
  });

  it('shared link: a copied address reproduces filters, colour, size, selection, depth and camera', async () => {
    const first = await openAtlas(rig, mapPath(BATTERSEA));
    const page = first.page;
    await page.getByTestId('colour-select').selectOption('theme');
    await page.getByTestId('size-select').selectOption('betweenness');
    await page.getByTestId('tab-filters').click();
    await page.getByRole('checkbox', { name: /Events/ }).uncheck();
    await clickNode(page, PROVIDENCE);
    await page.getByTestId('depth-2').click();
    // Choosing a node glides the camera to it; a camera set mid-glide would be overwritten by the glide.
    await poll(() => page.getByTestId('node-panel').locator('h2').innerText()).toBe('Providence House');
    await cameraAtRest(page);
    await page.evaluate(() => window.atlas!.sigma.getCamera().setState({ x: 0.4, y: 0.6, ratio: 0.7 }));
    await poll(() => query(page).get('cam')).toBe('0.4,0.6,0.7');
    const link = page.url();

    // The link names the map and the view.
    expect(new URL(link).pathname).toBe(mapPath(BATTERSEA));
    const second = await openAtlas(rig, new URL(link).pathname + new URL(link).search);
    const copy = second.page;
    expect(await copy.getByTestId('colour-select').inputValue()).toBe('theme');
    expect(await copy.getByTestId('size-select').inputValue()).toBe('betweenness');
    await poll(() => copy.getByTestId('node-panel').locator('h2').innerText()).toBe('Providence House');
    expect(await copy.getByTestId('depth-2').getAttribute('aria-checked')).toBe('true');
    const camera = await copy.evaluate(() => window.atlas!.sigma.getCamera().getState());
    expect(camera).toMatchObject({ x: 0.4, y: 0.6, ratio: 0.7 });
    const event = dataset.nodes.find((n) => n.label === 'Event')!;
    expect((await nodeLook(copy, event.id)).hidden).toBe(true);
    expect(await copy.getByTestId('legend').innerText()).toMatch(/No theme recorded/);
    await copy.getByTestId('tab-filters').click();
    expect(await copy.getByRole('checkbox', { name: /Events/ }).isChecked()).toBe(false);
    await screenshot(copy, 'explorer-shared-link');
    expect([...first.errors, ...second.errors]).toEqual([]);
  });

  it('tablet: the panel sits along the bottom and the chosen node stays above it', async () => {
    // A tall canvas with dimmed nodes needs SwiftShader's GL (see SWIFTSHADER_ARGS).
    const browser = await launchChromium(SWIFTSHADER_ARGS);
    try {
      const { page, errors } = await openAtlas(rig, mapPath(BATTERSEA), { browser, viewport: TABLET });
      await page.getByTestId('search-input').fill('Providence');
      await page.getByRole('option', { name: /Providence House/ }).first().click();
      const panel = page.getByTestId('node-panel');
      await poll(() => panel.locator('h2').innerText()).toBe('Providence House');
      await cameraAtRest(page);
      const box = (await panel.boundingBox())!;
      expect(box.width).toBeGreaterThan(TABLET.width * 0.5);
      expect((await nodePosition(page, PROVIDENCE)).y).toBeLessThan(box.y - 20);
      await screenshot(page, 'explorer-tablet-map');
      await page.getByTestId('mode-table').click();
      await screenshot(page, 'explorer-tablet-table');
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
