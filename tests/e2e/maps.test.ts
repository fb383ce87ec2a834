/** End to end: the opening page, switching maps (with Back and Forward), managing a map, and what crosses maps. */
import { describe, expect, it } from 'vitest';
import { BATTERSEA, PHONE, mapPath, openAtlas, openPage, rigForThisFile, screenshot } from './support/browser.ts';
import { mapShown, mapsReady, poll } from './support/published.ts';

const rig = rigForThisFile();
const HACKNEY = 'team-hackney';
const MUTUALGAIN = 'mutualgain-west-london';
const PROVIDENCE = 'org-providence-house';
const HCVS = 'org-hcvs';

const hasNode = (page: import('playwright-core').Page, id: string) => page.evaluate((node) => window.atlas!.graph.hasNode(node), id);

describe('maps in Chromium', () => {
  it('the opening page lists every map with its figures, and a card opens its map', async () => {
    const { page, errors } = await openPage(rig, '/');
    await mapsReady(page);
    const cards = page.getByTestId('map-cards');
    for (const id of [BATTERSEA, HACKNEY, MUTUALGAIN, 'empowered-communities-southampton']) expect(await page.getByTestId(`map-card-${id}`).count()).toBe(1);
    const battersea = await page.getByTestId(`map-card-${BATTERSEA}`).innerText();
    expect(battersea).toContain('Battersea Alliance');
    expect(battersea).toContain('Kept by Battersea Alliance core group');
    expect(battersea).toMatch(/\d+ organisations/);
    expect(battersea).toMatch(/\d+ working ties/);
    expect(battersea).toMatch(/\d+ isolated organisations?/);
    expect(battersea).toMatch(/\d+ clusters?/);
    await screenshot(page, 'maps-opening-page');

    await cards.getByRole('link', { name: 'Team Hackney' }).click();
    await mapShown(page, HACKNEY);
    expect(await hasNode(page, HCVS)).toBe(true);
    expect(await hasNode(page, PROVIDENCE)).toBe(false);
    expect(errors).toEqual([]);
  });

  it('switching maps changes the nodes and the address, and Back and Forward move between them', async () => {
    const { page, errors } = await openAtlas(rig, '?view=table');
    expect(await hasNode(page, PROVIDENCE)).toBe(true);
    await page.getByTestId('map-switcher').click();
    await screenshot(page, 'maps-switcher-open');
    await page.getByTestId(`switch-to-${HACKNEY}`).click();
    await mapShown(page, HACKNEY);
    expect(new URL(page.url()).pathname).toBe(mapPath(HACKNEY));
    expect(await hasNode(page, HCVS)).toBe(true);
    expect(await hasNode(page, PROVIDENCE)).toBe(false);
    expect(await page.getByTestId('map-switcher').innerText()).toContain('Team Hackney');

    await page.goBack();
    await mapShown(page, BATTERSEA);
    // Back restores the view state the Battersea map had, not just the map.
    expect(new URL(page.url()).search).toBe('?view=table');
    expect(await hasNode(page, PROVIDENCE)).toBe(true);
    expect(await hasNode(page, HCVS)).toBe(false);
    await page.goForward();
    await mapShown(page, HACKNEY);
    expect(await hasNode(page, HCVS)).toBe(true);
    expect(errors).toEqual([]);
  });

  it('"also in other maps" finds an organisation in another map and opens it there', async () => {
    const { page, errors } = await openAtlas(rig);
    await page.getByTestId('search-input').fill('HCVS');
    // Not on this map: the foot of the suggestions offers the other maps.
    await poll(() => page.getByRole('listbox').innerText()).toContain('Nothing on this map is called that');
    await page.getByTestId('search-elsewhere-toggle').click();
    const elsewhere = page.getByTestId('search-elsewhere');
    await poll(() => elsewhere.innerText()).toContain('in Team Hackney');
    await screenshot(page, 'maps-search-elsewhere');
    await elsewhere.getByRole('option', { name: /HCVS/ }).click();
    await mapShown(page, HACKNEY);
    expect(new URL(page.url()).searchParams.get('sel')).toBe(HCVS);
    await poll(() => page.getByTestId('node-panel').locator('h2').innerText()).toBe('HCVS');
    expect(errors).toEqual([]);
  });

  it('copies an organisation into another map, which then has it; the first map keeps it', async () => {
    const { page, errors } = await openAtlas(rig, `?sel=${PROVIDENCE}`);
    await poll(() => page.getByTestId('node-panel').locator('h2').innerText()).toBe('Providence House');
    await page.getByTestId('copy-to-map-open').click();
    const dialog = page.getByTestId('copy-to-map');
    await dialog.getByTestId('copy-to-map-choice').selectOption(MUTUALGAIN);
    await dialog.getByTestId('copy-to-map-submit').click();
    await poll(() => dialog.getByTestId('copy-to-map-done').innerText()).toContain('Copied into MutualGain West London');
    await dialog.getByRole('link', { name: 'Open it there' }).click();
    await mapShown(page, MUTUALGAIN);
    await poll(() => page.getByTestId('node-panel').locator('h2').innerText()).toBe('Providence House');
    await page.goBack();
    await mapShown(page, BATTERSEA);
    expect(await hasNode(page, PROVIDENCE)).toBe(true);
    expect(errors).toEqual([]);
  });

  it('creates, renames, duplicates, archives and deletes a map; dialogs close on Escape and hand focus back', async () => {
    const { page, errors } = await openAtlas(rig);
    const switcher = page.getByTestId('map-switcher');
    await switcher.click();
    await page.getByTestId('map-new').click();
    const form = page.getByTestId('map-form');
    // The dialog takes focus on its first field; Escape closes it.
    await poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid)).toBe('map-form-title');
    await page.keyboard.press('Escape');
    await poll(() => form.count()).toBe(0);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid)).toBe('map-switcher');

    await switcher.click();
    await page.getByTestId('map-new').click();
    await form.getByTestId('map-form-submit').click();
    await poll(() => form.getByRole('alert').innerText()).toContain('Give the map a title');
    await form.getByTestId('map-form-title').fill('Lambeth Food Network');
    await form.getByTestId('map-form-description').fill('Food banks and pantries south of the river.');
    await form.getByTestId('map-form-submit').click();
    await poll(() => new URL(page.url()).pathname).toBe('/maps/lambeth-food-network');
    await poll(() => page.getByRole('heading', { name: 'Lambeth Food Network is empty' }).count()).toBe(1);

    await switcher.click();
    await page.getByTestId('map-edit').click();
    await form.getByTestId('map-form-title').fill('Lambeth Food Partnership');
    await form.getByTestId('map-form-submit').click();
    await poll(() => switcher.innerText()).toContain('Lambeth Food Partnership');

    await switcher.click();
    await page.getByTestId('map-archive').click();
    await poll(() => switcher.innerText()).toContain('archived');

    await switcher.click();
    await page.getByTestId('map-delete').click();
    const remove = page.getByTestId('delete-map');
    expect(await remove.innerText()).toMatch(/removes the map and every node and tie in it[\s\S]*cannot be undone/);
    expect(await remove.getByTestId('delete-map-submit').isDisabled()).toBe(true);
    await remove.getByTestId('delete-map-confirm').fill('Lambeth');
    expect(await remove.getByTestId('delete-map-submit').isDisabled()).toBe(true);
    await remove.getByTestId('delete-map-confirm').fill('lambeth food partnership');
    await screenshot(page, 'maps-delete-dialog');
    await remove.getByTestId('delete-map-submit').click();
    await mapsReady(page);
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.getByTestId('map-card-lambeth-food-network').count()).toBe(0);
    await page.getByTestId('home-show-archived').check();
    await poll(() => page.getByTestId(`map-card-${BATTERSEA}`).count()).toBe(1);
    expect(await page.getByTestId('map-card-lambeth-food-network').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('duplicates a map into one of its own with the same nodes', async () => {
    const { page, errors } = await openAtlas(rig, mapPath(HACKNEY));
    const order = await page.evaluate(() => window.atlas!.graph.order);
    await page.getByTestId('map-switcher').click();
    await page.getByTestId('map-duplicate').click();
    const form = page.getByTestId('map-form');
    expect(await form.getByTestId('map-form-title').inputValue()).toBe('Copy of Team Hackney');
    await form.getByTestId('map-form-submit').click();
    await mapShown(page, 'copy-of-team-hackney');
    expect(await page.evaluate(() => window.atlas!.graph.order)).toBe(order);
    expect(errors).toEqual([]);
  });

  it('a layout saved for everyone is drawn at once by the next visitor', async () => {
    const first = await openAtlas(rig, mapPath(MUTUALGAIN));
    const stop = first.page.getByRole('button', { name: 'Stop', exact: true });
    if (await stop.isVisible()) await stop.click().catch(() => undefined);
    await first.page.getByTestId('layout-share').click();
    await poll(() => first.page.getByTestId('layout-share-note').innerText()).toContain('Saved: everyone who opens MutualGain West London');
    const drawn = await first.page.evaluate(() => window.atlas!.graph.getNodeAttributes('org-mutualgain'));

    // A fresh browser context has no positions of its own: only the map's saved layout.
    const second = await openAtlas(rig, mapPath(MUTUALGAIN));
    expect(await second.page.evaluate(() => document.body.dataset.layout)).toBe('restored');
    const again = await second.page.evaluate(() => window.atlas!.graph.getNodeAttributes('org-mutualgain'));
    expect(again.x).toBeCloseTo(drawn.x, 1);
    expect(again.y).toBeCloseTo(drawn.y, 1);
    expect([...first.errors, ...second.errors]).toEqual([]);
  });

  it('at phone size the opening page, the map menu and a map fit the screen', async () => {
    const home = await openPage(rig, '/', { viewport: PHONE });
    await mapsReady(home.page);
    const scrollWidth = await home.page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(PHONE.width);
    await screenshot(home.page, 'maps-phone-opening-page');
    const { page, errors } = await openAtlas(rig, mapPath(HACKNEY), { viewport: PHONE });
    await page.getByTestId('map-switcher').click();
    const panel = (await page.getByTestId('map-switcher-panel').boundingBox())!;
    expect(panel.x).toBeGreaterThanOrEqual(0);
    expect(panel.x + panel.width).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'maps-phone-switcher');
    await page.keyboard.press('Escape');
    await page.getByTestId('search-input').fill('HCVS');
    await page.getByRole('option', { name: /HCVS/ }).first().click();
    await poll(() => page.getByTestId('node-panel').locator('h2').innerText()).toBe('HCVS');
    await screenshot(page, 'maps-phone-map');
    expect([...home.errors, ...errors]).toEqual([]);
  });
});
