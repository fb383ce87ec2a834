/** Editing a node from its panel: saved through the API, field messages inline, and a conflict explained. */
import { describe, expect, it } from 'vitest';
import { openAtlas, screenshot, rigForThisFile, BATTERSEA, mapPath } from './support/browser.ts';
import { clickNode } from './support/map.ts';
import { poll } from './support/published.ts';

const CAIUS = 'org-caius-house';
const rig = rigForThisFile();

describe('editing in Chromium', () => {
  it('saves a change, shows the service\'s field messages inline, and explains a 409 with both versions', async () => {
    const { page, errors } = await openAtlas(rig, mapPath(BATTERSEA, `?sel=${CAIUS}`));
    const panel = page.getByTestId('node-panel');
    await poll(() => panel.locator('h2').innerText()).toBe('Caius House');

    // A plain save: the panel and the map's label show the new name.
    await page.getByTestId('edit-button').click();
    const form = page.getByTestId('edit-form');
    await form.getByLabel('Name', { exact: true }).fill('Caius House Youth Centre');
    await form.getByRole('button', { name: 'Save' }).click();
    await poll(() => panel.locator('h2').innerText()).toBe('Caius House Youth Centre');
    await poll(() => page.evaluate((id) => window.atlas!.graph.getNodeAttribute(id, 'label'), CAIUS)).toBe('Caius House Youth Centre');

    // The service rejects month 13 (the form's own check only knows the shape): its message shows under the field.
    await page.getByTestId('edit-button').click();
    await form.getByLabel('Since').fill('2021-13');
    await form.getByRole('button', { name: 'Save' }).click();
    const sinceError = form.locator('#edit-since-error');
    await poll(() => sinceError.innerText()).toMatch(/real date/);
    expect(await form.getByLabel('Since').getAttribute('aria-invalid')).toBe('true');
    await form.getByLabel('Since').fill('');

    // Someone else saves meanwhile, from the version this form read.
    const theirs = await page.evaluate(async (id) => {
      const current = await (await fetch(`/api/maps/battersea-alliance/nodes/${id}`)).json();
      const res = await fetch(`/api/maps/battersea-alliance/nodes/${id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ version: current.node.version, changes: { description: 'Changed by a colleague.' } }),
      });
      return res.json();
    }, CAIUS);
    expect(theirs.description).toBe('Changed by a colleague.');

    await form.getByLabel('Description').fill('My own description.');
    await form.getByRole('button', { name: 'Save' }).click();
    const conflict = page.getByTestId('edit-conflict');
    await poll(() => conflict.innerText()).toMatch(/Someone else changed this since you opened it/);
    const text = await conflict.innerText();
    expect(text).toContain('My own description.');
    expect(text).toContain('Changed by a colleague.');
    await screenshot(page, 'explorer-edit-conflict');

    // Putting mine on top saves it against their version.
    await conflict.getByRole('button', { name: 'Save mine over theirs' }).click();
    await poll(() => panel.locator('.description').innerText()).toBe('My own description.');
    const stored = await page.evaluate(async (id) => (await (await fetch(`/api/maps/battersea-alliance/nodes/${id}`)).json()).node, CAIUS);
    expect(stored.description).toBe('My own description.');
    expect(stored.version).toBe(theirs.version + 1);
    // Bookkeeping stays out of sight.
    expect(await panel.innerText()).not.toMatch(/Version|Created at|Updated at/);
    expect(errors).toEqual([]);
  });

  it('keeps a cancelled edit out of the data, and Escape leaves the form before closing the panel', async () => {
    const { page, errors } = await openAtlas(rig, mapPath(BATTERSEA));
    await clickNode(page, CAIUS);
    const panel = page.getByTestId('node-panel');
    await poll(() => panel.count()).toBe(1);
    await page.getByTestId('edit-button').click();
    await page.getByTestId('edit-form').getByLabel('Name', { exact: true }).fill('Not saved');
    await page.keyboard.press('Escape');
    await poll(() => page.getByTestId('edit-form').count()).toBe(0);
    expect(await panel.locator('h2').innerText()).not.toBe('Not saved');
    await page.keyboard.press('Escape');
    await poll(() => panel.count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('adds a tie to another organisation and removes it again', async () => {
    const { page, errors } = await openAtlas(rig, mapPath(BATTERSEA, '?sel=org-providence-house'));
    const panel = page.getByTestId('node-panel');
    await poll(() => panel.locator('h2').innerText()).toBe('Providence House');
    const before = await page.evaluate(() => window.atlas!.graph.size);

    await page.getByTestId('edit-ties').click();
    const editor = page.getByTestId('tie-editor');
    await editor.getByLabel('Kind of tie').selectOption('CONNECTED_WITH:out');
    // The form's own check: a source is required.
    await editor.getByRole('button', { name: 'Add tie' }).click();
    await poll(() => editor.innerText()).toMatch(/Pick who or what the tie is with/);
    await page.getByTestId('tie-other').fill('Katherine Low');
    await page.getByRole('option', { name: /Katherine Low Settlement/ }).first().click();
    await editor.getByLabel('Source').fill('Phone call with the centre manager, May 2024');
    await editor.getByRole('button', { name: 'Add tie' }).click();
    await poll(() => page.getByTestId('tie-note').innerText()).toBe('Tie added.');
    await poll(() => page.evaluate(() => window.atlas!.graph.size)).toBe(before + 1);
    const row = panel.locator('li', { hasText: 'Katherine Low Settlement' }).filter({ hasText: 'Connected with' });
    await poll(() => row.count()).toBe(1);
    await screenshot(page, 'explorer-tie-added');

    page.once('dialog', (dialog) => void dialog.accept());
    await row.getByRole('button', { name: /Remove the tie with Katherine Low Settlement/ }).click();
    await poll(() => page.getByTestId('tie-note').innerText()).toMatch(/Removed the tie with Katherine Low Settlement/);
    await poll(() => page.evaluate(() => window.atlas!.graph.size)).toBe(before);
    expect(errors).toEqual([]);
  });
});
