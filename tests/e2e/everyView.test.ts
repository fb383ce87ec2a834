/**
 * Every view of the app, at a desktop's size and a phone's, has no axe-core violation: the opening
 * map, each sidebar tab, the node panel of each kind of node, the table, every dialog, the health
 * report, the maps page and signing in. A site administrator is signed in so every dialog is
 * there to open; the last test is a visitor who is not. ATLAS_SHOTS=<folder> also saves a picture
 * of each view there (to look at; nothing compares them).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { NODE_LABELS } from '../../graph-service/src/model/nodes.ts';
import { readSeed, seedMap } from '../../seed/dataset.ts';
import { makeAccount } from '../support/accounts.ts';
import { axeViolations } from './support/axe.ts';
import { BATTERSEA, DESKTOP, PHONE, mapPath, openAtlas, openPage, rigForThisFile } from './support/browser.ts';
import { closeSidebar, headerAction, openSidebarTab, signInThroughApi } from './support/interactions.ts';
import { graphReady, mapsReady, poll } from './support/published.ts';

const rig = rigForThisFile({ ATLAS_ACCESS: 'accounts' });
const ADMIN = 'admin@example.org';
const dataset = seedMap(readSeed(), BATTERSEA);
/** One node of each kind the Battersea map has, for its panel. */
const ONE_OF_EACH = NODE_LABELS.map((label) => dataset.nodes.find((n) => n.label === label)).filter((n) => n !== undefined);
const SIDEBAR_TABS = ['map', 'filters', 'path', 'analysis', 'compare', 'review'];
const SHOTS = process.env.ATLAS_SHOTS;

beforeAll(async () => {
  await makeAccount(rig.server.app, ADMIN, { name: 'Sam Admin', siteAdmin: true });
});

/** axe over the whole page, named after the view so a failure says where. */
async function noViolations(page: Page, view: string): Promise<void> {
  if (SHOTS) {
    mkdirSync(SHOTS, { recursive: true });
    const size = page.viewportSize();
    await page.screenshot({ path: path.join(SHOTS, `${view}-${size?.width}x${size?.height}.png`) });
  }
  expect(await axeViolations(page, 'body'), view).toEqual([]);
}

async function signedInAtlas(viewport: { width: number; height: number }, query = '') {
  const { page, errors } = await openAtlas(rig, mapPath(BATTERSEA, query), { viewport });
  await signInThroughApi(page, ADMIN);
  await graphReady(page);
  await poll(() => page.getByTestId('account-name').count()).toBe(1);
  return { page, errors };
}

/** Opens a dialog with `open`, checks the page with it open, closes it with Escape. */
async function dialogView(page: Page, testId: string, view: string, open: () => Promise<void>): Promise<void> {
  await open();
  const dialog = page.getByTestId(testId);
  await dialog.waitFor({ state: 'visible' });
  await noViolations(page, view);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
}

for (const [name, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
  describe(`every view at ${name} size (${viewport.width}×${viewport.height})`, () => {
    it('the opening map and each sidebar tab', async () => {
      const { page, errors } = await signedInAtlas(viewport);
      await noViolations(page, `${name}-map`);
      for (const tab of SIDEBAR_TABS) {
        await openSidebarTab(page, tab);
        await noViolations(page, `${name}-tab-${tab}`);
      }
      expect(errors).toEqual([]);
    }, 180_000);

    it('the node panel of each kind of node', async () => {
      const { page, errors } = await signedInAtlas(viewport);
      for (const node of ONE_OF_EACH) {
        // A fresh load of the address, not replaceState and reload: the page may write its own view (the camera) into the address in between.
        await page.goto(new URL(`?sel=${node.id}`, page.url()).href);
        await graphReady(page);
        await poll(() => page.getByTestId('node-panel').locator('h2').first().innerText()).toBe(node.name);
        await noViolations(page, `${name}-panel-${node.label}`);
      }
      expect(errors).toEqual([]);
    }, 300_000);

    it('the table', async () => {
      const { page, errors } = await signedInAtlas(viewport);
      await headerAction(page, 'mode-table');
      await page.getByTestId('table-view').waitFor();
      await noViolations(page, `${name}-table`);
      expect(errors).toEqual([]);
    });

    it('every dialog of the map page', async () => {
      const { page, errors } = await signedInAtlas(viewport, `?sel=${ONE_OF_EACH[0].id}`);
      await page.getByTestId('node-panel').waitFor();
      await dialogView(page, 'copy-to-map', `${name}-dialog-copy`, () => page.getByTestId('copy-to-map-open').click());
      await closeSidebar(page);
      await dialogView(page, 'import-dialog', `${name}-dialog-import`, () => headerAction(page, 'import-open'));
      const viaSwitcher = (item: string) => async () => {
        await page.getByTestId('map-switcher').click();
        await page.getByTestId(item).click();
      };
      await dialogView(page, 'map-form', `${name}-dialog-edit-map`, viaSwitcher('map-edit'));
      await dialogView(page, 'map-form', `${name}-dialog-duplicate-map`, viaSwitcher('map-duplicate'));
      await dialogView(page, 'delete-map', `${name}-dialog-delete-map`, viaSwitcher('map-delete'));
      const viaAccount = (item: string) => async () => {
        const choice = page.getByTestId('account-menu').getByRole('menuitem', { name: item });
        // The account menu stays open after a dialog from it closes.
        if (!(await choice.isVisible())) await headerAction(page, 'account-name');
        await choice.click();
      };
      await dialogView(page, 'password-dialog', `${name}-dialog-password`, viaAccount('Change password'));
      await dialogView(page, 'tokens-dialog', `${name}-dialog-tokens`, viaAccount('API tokens'));
      await dialogView(page, 'members-dialog', `${name}-dialog-members`, viaAccount('Members'));
      expect(errors).toEqual([]);
    }, 180_000);

    it('the health report', async () => {
      const { page, errors } = await openPage(rig, `/api/maps/${BATTERSEA}/reports/health`, { viewport });
      await page.waitForLoadState('load');
      await noViolations(page, `${name}-report`);
      // Nothing runs off the side of the page.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      expect(errors).toEqual([]);
    });

    it('the maps page and its new-map dialog', async () => {
      const { page, errors } = await openPage(rig, '/', { viewport });
      await signInThroughApi(page, ADMIN);
      await mapsReady(page);
      await noViolations(page, `${name}-maps`);
      await dialogView(page, 'map-form', `${name}-dialog-new-map`, () => page.getByTestId('home-new-map').click());
      expect(errors).toEqual([]);
    });

    it('signed out: the map as the public sees it and the sign-in dialog', async () => {
      const { page, errors } = await openAtlas(rig, mapPath(BATTERSEA), { viewport });
      await noViolations(page, `${name}-public-map`);
      await dialogView(page, 'sign-in-dialog', `${name}-dialog-sign-in`, () => headerAction(page, 'sign-in'));
      expect(errors).toEqual([]);
    });
  });
}
