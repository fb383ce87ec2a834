/**
 * The node panel answers the everyday questions, each within three interactions from the opening
 * map, on the seed, in Chromium: whom one organisation should meet, which presenters at an event
 * have no tie to a core member, which of several organisations are connected to each other, and
 * what if an organisation closed. Each answer is checked against the service's, and the panels
 * added for it have 0 axe-core violations.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { NodeAnswers, TiesAmong } from '../../../app/src/answers/api.ts';
import { axeViolations } from '../support/axe.ts';
import { BATTERSEA, mapPath, openAtlas, rigForThisFile, screenshot } from '../support/browser.ts';
import { layoutAtRest, nextFrame, poll } from '../support/published.ts';
import { nodePosition } from '../support/map.ts';

const rig = rigForThisFile();
const MUTUALGAIN = 'mutualgain-west-london';

async function api<T>(path: string): Promise<T> {
  const res = await fetch(new URL(path, rig.server.url));
  expect(res.status, path).toBe(200);
  return (await res.json()) as T;
}

/** Interactions 1 and 2: type a name into the search, pick the suggestion. */
async function searchAndPick(page: Page, typed: string, name: RegExp): Promise<void> {
  await page.getByTestId('search-input').fill(typed);
  await page.getByRole('option', { name }).first().click();
}

/** One interaction: ctrl-click a node where it is drawn (once the layout is at rest, so it stays there). */
async function ctrlClickNode(page: Page, id: string): Promise<void> {
  const stop = page.getByRole('button', { name: 'Stop', exact: true });
  if (await stop.isVisible()) await stop.click({ timeout: 5_000 }).catch(() => undefined);
  await layoutAtRest(page);
  await nextFrame(page);
  const { x, y } = await nodePosition(page, id);
  await page.keyboard.down('Control');
  await page.mouse.click(x, y);
  await page.keyboard.up('Control');
}

/**
 * Three organisations drawn clear of the others and of where the panel opens, so a click lands on
 * the one meant (a user would pan to reach one under the panel).
 */
async function threeClearOrganisations(page: Page): Promise<string[]> {
  await layoutAtRest(page);
  return page.evaluate(() => {
    const { sigma, graph } = window.atlas!;
    const box = sigma.getContainer().getBoundingClientRect();
    const at = graph.mapNodes((id, a) => ({ id, type: a.nodeType as string, ...sigma.graphToViewport({ x: a.x as number, y: a.y as number }) }));
    const clear = (p: (typeof at)[number]) => at.every((q) => q.id === p.id || Math.hypot(q.x - p.x, q.y - p.y) > 24);
    return at
      .filter((p) => p.type === 'Organisation' && p.x > 40 && p.x < box.width - 440 && p.y > 40 && p.y < box.height - 120 && clear(p))
      .map((p) => p.id)
      .sort()
      .slice(0, 3);
  });
}

const linesOf = async (page: Page, testId: string) => (await page.getByTestId(testId).locator('li').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());

describe('the node panel answers', () => {
  it('who should Qoys Dayreel meet?', async () => {
    const { page, errors } = await openAtlas(rig, mapPath(MUTUALGAIN));
    await searchAndPick(page, 'Qoys', /Qoys Dayreel/);
    const section = page.getByTestId('answers-introductions');
    await poll(() => section.isVisible()).toBe(true);
    const answer = await api<NodeAnswers>(`/api/maps/${MUTUALGAIN}/nodes/org-qoys-dayreel-family-centre/answers`);
    if (answer.kind !== 'organisation') throw new Error(`expected an organisation, got ${answer.kind}`);
    const suggestions = answer.organisation.introductions;
    expect(suggestions.length).toBeGreaterThan(0);
    const lines = await linesOf(page, 'introductions');
    expect(lines).toHaveLength(suggestions.length);
    suggestions.forEach((s, i) => {
      expect(lines[i]).toContain(s.name);
      expect(lines[i]).toContain(s.reason);
    });
    expect(await axeViolations(page, '[data-testid="answers-introductions"]')).toEqual([]);
    expect(await axeViolations(page, '[data-testid="answers-gaps"]')).toEqual([]);
    await screenshot(page, 'panels-introductions');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('which presenters at Battersea Together have no tie to a core member?', async () => {
    const { page, errors } = await openAtlas(rig, mapPath(BATTERSEA));
    await searchAndPick(page, 'Battersea Fights Back', /Battersea Together – Battersea Fights Back/);
    const untied = page.getByTestId('attendees-untied');
    await poll(() => untied.isVisible()).toBe(true);
    const answer = await api<NodeAnswers>(`/api/maps/${BATTERSEA}/nodes/event-battersea-together-2021/answers`);
    if (answer.kind !== 'event') throw new Error(`expected an event, got ${answer.kind}`);
    const presenters = answer.event.attendees.filter((a) => a.roles.some((r) => r.role?.startsWith('presented')));
    const noTie = presenters.filter((a) => a.link === 'untied');
    // Most presenters, not the one delivery partner the "far from the core" list looks at.
    expect(noTie.length).toBeGreaterThan(presenters.length / 2);
    await untied.getByRole('button', { name: /^Show all/ }).click();
    const lines = await linesOf(page, 'attendee-list-untied');
    expect(lines.filter((l) => l.includes('(presented')).length).toBe(noTie.length);
    for (const a of noTie) expect(lines.some((l) => l.startsWith(a.name))).toBe(true);
    expect(await page.getByTestId('event-summary').innerText()).toContain(`attended by ${presenters.length}: ${noTie.length} have no working tie`);
    // "Before and after this event" is the compare section's own button, one link away.
    await page.getByTestId('to-before-after').click();
    await poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('event-compare');
    expect(await axeViolations(page, '[data-testid="answers-event"]')).toEqual([]);
    await screenshot(page, 'panels-event');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('which of these organisations are connected to each other?', async () => {
    const { page, errors } = await openAtlas(rig, mapPath(BATTERSEA));
    const chosen = await threeClearOrganisations(page);
    expect(chosen).toHaveLength(3);
    for (const id of chosen) await ctrlClickNode(page, id);
    const panel = page.getByTestId('selection-panel');
    await poll(() => page.getByTestId('selection-count').innerText().catch(() => '')).toBe('3 selected');
    const answer = await api<TiesAmong>(`/api/maps/${BATTERSEA}/answers/ties-among?ids=${chosen.join(',')}`);
    expect((await linesOf(page, 'selected-nodes')).map((l) => l.replace(/ Remove$/, ''))).toEqual(answer.nodes.map((n) => n.name));
    await poll(() => panel.getByTestId('selection-summary').innerText().catch(() => '')).toBe(answer.summary);
    const connected = answer.ties.filter((t) => t.connected);
    expect(await linesOf(page, 'ties-among')).toHaveLength(connected.length);
    if (answer.alone.length) expect(await linesOf(page, 'alone-among')).toEqual(answer.alone.map((n) => n.name));
    expect(await axeViolations(page, '[data-testid="selection-panel"]')).toEqual([]);
    await screenshot(page, 'panels-selection');
    await page.getByTestId('clear-selection').click();
    await poll(() => panel.isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('what if this organisation closed?', async () => {
    const { page, errors } = await openAtlas(rig, mapPath(BATTERSEA));
    await searchAndPick(page, 'Providence', /Providence House/);
    const summary = page.getByTestId('what-if-summary');
    await poll(() => summary.isVisible()).toBe(true);
    const answer = await api<NodeAnswers>(`/api/maps/${BATTERSEA}/nodes/org-providence-house/answers`);
    if (answer.kind !== 'organisation') throw new Error(`expected an organisation, got ${answer.kind}`);
    expect(await summary.innerText()).toBe(answer.organisation.whatIf.summary);
    expect(answer.organisation.whatIf.summary).toMatch(/^If Providence House closed/);
    expect(await axeViolations(page, '[data-testid="answers-what-if"]')).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
