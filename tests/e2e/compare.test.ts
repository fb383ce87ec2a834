/**
 * Compare two dates in Chromium, on the Battersea map: an event's panel offers "before and after
 * this event" in one click and lists what it led to; every tie says its dates and how they are known
 * (or that it is undated); the Compare tab shows the service's figures, summary and lists, and the map
 * draws what was added and what ended in two colours with the rest dimmed; desktop and phone, axe-core.
 */
import { describe, expect, it } from 'vitest';
import { figureRows } from '../../app/src/compare/figures.ts';
import { ADDED_COLOUR, ENDED_COLOUR } from '../../app/src/compare/highlight.ts';
import type { CompareAnswer } from '../../app/src/compare/types.ts';
import { datedWords } from '../../app/src/compare/words.ts';
import { DIMMED_EDGE } from '../../app/src/core/appearance/highlight.ts';
import { axeViolations } from './support/axe.ts';
import { BATTERSEA, PHONE, mapPath, openAtlas, rigForThisFile, screenshot } from './support/browser.ts';
import { closeSidebar } from './support/interactions.ts';
import { nextFrame, poll } from './support/published.ts';

const rig = rigForThisFile();
const EVENT = 'event-battersea-together-2021';
const BEFORE = '2021-10-07';
/** The day after the last follow-up (24 Mar 2022). */
const AFTER = '2022-03-25';

async function api<T>(path: string): Promise<T> {
  const res = await fetch(new URL(path, rig.server.url));
  expect(res.status, path).toBe(200);
  return (await res.json()) as T;
}

/** Opens the event's panel and asks for its before and after. */
async function compareAroundEvent(viewport?: { width: number; height: number }) {
  const opened = await openAtlas(rig, mapPath(BATTERSEA, `?sel=${EVENT}`), viewport ? { viewport } : {});
  const button = opened.page.getByTestId('event-compare');
  await poll(() => button.isVisible()).toBe(true);
  await button.click();
  return opened;
}

describe('Before and after an event', () => {
  it('one click from the event opens Compare on the day before it and the day after its last follow-up', async () => {
    const { page, errors } = await openAtlas(rig, mapPath(BATTERSEA, `?sel=${EVENT}`));
    const section = page.getByTestId('event-section');
    await poll(() => section.innerText()).toContain('7 Oct 2021 → 25 Mar 2022: the day before it and the day after its last follow-up');
    // What it led to: exactly the ties of the map whose madeAt names the event.
    const graph = await api<{ edges: { attributes: Record<string, unknown> }[] }>(`/api/maps/${BATTERSEA}/graph`);
    const madeHere = graph.edges.filter((e) => e.attributes.madeAt === EVENT).length;
    expect(await section.getByRole('heading', { name: /What it led to/ }).innerText()).toContain(String(madeHere));
    if (madeHere > 8) await section.getByTestId('led-to-all').click();
    if (madeHere > 0) expect(await section.getByTestId('led-to').locator('li').count()).toBe(madeHere);
    expect(await axeViolations(page, '[data-testid="node-panel"]')).toEqual([]);
    await screenshot(page, 'compare-event-panel');

    await page.getByTestId('event-compare').click();
    expect(await page.getByTestId('tab-compare').getAttribute('aria-selected')).toBe('true');
    expect(await page.getByTestId('compare-from').inputValue()).toBe(BEFORE);
    expect(await page.getByTestId('compare-to').inputValue()).toBe(AFTER);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('every tie in a panel says its dates and how they are known, or that it is undated', async () => {
    const org = 'org-providence-house';
    const { page, errors } = await openAtlas(rig, mapPath(BATTERSEA, `?sel=${org}`));
    const node = await api<{ ties: { properties: Record<string, string | undefined> }[] }>(`/api/maps/${BATTERSEA}/nodes/${org}`);
    const lines = page.getByTestId('tie-dates');
    await poll(() => lines.count()).toBe(node.ties.length);
    const shown = await lines.allInnerTexts();
    const expected = node.ties.map((t) => datedWords(t.properties.since, t.properties.until, t.properties.dateBasis));
    for (const words of expected) expect(shown.some((line) => line.startsWith(words)), words).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('refuses a "before" later than the "after", saying what to change', async () => {
    const { page, errors } = await openAtlas(rig, '?');
    await page.getByTestId('tab-compare').click();
    await page.getByTestId('compare-from').fill('2022-05-01');
    await page.getByTestId('compare-to').fill('2022-01-01');
    await poll(() => page.getByRole('alert').innerText()).toContain('choose a “before” date earlier than the “after” one');
    expect(await page.getByTestId('compare-run').isDisabled()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('Compare two dates', () => {
  it('shows the service’s figures, summary and lists, and draws added and ended ties in two colours', async () => {
    const service = await api<CompareAnswer>(`/api/maps/${BATTERSEA}/compare?from=${BEFORE}&to=${AFTER}`);
    const { page, errors } = await compareAroundEvent();
    const panel = page.getByTestId('compare-panel');
    await poll(() => panel.getByTestId('compare-title').innerText()).toBe('7 Oct 2021 → 25 Mar 2022');
    for (const row of figureRows(service.before, service.after)) {
      expect(await panel.getByTestId(`compare-figure-${row.key}`).innerText()).toBe(`${row.label}\t${row.before}\t${row.after}\t${row.change}`);
    }
    for (const line of service.summary) expect(await panel.getByTestId('compare-summary').innerText()).toContain(line);
    const added = panel.getByTestId('compare-added');
    expect(await added.getByTestId('compare-tie').count()).toBe(service.added.ties.length);
    expect(await panel.getByTestId('compare-ended').getByTestId('compare-tie').count()).toBe(service.ended.ties.length);
    expect(service.added.ties.length).toBeGreaterThan(0);

    // The map: added ties blue and thick, ended ones orange and thin, the rest dimmed.
    await nextFrame(page);
    const looks = await page.evaluate(() => {
      const { sigma, graph } = window.atlas!;
      return Object.fromEntries(graph.mapEdges((e) => [e, { color: sigma.getEdgeDisplayData(e)?.color, size: sigma.getEdgeDisplayData(e)?.size, hidden: sigma.getEdgeDisplayData(e)?.hidden }]));
    });
    for (const tie of service.added.ties) expect(looks[tie.id], tie.id).toMatchObject({ color: ADDED_COLOUR, hidden: false });
    for (const tie of service.ended.ties) expect(looks[tie.id], tie.id).toMatchObject({ color: ENDED_COLOUR, hidden: false });
    const changed = new Set([...service.added.ties, ...service.ended.ties].map((t) => t.id));
    const rest = Object.entries(looks).filter(([id, look]) => !changed.has(id) && !look.hidden);
    expect(rest.length).toBeGreaterThan(0);
    expect(rest.every(([, look]) => look.color === DIMMED_EDGE)).toBe(true);
    expect(await axeViolations(page, '[data-testid="compare-panel"]')).toEqual([]);
    await screenshot(page, 'compare-desktop');

    // Off the map: the map's own colours come back.
    await panel.getByTestId('compare-on-map').uncheck();
    await nextFrame(page);
    const first = service.added.ties[0].id;
    await poll(() => page.evaluate((id) => window.atlas!.sigma.getEdgeDisplayData(id)?.color, first)).not.toBe(ADDED_COLOUR);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fits a phone, and axe-core finds nothing wrong', async () => {
    const { page, errors } = await compareAroundEvent(PHONE);
    const panel = page.getByTestId('compare-panel');
    await poll(() => panel.getByTestId('compare-title').isVisible()).toBe(true);
    // The answer is brought into view in the short sidebar, and focus goes to it.
    await poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('compare-title');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await axeViolations(page, '[data-testid="compare-panel"]')).toEqual([]);
    await screenshot(page, 'compare-phone');
    // With the sidebar folded away (on a phone it lies over the map) and the event's panel closed, the map shows the two colours.
    await closeSidebar(page);
    await page.getByRole('button', { name: 'Close details' }).click();
    await poll(() => page.getByTestId('node-panel').count()).toBe(0);
    await nextFrame(page);
    await screenshot(page, 'compare-phone-map');
    expect(errors).toEqual([]);
    await page.close();
  });
});
