/**
 * Editing a community worker can trust, one test per task: add, delete and merge from the app with
 * a confirmation that says what goes with it, undo through the history, a warning instead of a
 * duplicate tie, and a conflict that reads at phone width. Each dialog has 0 axe-core violations.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { BATTERSEA, mapPath, openAtlas, PHONE, rigForThisFile, screenshot } from '../support/browser.ts';
import { poll } from '../support/published.ts';

const rig = rigForThisFile();
const api = `/api/maps/${BATTERSEA}`;

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely, each test checks the fields it needs.
type Json = Record<string, any>;

/** A request from the page, as a colleague in another tab would send it. */
function send(page: Page, method: string, path: string, body?: unknown): Promise<{ status: number; body: Json }> {
  return page.evaluate(async ({ method, url, body }) => {
    const res = await fetch(url, { method, headers: body ? { 'content-type': 'application/json' } : {}, body: body ? JSON.stringify(body) : undefined });
    return { status: res.status, body: await res.json() };
  }, { method, url: `${api}${path}`, body });
}

const inMap = (page: Page, id: string) => page.evaluate((node) => window.atlas!.graph.hasNode(node), id);
const panelTitle = (page: Page) => page.getByTestId('node-panel').locator('h2').innerText();

async function openPanel(page: Page, name: string) {
  await poll(() => panelTitle(page)).toBe(name);
  // The panel's buttons come once the service's record is in.
  await poll(() => page.getByTestId('delete-node').count()).toBe(1);
}

describe('editing a community worker can trust', () => {
  it('add an organisation', async () => {
    const { page, errors } = await openAtlas(rig, mapPath(BATTERSEA));
    await page.getByTestId('add-node').click();
    const dialog = page.getByTestId('add-node-dialog');
    const kinds = await dialog.getByLabel('Kind').locator('option').allInnerTexts();
    expect(kinds).toEqual(expect.arrayContaining(['Organisation', 'Person', 'Theme', 'Event', 'Area', 'Partnership']));
    // The model's rules, in the form: a source is required.
    await dialog.getByLabel('Name', { exact: true }).fill('Battersea Repair Café');
    await dialog.getByRole('button', { name: 'Add organisation' }).click();
    await poll(() => dialog.locator('#add-source-error').innerText()).toMatch(/where this comes from/);
    expect(await axeViolations(page, '[data-testid="add-node-dialog"]')).toEqual([]);
    await dialog.getByLabel('Source').fill('Community meeting notes, 3 Dec 2026');
    await dialog.getByLabel('Description').fill('Volunteers mend household items every second Saturday.');
    await dialog.getByRole('button', { name: 'Add organisation' }).click();

    await poll(() => panelTitle(page)).toBe('Battersea Repair Café');
    await poll(() => inMap(page, 'org-battersea-repair-cafe')).toBe(true);
    const stored = await send(page, 'GET', '/nodes/org-battersea-repair-cafe');
    expect(stored.body.node).toMatchObject({ nodeType: 'Organisation', source: 'Community meeting notes, 3 Dec 2026' });
    expect(errors).toEqual([]);
  });

  it('delete an organisation and see what goes with it', async () => {
    const id = 'org-caius-house';
    const { page, errors } = await openAtlas(rig, mapPath(BATTERSEA, `?sel=${id}`));
    await openPanel(page, 'Caius House');
    const ties = (await send(page, 'GET', `/nodes/${id}`)).body.ties.length;
    expect(ties).toBeGreaterThan(1);

    await page.getByTestId('delete-node').click();
    const dialog = page.getByTestId('delete-node-dialog');
    await poll(() => dialog.getByTestId('delete-consequence').innerText()).toContain(`its ${ties} ties are deleted`);
    // Each kind of tie that goes, with how many and with whom.
    const counted = await dialog.locator('.consequence-list li strong').allInnerTexts();
    expect(counted.reduce((sum, line) => sum + Number(line.split(': ').pop()), 0)).toBe(ties);
    expect(await axeViolations(page, '[data-testid="delete-node-dialog"]')).toEqual([]);
    await screenshot(page, 'editing-delete-confirmation');
    await dialog.getByTestId('delete-node-confirm').click();

    await poll(() => page.getByTestId('node-panel').count()).toBe(0);
    await poll(() => inMap(page, id)).toBe(false);
    expect((await send(page, 'GET', `/nodes/${id}`)).status).toBe(404);
    expect(errors).toEqual([]);
  });

  it('merge two organisations', async () => {
    const { page, errors } = await openAtlas(rig, mapPath(BATTERSEA));
    // The same organisation entered twice, the second with a tie of its own.
    const twin = await send(page, 'POST', '/nodes', { nodeType: 'Organisation', name: 'Providence House Youth Club', source: 'Sign-up sheet' });
    expect(twin.status).toBe(201);
    expect((await send(page, 'POST', '/ties', { tieType: 'CONNECTED_WITH', from: twin.body.id, to: 'org-kls', source: 'Sign-up sheet' })).status).toBe(201);
    await page.goto(new URL(mapPath(BATTERSEA, '?sel=org-providence-house'), rig.server.url).href);
    await openPanel(page, 'Providence House');

    await page.getByTestId('merge-button').click();
    const dialog = page.getByTestId('merge-dialog');
    await dialog.getByTestId('merge-other').fill('Providence House Youth');
    await page.getByRole('option', { name: /Providence House Youth Club/ }).first().click();
    const said = dialog.getByTestId('merge-consequence');
    await poll(() => said.innerText()).toContain('“Providence House” stays');
    expect(await said.innerText()).toContain('1 tie of “Providence House Youth Club” moves to “Providence House”');
    expect(await axeViolations(page, '[data-testid="merge-dialog"]')).toEqual([]);
    await dialog.getByTestId('merge-confirm').click();
    // Closed once merged; a refusal would stay open and say why.
    await poll(async () => ((await dialog.count()) === 0 ? 'closed' : (await dialog.locator('[role=alert]').allInnerTexts()).join(' ') || 'open'), 60_000).toBe('closed');

    await poll(() => inMap(page, twin.body.id)).toBe(false);
    await poll(() => page.getByTestId('node-panel').locator('.aliases').innerText()).toContain('Providence House Youth Club');
    const survivor = (await send(page, 'GET', '/nodes/org-providence-house')).body;
    expect(survivor.ties.map((t: { other: { id: string } }) => t.other.id)).toContain('org-kls');
    expect(await page.evaluate(() => window.atlas!.graph.edges('org-providence-house', 'org-kls').length)).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('undo my last change', async () => {
    const { page, errors } = await openAtlas(rig, mapPath(BATTERSEA));
    await page.getByTestId('add-node').click();
    const dialog = page.getByTestId('add-node-dialog');
    await dialog.getByLabel('Kind').selectOption('Theme');
    await dialog.getByLabel('Name', { exact: true }).fill('Repair and reuse');
    await dialog.getByLabel('Source').fill('Workshop notes');
    await dialog.getByRole('button', { name: 'Add theme' }).click();
    await poll(() => inMap(page, 'theme-repair-and-reuse')).toBe(true);

    // Undo takes it back, through the history's revert.
    const undo = page.getByTestId('undo-last');
    await poll(() => undo.innerText()).toMatch(/Undo: .*created .*Repair and reuse/);
    await undo.click();
    await poll(() => page.getByTestId('undo-note').innerText()).toMatch(/^Undone: /);
    await poll(() => inMap(page, 'theme-repair-and-reuse')).toBe(false);
    expect((await send(page, 'GET', '/nodes/theme-repair-and-reuse')).status).toBe(404);

    // A change a colleague has built on is not undone: the refusal says why.
    await page.goto(new URL(mapPath(BATTERSEA, '?sel=org-kls'), rig.server.url).href);
    await openPanel(page, 'Katherine Low Settlement');
    await page.getByTestId('edit-button').click();
    await page.getByTestId('edit-form').getByLabel('Description').fill('Settlement house: youth work, older people, English classes.');
    await page.getByTestId('edit-form').getByRole('button', { name: 'Save' }).click();
    await poll(() => undo.innerText()).toMatch(/Katherine Low Settlement/);
    const current = (await send(page, 'GET', '/nodes/org-kls')).body.node;
    expect((await send(page, 'PATCH', '/nodes/org-kls', { version: current.version, changes: { since: '1924' } })).status).toBe(200);
    await undo.click();
    const refusal = page.getByTestId('undo-note');
    await poll(() => refusal.innerText()).toMatch(/^Not undone: .*later changes depend on it/);
    expect(await refusal.getAttribute('role')).toBe('alert');
    expect((await send(page, 'GET', '/nodes/org-kls')).body.node.description).toBe('Settlement house: youth work, older people, English classes.');
    expect(await axeViolations(page, '[data-testid="undo-bar"]')).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('adding the same tie twice warns', async () => {
    const { page, errors } = await openAtlas(rig, mapPath(BATTERSEA, '?sel=org-providence-house'));
    await openPanel(page, 'Providence House');
    const size = () => page.evaluate(() => window.atlas!.graph.size);
    await page.getByTestId('edit-ties').click();
    const editor = page.getByTestId('tie-editor');
    const addCaius = async () => {
      await editor.getByLabel('Kind of tie').selectOption('CONNECTED_WITH:out');
      await page.getByTestId('tie-other').fill('Sound Minds');
      await page.getByRole('option', { name: /Sound Minds/ }).first().click();
      await editor.getByLabel('Source').fill('Phone call, May 2024');
      await editor.getByRole('button', { name: 'Add tie' }).click();
    };
    await addCaius();
    await poll(() => page.getByTestId('tie-note').innerText()).toBe('Tie added.');
    const before = await size();

    await addCaius();
    const warning = page.getByTestId('duplicate-tie');
    await poll(() => warning.innerText()).toMatch(/“Providence House” and “Sound Minds” already have a “Connected with” tie \(undated\)/);
    expect(await size()).toBe(before);
    expect(await axeViolations(page, '[data-testid="tie-editor"]')).toEqual([]);
    await warning.getByTestId('duplicate-tie-link').click();
    await poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toMatch(/Connected with.*Sound Minds/);
    expect(errors).toEqual([]);
  });

  it('a conflict is readable at phone width', async () => {
    const id = 'org-providence-house';
    const { page, errors } = await openAtlas(rig, mapPath(BATTERSEA, `?sel=${id}`), { viewport: PHONE });
    await openPanel(page, 'Providence House');
    await page.getByTestId('edit-button').click();
    const form = page.getByTestId('edit-form');
    const theirs = 'Youth club and food bank in north Battersea, open on weekday evenings, with holiday schemes in summer.';
    const mine = 'Youth club, food bank and advice service in north Battersea, open on weekday evenings and Saturdays.';
    const current = (await send(page, 'GET', `/nodes/${id}`)).body.node;
    expect((await send(page, 'PATCH', `/nodes/${id}`, { version: current.version, changes: { description: theirs } })).status).toBe(200);
    await form.getByLabel('Description').fill(mine);
    await form.getByRole('button', { name: 'Save' }).click();

    const field = page.getByTestId('conflict-field').filter({ hasText: 'Description' });
    await poll(() => field.count()).toBe(1);
    // The field's name reads on one line, and nothing runs off the side.
    const label = field.locator('.conflict-label');
    const box = (await label.boundingBox())!;
    const lineHeight = await label.evaluate((el) => Number.parseFloat(getComputedStyle(el).lineHeight));
    expect(box.height).toBeLessThan(lineHeight * 1.5);
    expect(await label.innerText()).toBe('Description');
    const conflict = page.getByTestId('edit-conflict');
    expect(await conflict.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    // The word diff: what only theirs has is struck through, what only mine has is marked.
    const diff = field.getByTestId('conflict-diff');
    expect(await diff.locator('del').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('holiday schemes')]));
    expect(await diff.locator('ins').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('advice service')]));
    expect(await axeViolations(page, '[data-testid="edit-conflict"]')).toEqual([]);
    await screenshot(page, 'editing-conflict-phone');
    expect(errors).toEqual([]);
  });
});
