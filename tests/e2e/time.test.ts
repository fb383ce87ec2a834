/**
 * The timeline under the map in Chromium: the slider moves the "as of" and the counts follow,
 * Play grows the network to the end without moving a node, undated ties are drawn apart and can be
 * counted, at desktop and phone size, and axe-core finds nothing wrong with the bar.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Graph from 'graphology';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { NO_SCOPE_FILTERS, buildFacetIndex, scopeVisibility, type ScopeGraph } from '../../graph-service/src/analysis/scope.ts';
import { asOfForBin, timelineOf } from '../../app/src/core/time/timeline.ts';
import type { DataGraph } from '../../app/src/core/graph/index.ts';
import { readSeed, seedMap } from '../../seed/dataset.ts';
import { PHONE, BATTERSEA, mapPath, openAtlas, rigForThisFile, screenshot } from './support/browser.ts';
import { visibleNodeCount } from './support/map.ts';
import { layoutAtRest, nextFrame, poll } from './support/published.ts';

const rig = rigForThisFile();
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const UNDATED_EDGE = '#aab4c2';

const asOf = (page: Page) => new URL(page.url()).searchParams.get('asOf');
const shownNodes = async (page: Page) => Number((await page.getByTestId('graph-counts').innerText()).match(/Showing ([\d,]+) of/)?.[1].replace(/,/g, '') ?? Number.NaN);
const positions = (page: Page) => page.evaluate(() => window.atlas!.graph.mapNodes((node, a) => `${node}:${a.x.toFixed(6)},${a.y.toFixed(6)}`));

/** A seed map as the app's data graph holds it: kinds, tie types and dates. */
function seedGraph(map: string): ScopeGraph {
  const { nodes, ties } = seedMap(readSeed(), map);
  const graph = new Graph({ multi: true, type: 'directed' });
  for (const n of nodes) graph.addNode(n.id as string, { ...n, nodeType: n.label, name: n.name });
  for (const t of ties) graph.addEdgeWithKey(t.id as string, t.from as string, t.to as string, { ...t, tieType: t.type });
  return graph as unknown as ScopeGraph;
}

/** How many nodes the time rule keeps on a date: what the header must say. */
const nodesOn = (graph: ScopeGraph, asOf: string) => scopeVisibility(graph, buildFacetIndex(graph), { ...NO_SCOPE_FILTERS, asOf }).nodes.size;

async function axeViolations(page: Page, selector: string): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async (within) => {
    const axe = (window as unknown as { axe: { run: (context: unknown) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
    const result = await axe.run({ include: [within] });
    return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
  }, selector);
}

describe('the timeline in Chromium', () => {
  it('the slider moves the date and the counts change with it', async () => {
    // A map whose dated ties span more than a month, so the ends of the slider differ.
    const map = 'mutualgain-west-london';
    const graph = seedGraph(map);
    const timeline = timelineOf(graph as unknown as DataGraph);
    const [start, end] = [asOfForBin(timeline, 0)!, asOfForBin(timeline, timeline.bins.length - 1)!];
    expect(nodesOn(graph, start)).not.toBe(nodesOn(graph, end));
    const { page, errors } = await openAtlas(rig, mapPath(map));
    const slider = page.getByTestId('timeline-slider');
    await slider.focus();
    await slider.press('Home');
    await poll(() => asOf(page)).toBe(start);
    await poll(() => shownNodes(page)).toBe(nodesOn(graph, start));
    const early = await shownNodes(page);
    expect(await page.getByTestId('timeline-status').innerText()).toContain('The network on');
    await poll(() => visibleNodeCount(page)).toBe(early);
    await slider.press('End');
    await poll(() => asOf(page)).toBe(end);
    await poll(() => shownNodes(page)).toBe(nodesOn(graph, end));
    const late = await shownNodes(page);
    await poll(() => visibleNodeCount(page)).toBe(late);
    // The date field sets the same one filter.
    await page.getByTestId('timeline-date').fill('2010-06-01');
    await poll(() => asOf(page)).toBe('2010-06-01');
    await page.getByTestId('timeline-whole').click();
    await poll(() => asOf(page)).toBeNull();
    expect(await page.getByTestId('graph-counts').innerText()).not.toContain('Showing');
    expect(errors).toEqual([]);
  });

  it('Play runs to the end, nodes keep their positions, and the button says it is pressed', async () => {
    const { page, errors } = await openAtlas(rig, mapPath(BATTERSEA));
    const stop = page.getByRole('button', { name: 'Stop', exact: true });
    if (await stop.isVisible()) await stop.click({ timeout: 5_000 }).catch(() => undefined);
    await layoutAtRest(page);
    const before = await positions(page);
    const play = page.getByTestId('timeline-play');
    await play.click();
    await poll(() => play.getAttribute('aria-pressed')).toBe('true');
    await page.waitForFunction(() => document.body.dataset.atlasPlay === 'done', undefined, { timeout: 60_000 });
    expect(await play.getAttribute('aria-pressed')).toBe('false');
    const last = await page.getByTestId('timeline-slider').getAttribute('max');
    expect(await page.getByTestId('timeline-slider').inputValue()).toBe(last);
    expect(await positions(page)).toEqual(before);
    await nextFrame(page);
    await screenshot(page, 'time-played');
    expect(errors).toEqual([]);
  });

  it('undated ties are drawn faint and counted apart; "Count undated ties" counts them', async () => {
    const { page, errors } = await openAtlas(rig, mapPath(BATTERSEA, '?asOf=2022-03-31'));
    const note = page.getByTestId('timeline-undated');
    await poll(() => note.innerText()).toMatch(/^\d+ undated ties? not counted$/);
    const undated = Number((await note.innerText()).split(' ')[0]);
    // As many ties are drawn in the undated look as the note says were left out (or fewer, where an end is hidden).
    const faint = await page.evaluate((colour) => window.atlas!.graph.filterEdges((e) => window.atlas!.sigma.getEdgeDisplayData(e)?.color === colour && !window.atlas!.sigma.getEdgeDisplayData(e)?.hidden).length, UNDATED_EDGE);
    expect(faint).toBeGreaterThan(0);
    expect(faint).toBeLessThanOrEqual(undated);
    const without = await shownNodes(page);
    await screenshot(page, 'time-undated-desktop');
    expect(await axeViolations(page, '[data-testid="timeline"]')).toEqual([]);

    await page.getByTestId('timeline-count-undated').check();
    await poll(() => new URL(page.url()).searchParams.get('undated')).toBe('include');
    await poll(() => note.count()).toBe(0);
    expect(await page.getByTestId('timeline-status').innerText()).toContain('undated ties counted as holding');
    expect(await shownNodes(page)).toBeGreaterThanOrEqual(without);
    expect(errors).toEqual([]);
  });

  it('fits a phone: the bar is inside 390 px and its controls can be reached', async () => {
    const { page, errors } = await openAtlas(rig, mapPath(BATTERSEA, '?asOf=2022-03-31'), { viewport: PHONE });
    const bar = (await page.getByTestId('timeline').boundingBox())!;
    expect(bar.x).toBeGreaterThanOrEqual(0);
    expect(bar.x + bar.width).toBeLessThanOrEqual(PHONE.width);
    for (const id of ['timeline-play', 'timeline-slider', 'timeline-date', 'timeline-whole', 'timeline-count-undated']) {
      const box = (await page.getByTestId(id).boundingBox())!;
      expect(box.x + box.width, id).toBeLessThanOrEqual(PHONE.width);
      expect(box.y + box.height, id).toBeLessThanOrEqual(bar.y + bar.height + 1);
    }
    await screenshot(page, 'time-phone');
    expect(await axeViolations(page, '[data-testid="timeline"]')).toEqual([]);
    expect(errors).toEqual([]);
  });
});
