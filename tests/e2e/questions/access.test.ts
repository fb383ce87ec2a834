/**
 * Readable at any size and usable from the keyboard, each promise as a question on the seed's
 * Battersea map: the panel's place in the Tab order, the table as one grid, dialogs that hold and
 * return focus, the phone layout, and labels that never overlap.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BATTERSEA, DESKTOP, PHONE, mapPath, openAtlas, rigForThisFile } from '../support/browser.ts';
import { clickNode } from '../support/map.ts';
import { cameraAtRest, layoutAtRest, nextFrame, poll } from '../support/published.ts';
import { focused, focusIsWithin, headerAction, tabUntil } from '../support/interactions.ts';

const rig = rigForThisFile();
const PROVIDENCE = 'org-providence-house';
const PANEL = '[data-testid="node-panel"]';
const GRID = '[data-testid="table-grid"]';

/** The grid's focused cell as [row, column] (row 0 is the header row). */
const gridCell = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.cell ?? null);

interface DrawnLabel {
  text: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Every node label sigma writes on its labels layer in one fresh picture, as boxes: the text is
 * caught where it is written (fillText) and measured in the font it is written in.
 */
function drawnLabels(page: Page): Promise<DrawnLabel[]> {
  return page.evaluate(async () => {
    const sigma = window.atlas!.sigma;
    const context = (sigma.getCanvases() as Record<string, HTMLCanvasElement>).labels.getContext('2d')!;
    const labels: DrawnLabel[] = [];
    const write = context.fillText;
    context.fillText = (text: string, x: number, y: number, maxWidth?: number) => {
      const size = Number(/(\d+(?:\.\d+)?)px/.exec(context.font)?.[1] ?? 13);
      labels.push({ text, left: x, right: x + context.measureText(text).width, top: y - size * 0.8, bottom: y + size * 0.25 });
      write.call(context, text, x, y, maxWidth);
    };
    sigma.refresh();
    await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
    context.fillText = write;
    return labels;
  });
}

/** Pairs of labels whose boxes overlap. */
function overlappingPairs(labels: DrawnLabel[]): string[] {
  const pairs: string[] = [];
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      const [a, b] = [labels[i], labels[j]];
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) pairs.push(`${a.text} × ${b.text}`);
    }
  }
  return pairs;
}

describe('readable at any size, usable from the keyboard', () => {
  it('the opened panel is one Tab away', async () => {
    const { page, errors } = await openAtlas(rig, mapPath(BATTERSEA));
    await clickNode(page, PROVIDENCE);
    await poll(() => page.locator(PANEL).locator('h2').first().innerText()).toBe('Providence House');
    await page.keyboard.press('Tab');
    expect(await focusIsWithin(page, PANEL), await focused(page)).toBe(true);
    await page.keyboard.press('Escape');
    await page.locator(PANEL).waitFor({ state: 'detached' });

    // Opened from a table cell, it gives focus back to that cell when it closes.
    await page.getByTestId('mode-table').click();
    await page.getByTestId('table-search').fill('caius');
    await page.getByTestId('table-search').press('Tab');
    await page.keyboard.press('ArrowDown');
    const cell = await gridCell(page);
    expect(cell).toBe('1:0');
    await page.keyboard.press('Enter');
    await poll(() => page.locator(PANEL).locator('h2').first().innerText()).toBe('Caius House');
    await poll(() => focusIsWithin(page, PANEL)).toBe(true);
    await page.keyboard.press('Escape');
    await page.locator(PANEL).waitFor({ state: 'detached' });
    expect(await gridCell(page)).toBe(cell);
    expect(errors).toEqual([]);
  });

  it('the table is one Tab stop and arrows move', async () => {
    const { page, errors } = await openAtlas(rig, mapPath(BATTERSEA, '?view=table'));
    const grid = page.locator(GRID);
    await grid.waitFor();
    const rows = await grid.locator('tbody tr').count();
    expect(rows).toBeGreaterThan(50);
    // One element of the whole grid is in the Tab order.
    expect(await grid.locator('[tabindex="0"], button:not([tabindex]), a[href]').count()).toBe(1);

    await page.getByTestId('table-search').focus();
    await page.keyboard.press('Tab');
    expect(await focusIsWithin(page, GRID)).toBe(true);
    expect(await gridCell(page)).toBe('0:0');
    // The next Tab leaves the grid, Shift+Tab comes back to the same cell.
    await page.keyboard.press('Tab');
    expect(await focusIsWithin(page, GRID)).toBe(false);
    await page.keyboard.press('Shift+Tab');
    expect(await gridCell(page)).toBe('0:0');

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await gridCell(page)).toBe('2:0');
    await page.keyboard.press('ArrowRight');
    expect(await gridCell(page)).toBe('2:1');
    await page.keyboard.press('End');
    expect(await gridCell(page)).toBe('2:6');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowUp');
    expect(await gridCell(page)).toBe('1:0');
    await page.keyboard.press('Control+End');
    expect(await gridCell(page)).toBe(`${rows}:6`);
    await page.keyboard.press('Control+Home');
    expect(await gridCell(page)).toBe('0:0');

    // Enter on a row shows its node; the Tab stop stays on the cell last visited.
    await page.keyboard.press('ArrowDown');
    const name = await grid.locator('tbody tr').first().locator('td').first().innerText();
    await page.keyboard.press('Enter');
    await poll(() => page.locator(PANEL).locator('h2').first().innerText()).toBe(name);
    expect(await grid.locator('[tabindex="0"]').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('a dialog keeps focus inside and gives it back', async () => {
    for (const viewport of [DESKTOP, PHONE]) {
      const { page, errors } = await openAtlas(rig, mapPath(BATTERSEA), { viewport });
      await headerAction(page, 'import-open');
      const dialog = '[data-testid="import-dialog"]';
      await page.locator(dialog).waitFor();
      await poll(() => focusIsWithin(page, dialog)).toBe(true);
      for (const key of ['Tab', 'Shift+Tab']) {
        // Round the dialog more than once each way: focus never lands outside it.
        const escaped = await tabUntil(page, async () => !(await focusIsWithin(page, dialog)), 25, key);
        expect(escaped, `${key} at ${viewport.width}px took focus to ${await focused(page)}`).toBeNull();
      }
      await page.keyboard.press('Escape');
      await page.locator(dialog).waitFor({ state: 'detached' });
      expect(await focused(page)).toBe('import-open');
      expect(errors).toEqual([]);
      await page.close();
    }
  }, 120_000);

  it('at phone size the map takes most of the screen and the panel is a sheet', async () => {
    const { page, errors } = await openAtlas(rig, mapPath(BATTERSEA), { viewport: PHONE });
    const screen = PHONE.width * PHONE.height;
    const canvas = (await page.getByTestId('graph-canvas').boundingBox())!;
    expect(canvas.width).toBe(PHONE.width);
    expect((canvas.width * canvas.height) / screen).toBeGreaterThan(0.55);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    // The sidebar is folded away until asked for, and then folds away again.
    expect(await page.getByTestId('tab-map').isVisible()).toBe(false);
    await page.getByTestId('sidebar-toggle').click();
    expect(await page.getByTestId('tab-map').isVisible()).toBe(true);
    await page.getByTestId('sidebar-toggle').click();
    expect(await page.getByTestId('tab-map').isVisible()).toBe(false);
    // The map menu is one tap away, Import two (More, then Import).
    expect(await page.getByTestId('map-switcher').isVisible()).toBe(true);
    expect(await page.getByTestId('import-open').isVisible()).toBe(false);
    await page.getByTestId('header-more').click();
    expect(await page.getByTestId('import-open').isVisible()).toBe(true);
    await page.getByTestId('header-more').click();

    await clickNode(page, PROVIDENCE);
    const sheet = (await page.getByTestId('node-panel').boundingBox())!;
    expect(sheet.x).toBe(0);
    expect(sheet.width).toBe(PHONE.width);
    expect(Math.round(sheet.y + sheet.height)).toBe(PHONE.height);
    expect(sheet.height / PHONE.height).toBeLessThan(0.5);
    // Above the sheet, most of the map is still in view.
    expect((sheet.y - canvas.y) / PHONE.height).toBeGreaterThan(0.4);
    expect(errors).toEqual([]);
  });

  it('no two labels overlap at the default zoom on the seed', async () => {
    let overlapsBefore = 0;
    // The opening view at both sizes, and the camera on a chosen node (closer in, where names crowd).
    for (const [viewport, query] of [[DESKTOP, ''], [PHONE, ''], [PHONE, `?sel=${PROVIDENCE}`]] as const) {
      const { page, errors } = await openAtlas(rig, mapPath(BATTERSEA, query), { viewport });
      await layoutAtRest(page);
      await cameraAtRest(page);
      await nextFrame(page);
      const labels = await drawnLabels(page);
      // At least a pair, so the overlap check has something to check (a phone's opening view shows few).
      expect(labels.length, `labels drawn at ${viewport.width}px`).toBeGreaterThanOrEqual(2);
      expect(overlappingPairs(labels), `at ${viewport.width}px`).toEqual([]);
      // No label runs past either edge of the map: near the right edge it is written on the left of its node.
      const width = await page.evaluate(() => window.atlas!.sigma.getDimensions().width);
      expect(labels.filter((l) => l.left < 0 || l.right > width + 1).map((l) => l.text), `cut at ${viewport.width}px`).toEqual([]);

      // The same view as drawn before the collision pass (sigma's own label drawer and the old grid):
      // the measure above does find overlaps when there are some.
      await page.evaluate(() => {
        const sigma = window.atlas!.sigma;
        sigma.setSetting('labelDensity', 0.5);
        sigma.setSetting('labelGridCellSize', 160);
        sigma.setSetting('defaultDrawNodeLabel', (context, data, settings) => {
          if (!data.label) return;
          context.fillStyle = settings.labelColor.color ?? '#000';
          context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
          context.fillText(data.label, data.x + data.size + 3, data.y + settings.labelSize / 3);
        });
      });
      const before = await drawnLabels(page);
      overlapsBefore += overlappingPairs(before).length;
      console.info(`labels at ${viewport.width}×${viewport.height}${query}: before ${before.length} drawn, ${overlappingPairs(before).length} overlapping pairs; now ${labels.length} drawn, 0 overlapping`);
      expect(errors).toEqual([]);
      await page.close();
    }
    expect(overlapsBefore).toBeGreaterThan(0);
  }, 240_000);
});
