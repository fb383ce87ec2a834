/**
 * The directory a community keeps true, in Chromium with sign-in required: a steward signs in,
 * confirms their organisation's ties as still true and edits its record; an editor signs in and
 * reverts that edit from the history; a public visitor then sees neither people nor contact details.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ContactRepository } from '../../graph-service/src/repositories/contactRepository.ts';
import { MembershipRepository } from '../../graph-service/src/repositories/membershipRepository.ts';
import { BATTERSEA, mapPath, openAtlas, rigForThisFile, screenshot } from './support/browser.ts';
import { graphReady, poll } from './support/published.ts';

const rig = rigForThisFile({ ATLAS_ACCESS: 'accounts' });
const OWN = 'org-providence-house';
const PERSON = 'person-esther-providence';
const CONTACT = { email: 'coordinator@providencehouse.example.org', phone: '020 7946 0000' };
const STEWARD = { email: 'steward@providence.example.org', name: 'Pat Steward', password: 'a steward password' };
const EDITOR = { email: 'editor@alliance.example.org', name: 'Robin Editor', password: 'an editor password' };

const people = (page: Page) => page.evaluate(() => window.atlas?.graph.filterNodes((_id, a) => a.nodeType === 'Person').length ?? null);

async function signIn(page: Page, who: { email: string; name: string; password: string }): Promise<void> {
  await page.getByTestId('sign-in').click();
  await page.getByTestId('sign-in-email').fill(who.email);
  await page.getByTestId('sign-in-password').fill(who.password);
  await page.getByTestId('sign-in-dialog').getByRole('button', { name: 'Sign in' }).click();
  await page.waitForLoadState('load');
  await graphReady(page);
  await poll(() => page.getByTestId('account-name').innerText()).toBe(who.name);
}

async function signOut(page: Page): Promise<void> {
  await page.getByTestId('account-name').click();
  await page.getByTestId('sign-out').click();
  await page.waitForLoadState('load');
  await graphReady(page);
  await poll(() => page.getByTestId('sign-in').count()).toBe(1);
}

async function open(page: Page, id: string): Promise<void> {
  await page.goto(new URL(mapPath(BATTERSEA, `?sel=${id}`), rig.server.url).href);
  await graphReady(page);
}

beforeAll(async () => {
  const { db, app } = rig.server;
  const memberships = new MembershipRepository(db.driver, db.database);
  const steward = await app.atlasAccounts.create({ ...STEWARD, siteAdmin: false });
  const editor = await app.atlasAccounts.create({ ...EDITOR, siteAdmin: false });
  await memberships.put(BATTERSEA, steward.id, 'member', [OWN]);
  await memberships.put(BATTERSEA, editor.id, 'editor', []);
  await new ContactRepository(db.driver, db.database).put(BATTERSEA, PERSON, CONTACT);
});

describe('a steward keeps their record true, an editor reverts, the public sees no people', () => {
  it('confirms, edits, reverts, and hides people and contact details from the public', async () => {
    const { page, errors } = await openAtlas(rig, mapPath(BATTERSEA, `?sel=${OWN}`));
    const panel = page.getByTestId('node-panel');
    await poll(() => panel.locator('h2').innerText()).toBe('Providence House');
    const original = await panel.locator('.description').innerText();
    // The public: no history, no "Still true", no edit.
    expect(await page.getByTestId('history').count()).toBe(0);
    expect(await page.getByTestId('still-true-node').count()).toBe(0);

    // The steward confirms every tie of their organisation, then edits its description.
    await signIn(page, STEWARD);
    await open(page, OWN);
    await poll(() => panel.locator('h2').innerText()).toBe('Providence House');
    const ties = panel.getByTestId('still-true-tie');
    const count = await ties.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      await ties.nth(i).click();
      await poll(() => ties.nth(i).locator('..').innerText()).toMatch(/Confirmed today by Pat Steward/);
    }
    await page.getByTestId('edit-button').click();
    await page.getByTestId('edit-form').getByLabel('Description').fill('Youth club, food bank and arts space; checked by its steward.');
    await page.getByTestId('edit-form').getByRole('button', { name: 'Save' }).click();
    await poll(() => panel.locator('.description').innerText()).toBe('Youth club, food bank and arts space; checked by its steward.');
    // A member sees a person's work contact details.
    await open(page, PERSON);
    await poll(() => page.getByTestId('contact-details').innerText()).toContain(CONTACT.email);
    await signOut(page);

    // The editor finds the steward's edit in the history and reverts it.
    await signIn(page, EDITOR);
    await open(page, OWN);
    const history = page.getByTestId('history');
    const edit = history.locator('[data-testid="history-entry"][data-action="update"]').first();
    await poll(() => edit.innerText()).toMatch(/Pat Steward changed Providence House/);
    await poll(async () => (await history.locator('[data-testid="history-entry"][data-action="confirm"]').count()) >= count).toBe(true);
    await edit.getByRole('button', { name: /^Revert/ }).click();
    await page.getByTestId('revert-confirm').click();
    await poll(() => panel.locator('.description').innerText()).toBe(original);
    await poll(() => history.getByTestId('history-entry').first().innerText()).toMatch(/Robin Editor/);
    await screenshot(page, 'stewardship-editor-reverted');
    await signOut(page);

    // The public again: no people on the map, no person's panel, no contact details, and the route refuses.
    await poll(() => people(page)).toBe(0);
    await open(page, PERSON);
    expect(await page.getByTestId('contact-details').count()).toBe(0);
    expect(await page.evaluate(() => window.atlas?.graph.hasNode('person-esther-providence'))).toBe(false);
    const contact = await fetch(new URL(`/api/maps/${BATTERSEA}/people/${PERSON}/contact`, rig.server.url));
    expect(contact.status).toBe(401);
    expect(await contact.text()).not.toContain(CONTACT.email);
    expect(errors).toEqual([]);
  });
});
