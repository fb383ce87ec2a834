/**
 * Clicks and keys the browser tests share: a sidebar tab however narrow the screen, a secondary
 * header action behind "More", the focused element, and Tab pressed until something has focus.
 */
import type { Page } from 'playwright-core';
import { TEST_PASSWORD } from '../../support/accounts.ts';

/** The sidebar tab `id` ("map", "filters", "path", "analysis", "compare", "review"), opening the collapsed sidebar first. */
export async function openSidebarTab(page: Page, id: string): Promise<void> {
  const tab = page.getByTestId(`tab-${id}`);
  if (!(await tab.isVisible())) await page.getByTestId('sidebar-toggle').click();
  await tab.click();
}

/** Closes the sidebar on a narrow screen (where it lies over the map); nothing to do where it stays beside it. */
export async function closeSidebar(page: Page): Promise<void> {
  const toggle = page.getByTestId('sidebar-toggle');
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) === 'true') await toggle.click();
}

/** A header action by its test id: straight away when it is in the header, else through the "More" menu. */
export async function headerAction(page: Page, testId: string): Promise<void> {
  const action = page.getByTestId(testId);
  if (!(await action.isVisible())) await page.getByTestId('header-more').click();
  await action.click();
}

/** What has focus now: its test id, else its role and accessible name, else its tag. */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    return el.getAttribute('data-testid') ?? `${el.getAttribute('role') ?? el.tagName.toLowerCase()}:${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? ''}`;
  });
}

/** Whether focus is inside the element the selector finds. */
export function focusIsWithin(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((s) => !!document.querySelector(s)?.contains(document.activeElement), selector);
}

/** Presses Tab until `until` holds (or `limit` presses): how many presses it took, or null if it never did. */
export async function tabUntil(page: Page, until: () => Promise<boolean>, limit = 60, key = 'Tab'): Promise<number | null> {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press(key);
    if (await until()) return presses;
  }
  return null;
}

/** Signs the page's browser context in through the API (the sign-in dialog has its own test), then reloads. */
export async function signInThroughApi(page: Page, email: string, password = TEST_PASSWORD): Promise<void> {
  const response = await page.request.post(new URL('/api/session', page.url()).href, { data: { email, password } });
  if (!response.ok()) throw new Error(`sign-in of ${email} answered ${response.status()}`);
  await page.reload();
}
