/**
 * Questions about gaps, asked on the Battersea seed from the opening map: the summary over the map
 * gives the gap lists' own figures, a part highlights and lists its nodes, a name opens its panel,
 * within three interactions; at 390 px wide it stays readable; axe-core finds nothing in it.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { BATTERSEA, openAtlas, PHONE, rigForThisFile, screenshot } from '../support/browser.ts';
import { nodeLook } from '../support/map.ts';
import { poll } from '../support/published.ts';

const rig = rigForThisFile();

interface Served {
  gaps: { detector: string; items: { id: string; title: string; nodeIds: string[]; details?: { leads?: number } }[] }[];
  scope: { organisations: number };
}

async function servedGaps(): Promise<Served> {
  return (await fetch(new URL(`/api/maps/${BATTERSEA}/analysis/gaps`, rig.server.url))).json();
}

describe('questions about gaps', () => {
  it('which organisations have no working tie? two interactions from the opening map', async () => {
    const { page, errors } = await openAtlas(rig);
    const served = await servedGaps();
    const isolated = served.gaps.find((g) => g.detector === 'isolated')!.items;
    const part = page.getByTestId('gap-summary-isolated');
    // Seen at once, over the map: the real figure of the isolated list.
    await poll(() => part.innerText()).toBe(`${isolated.length} of ${served.scope.organisations} organisations have no working tie`);

    // 1: the part highlights them on the map and lists them by name.
    await part.click();
    expect(await part.getAttribute('aria-pressed')).toBe('true');
    const list = page.getByTestId('gap-summary-list');
    await poll(() => list.getByRole('listitem').count()).toBe(isolated.length);
    await poll(async () => (await nodeLook(page, isolated[0].nodeIds[0])).dimmed).toBe(false);
    const tied = await page.evaluate((ids) => window.atlas!.graph.filterNodes((n, a) => a.nodeType === 'Organisation' && !ids.includes(n))[0], isolated.map((i) => i.nodeIds[0]));
    await poll(async () => (await nodeLook(page, tied)).dimmed).toBe(true);
    expect(await axeViolations(page, '[data-testid="gap-summary"]')).toEqual([]);
    await screenshot(page, 'questions-gaps-isolated');

    // 2: a name opens its panel.
    await list.getByRole('button', { name: isolated[0].title, exact: true }).click();
    await poll(() => page.getByTestId('node-panel').locator('h2').innerText()).toBe(isolated[0].title);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('which themes have no lead, and which delivery partners are far from the core group?', async () => {
    const { page, errors } = await openAtlas(rig);
    const served = await servedGaps();
    const leaderless = served.gaps.find((g) => g.detector === 'themes')!.items.filter((i) => i.details?.leads === 0);
    const far = served.gaps.find((g) => g.detector === 'delivery-partners-far-from-core')!.items;
    const themes = page.getByTestId('gap-summary-themes');
    await poll(() => themes.innerText()).toBe(`${leaderless.length} themes have no lead`);
    await themes.click();
    const list = page.getByTestId('gap-summary-list');
    await poll(() => list.getByRole('button').allInnerTexts()).toEqual([...leaderless.map((t) => t.title), 'Hide the list']);
    await poll(async () => (await nodeLook(page, leaderless[0].id)).dimmed).toBe(false);

    const partners = page.getByTestId('gap-summary-delivery-partners-far-from-core');
    expect(await partners.innerText()).toBe(`${far.length} delivery partner${far.length === 1 ? ' is' : 's are'} far from the core group`);
    await partners.click();
    expect(await themes.getAttribute('aria-pressed')).toBe('false');
    await poll(() => list.getByRole('listitem').count()).toBe(far.length);
    await list.getByRole('button', { name: 'Hide the list' }).click();
    await poll(() => list.count()).toBe(0);
    await poll(async () => (await nodeLook(page, leaderless[0].id)).dimmed).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reads whole at 390 px wide, and axe-core finds nothing in it', async () => {
    const { page, errors } = await openAtlas(rig, '', { viewport: PHONE });
    const summary = page.getByTestId('gap-summary');
    await poll(() => summary.getByRole('button').count()).toBeGreaterThan(0);
    const box = await summary.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
    // No part is cut off: each button's text fits its box.
    const cut = await summary.getByRole('button').evaluateAll((buttons) => buttons.filter((b) => b.scrollWidth > b.clientWidth + 1).map((b) => b.textContent));
    expect(cut).toEqual([]);
    await page.getByTestId('gap-summary-isolated').click();
    await poll(() => page.getByTestId('gap-summary-list').isVisible()).toBe(true);
    expect(await axeViolations(page, '[data-testid="gap-summary"]')).toEqual([]);
    await screenshot(page, 'questions-gaps-phone');
    expect(errors).toEqual([]);
    await page.close();
  });
});
