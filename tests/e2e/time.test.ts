/**
 * The timeline under the map in Chromium: the slider moves the "as of" and the counts follow,
 * Play grows the network to the end without moving a node, undated ties are drawn apart and can be
 * counted, at desktop and phone size, and axe-core finds nothing wrong with the bar.
 */
import Graph from 'graphology';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { NO_SCOPE_FILTERS, buildFacetIndex, scopeVisibility, type ScopeGraph } from '../../graph-service/src/analysis/scope.ts';
import { asOfForBin, timelineOf } from '../../app/src/core/time/timeline.ts';
import type { DataGraph } from '../../app/src/core/graph/index.ts';
import { axeViolations } from './support/axe.ts';
import { PHONE, BATTERSEA, mapPath, openAtlas, rigForThisFile, screenshot } from './support/browser.ts';
import { layoutAtRest, nextFrame, poll } from './support/published.ts';

const rig = rigForThisFile();
const UNDATED_EDGE = '#aab4c2';
const UNDATED_NODE = '#f1f5f9';

/** Nodes drawn as in the network on the date: neither hidden nor in the faint undated look. */
const countedNodes = (page: Page) =>
  page.evaluate((faint) => {
    const { sigma, graph } = window.atlas!;
    return graph.filterNodes((n) => {
      const data = sigma.getNodeDisplayData(n);
      return !!data && !data.hidden && data.color !== faint;
    }).length;
  }, UNDATED_NODE);

const asOf = (page: Page) => new URL(page.url()).searchParams.get('asOf');
const shownNodes = async (page: Page) => Number((await page.getByTestId('graph-counts').innerText()).match(/Showing ([\d,]+) of/)?.[1].replace(/,/g, '') ?? Number.NaN);
/** The header's "Showing 40 of 74 nodes · 52 of 174 ties" as [40, 52]. */
const shown = async (page: Page) => (await page.getByTestId('graph-counts').innerText()).match(/([\d,]+) of [\d,]+ nodes\D+([\d,]+) of/)?.slice(1, 3).map((n) => Number(n.replace(/,/g, ''))) ?? [];
const positions = (page: Page) => page.evaluate(() => window.atlas!.graph.mapNodes((node, a) => `${node}:${a.x.toFixed(6)},${a.y.toFixed(6)}`));

/** A map as the service serves it to the app: kinds, tie types and dates. */
async function servedGraph(map: string): Promise<ScopeGraph> {
  const answer = (await (await fetch(new URL(`/api/maps/${map}/graph`, rig.server.url))).json()) as { nodes: { key: string; attributes: object }[]; edges: { key: string; source: string; target: string; attributes: object }[] };
  const graph = new Graph({ multi: true, type: 'directed' });
  for (const n of answer.nodes) graph.addNode(n.key, n.attributes);
  for (const e of answer.edges) graph.addEdgeWithKey(e.key, e.source, e.target, e.attributes);
  return graph as unknown as ScopeGraph;
}

/** Records a dated connection through the API, as an editor would. */
async function connect(map: string, from: string, to: string, since: string): Promise<void> {
  const response = await fetch(new URL(`/api/maps/${map}/ties`, rig.server.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ tieType: 'CONNECTED_WITH', from, to, source: 'timeline test', since }) });
  expect(response.status).toBe(201);
}

/** How many nodes and ties the time rule keeps on a date: what the header must say. */
const countsOn = (graph: ScopeGraph, asOf: string) => {
  const v = scopeVisibility(graph, buildFacetIndex(graph), { ...NO_SCOPE_FILTERS, asOf });
  return [v.nodes.size, v.edges.size];
};

describe('the timeline in Chromium', () => {
  it('the slider moves the date and the counts change with it', async () => {
    // Connections made after Battersea Together, so the record spans years and the slider's ends differ.
    const map = BATTERSEA;
    await connect(map, 'org-providence-house', 'org-caius-house', '2021-10-08');
    await connect(map, 'org-caius-house', 'org-kls', '2022-02');
    const graph = await servedGraph(map);
    const timeline = timelineOf(graph as unknown as DataGraph);
    const [start, end] = [asOfForBin(timeline, 0)!, asOfForBin(timeline, timeline.bins.length - 1)!];
    expect(countsOn(graph, start)).not.toEqual(countsOn(graph, end));
    const { page, errors } = await openAtlas(rig, mapPath(map));
    const slider = page.getByTestId('timeline-slider');
    await slider.focus();
    await slider.press('Home');
    await poll(() => asOf(page)).toBe(start);
    await poll(() => shown(page)).toEqual(countsOn(graph, start));
    const early = await shownNodes(page);
    expect(await page.getByTestId('timeline-status').innerText()).toContain('The network on');
    await poll(() => countedNodes(page)).toBe(early);
    await slider.press('End');
    await poll(() => asOf(page)).toBe(end);
    await poll(() => shown(page)).toEqual(countsOn(graph, end));
    const late = await shownNodes(page);
    await poll(() => countedNodes(page)).toBe(late);
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
