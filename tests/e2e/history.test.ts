/**
 * The history in a node's panel, in Chromium: edit a description, see the change in History (who,
 * when, before → after), revert it and see the old description; Undo and "Still true"; axe-core
 * finds nothing in the panel, and Revert is reachable from the keyboard.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { BATTERSEA, mapPath, openAtlas, rigForThisFile } from './support/browser.ts';
import { poll } from './support/published.ts';

const rig = rigForThisFile();
const CAIUS = 'org-caius-house';

describe('history in the node panel', () => {
  it('shows an edit field by field, reverts it to the old description, undoes, and confirms a fact as still true', async () => {
    const { page, errors } = await openAtlas(rig, mapPath(BATTERSEA, `?sel=${CAIUS}`));
    const panel = page.getByTestId('node-panel');
    await poll(() => panel.locator('h2').innerText()).toBe('Caius House');
    const original = await panel.locator('.description').innerText();

    await page.getByTestId('edit-button').click();
    const form = page.getByTestId('edit-form');
    await form.getByLabel('Description').fill('A new description for the history test.');
    await form.getByRole('button', { name: 'Save' }).click();
    await poll(() => panel.locator('.description').innerText()).toBe('A new description for the history test.');

    const history = page.getByTestId('history');
    const newest = history.getByTestId('history-entry').first();
    await poll(() => newest.innerText()).toMatch(/Local user changed Caius House/);
    expect(await newest.innerText()).toContain(`description: “${original}” → “A new description for the history test.”`);
    expect(await axeViolations(page, '[data-testid="node-panel"]')).toEqual([]);

    // Revert from the keyboard: the dialog says what will happen, and Revert puts the old description back.
    await newest.getByRole('button', { name: /^Revert/ }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByTestId('revert-dialog');
    await poll(() => dialog.innerText()).toMatch(/puts back the values from before/);
    expect(await axeViolations(page, '[data-testid="revert-dialog"]')).toEqual([]);
    await dialog.getByTestId('revert-confirm').click();
    await poll(() => panel.locator('.description').innerText()).toBe(original);
    await poll(() => history.getByTestId('history-entry').first().getAttribute('data-action')).toBe('revert');

    // Undo takes back the last change made in this tab.
    await page.getByTestId('edit-button').click();
    await form.getByLabel('Description').fill('Undo me.');
    await form.getByRole('button', { name: 'Save' }).click();
    await poll(() => panel.locator('.description').innerText()).toBe('Undo me.');
    await poll(() => page.getByTestId('undo').count()).toBe(1);
    await page.getByTestId('undo').click();
    await poll(() => panel.locator('.description').innerText()).toBe(original);
    await poll(() => page.getByTestId('undo').count()).toBe(0);

    // Still true on the node: today and the name, in the panel and recorded.
    await panel.getByTestId('still-true-node').click();
    await poll(() => panel.innerText()).toMatch(/Confirmed today by Local user\./);
    const today = new Date().toISOString().slice(0, 10);
    await poll(() => panel.innerText()).toContain(`${today} by Local user`);
    await poll(() => history.getByTestId('history-entry').first().getAttribute('data-action')).toBe('confirm');
    await panel.getByTestId('still-true-tie').first().click();
    await poll(() => panel.getByTestId('still-true-tie').first().locator('..').innerText()).toMatch(/Confirmed today by Local user/);
    expect(errors).toEqual([]);
  });

  it('shows the service\'s refusal readably when later changes depend on a change', async () => {
    const { page, errors } = await openAtlas(rig, mapPath(BATTERSEA, `?sel=${CAIUS}`));
    const panel = page.getByTestId('node-panel');
    await poll(() => panel.locator('h2').innerText()).toMatch(/Caius House/);
    for (const name of ['Caius House One', 'Caius House Two']) {
      await page.getByTestId('edit-button').click();
      await page.getByTestId('edit-form').getByLabel('Name', { exact: true }).fill(name);
      await page.getByTestId('edit-form').getByRole('button', { name: 'Save' }).click();
      await poll(() => panel.locator('h2').innerText()).toBe(name);
    }
    const history = page.getByTestId('history');
    await poll(() => history.getByTestId('history-entry').first().innerText()).toMatch(/Caius House Two/);
    // The older of the two renames: the newer one depends on it.
    await history.getByTestId('history-entry').nth(1).getByRole('button', { name: /^Revert/ }).click();
    await page.getByTestId('revert-confirm').click();
    await poll(() => page.getByTestId('revert-refusal').innerText()).toMatch(/cannot be reverted: later changes depend on it: Local user changed Caius House Two on .* \(name\)/);
    expect(await panel.locator('h2').first().innerText()).toBe('Caius House Two');
    expect(errors).toEqual([]);
  });
});
