/**
 * Accounts in Chromium, on the built app under its security headers (CSP without inline script,
 * frame-ancestors 'none'): a public visitor sees the map without people and with no edit controls;
 * a steward signs in, sees people, may edit their own organisation only, and signs out; then the
 * public view has no people again. No CSP violation or page error along the way.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { MembershipRepository } from '../../graph-service/src/repositories/membershipRepository.ts';
import { BATTERSEA, mapPath, openAtlas, rigForThisFile, screenshot } from './support/browser.ts';
import { axeViolations } from './support/axe.ts';
import { graphReady, poll } from './support/published.ts';

const rig = rigForThisFile({ ATLAS_ACCESS: 'accounts' });
const OWN = 'org-providence-house';
const OTHER = 'org-caius-house';
const PASSWORD = 'a steward password';

/** People in the loaded map (null while a reload has not drawn it yet). */
const people = (page: Page) => page.evaluate(() => window.atlas?.graph.filterNodes((_id, a) => a.nodeType === 'Person').length ?? null);

/** Content-Security-Policy violations the page reports. */
function watchCsp(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/.test(message.text())) violations.push(message.text());
  });
  return violations;
}

beforeAll(async () => {
  const { db, app } = rig.server;
  const steward = await app.atlasAccounts.create({ email: 'steward@example.org', name: 'Pat Steward', password: PASSWORD, siteAdmin: false });
  await new MembershipRepository(db.driver, db.database).put(BATTERSEA, steward.id, 'member', [OWN]);
  await app.atlasAccounts.create({ email: 'admin@example.org', name: 'Sam Admin', password: PASSWORD, siteAdmin: true });
});

/** What the store says a member of the Battersea map is a steward of. */
async function stewardOf(email: string): Promise<string[]> {
  const { db, app } = rig.server;
  const account = (await app.atlasAccounts.list()).find((a) => a.email === email)!;
  const found = (await new MembershipRepository(db.driver, db.database).ofAccount(account.id)).find((m) => m.map === BATTERSEA);
  return [...(found?.stewardOf ?? [])].sort();
}

describe('accounts in Chromium', () => {
  it('serves the app with a CSP and frame-ancestors none, and the app runs under it', async () => {
    const response = await fetch(new URL(mapPath(BATTERSEA), rig.server.url));
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
  });

  it('shows a public visitor no people and no edit controls; a steward signs in, sees people, edits their own organisation only, and signs out', async () => {
    const { page, errors } = await openAtlas(rig, mapPath(BATTERSEA, `?sel=${OTHER}`));
    const violations = watchCsp(page);
    await poll(() => people(page)).toBe(0);
    await poll(() => page.getByTestId('node-panel').locator('h2').innerText()).toBe('Caius House');
    expect(await page.getByTestId('edit-button').count()).toBe(0);
    await expect.poll(() => page.getByTestId('sign-in').count()).toBe(1);
    expect(await page.getByTestId('open-mode-banner').count()).toBe(0);

    await page.getByTestId('sign-in').click();
    await page.getByTestId('sign-in-email').fill('steward@example.org');
    await page.getByTestId('sign-in-password').fill('not the password');
    await page.getByTestId('sign-in-dialog').getByRole('button', { name: 'Sign in' }).click();
    await poll(() => page.getByTestId('sign-in-dialog').getByRole('alert').innerText()).toMatch(/do not match an account/);
    await page.getByTestId('sign-in-password').fill(PASSWORD);
    await page.getByTestId('sign-in-dialog').getByRole('button', { name: 'Sign in' }).click();

    // The map opens again as the steward: people are there, and the account menu names them.
    await page.waitForLoadState('load');
    await graphReady(page);
    await poll(() => page.getByTestId('account-name').innerText()).toBe('Pat Steward');
    await poll(() => people(page)).toBeGreaterThan(0);
    await poll(() => page.getByTestId('node-panel').locator('h2').innerText()).toBe('Caius House');
    expect(await page.getByTestId('edit-button').count()).toBe(0);

    // Their own organisation: Edit is there, and a change is saved through the session with its CSRF token.
    await page.goto(new URL(mapPath(BATTERSEA, `?sel=${OWN}`), rig.server.url).href);
    await graphReady(page);
    await poll(() => page.getByTestId('node-panel').locator('h2').innerText()).toBe('Providence House');
    await page.getByTestId('edit-button').click();
    const form = page.getByTestId('edit-form');
    await form.getByLabel('Description').fill('Kept true by its steward.');
    await form.getByRole('button', { name: 'Save' }).click();
    await poll(() => page.getByTestId('node-panel').locator('.description').innerText()).toBe('Kept true by its steward.');
    await screenshot(page, 'accounts-steward-signed-in');

    await page.getByTestId('account-name').click();
    await page.getByTestId('sign-out').click();
    await page.waitForLoadState('load');
    await graphReady(page);
    await poll(() => page.getByTestId('sign-in').count()).toBe(1);
    await poll(() => people(page)).toBe(0);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("lets a map's admin choose the organisations a steward speaks for by name, and take one away", async () => {
    const { page, errors } = await openAtlas(rig, mapPath(BATTERSEA));
    await page.getByTestId('sign-in').click();
    await page.getByTestId('sign-in-email').fill('admin@example.org');
    await page.getByTestId('sign-in-password').fill(PASSWORD);
    await page.getByTestId('sign-in-dialog').getByRole('button', { name: 'Sign in' }).click();
    await page.waitForLoadState('load');
    await graphReady(page);
    await page.getByTestId('account-name').click();
    await page.getByTestId('members-button').click();
    const dialog = page.getByTestId('members-dialog');
    const chips = dialog.getByRole('list', { name: 'Organisations Pat Steward is a steward of' });
    await poll(() => chips.locator('li').allInnerTexts()).toEqual([expect.stringMatching(/^Providence House/)]);

    const box = dialog.getByLabel('Add an organisation Pat Steward is a steward of');
    await box.fill('Caius Hou');
    await poll(() => dialog.locator('datalist option[value="Caius House"]').count()).toBe(1);
    await box.fill('Caius House');
    await poll(() => stewardOf('steward@example.org')).toEqual([OTHER, OWN].sort());
    await poll(() => chips.locator('li').count()).toBe(2);
    expect(await axeViolations(page, '[data-testid="members-dialog"]')).toEqual([]);
    await screenshot(page, 'accounts-members-stewards');

    await dialog.getByRole('button', { name: 'Pat Steward no longer speaks for Providence House' }).click();
    await poll(() => stewardOf('steward@example.org')).toEqual([OTHER]);
    await poll(() => chips.locator('li').allInnerTexts()).toEqual([expect.stringMatching(/^Caius House/)]);
    expect(errors).toEqual([]);
  });
});
