/**
 * Questions about clusters, asked on the Battersea seed from the opening map, as a reviewer reads
 * them: the legend, the map's colours and the Clusters panel show the one clustering (the
 * service's too); each cluster says what holds it together; a tie added keeps everyone else's
 * cluster colour. axe-core finds nothing in the views touched.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { BATTERSEA, mapPath, openAtlas, rigForThisFile, screenshot } from '../support/browser.ts';
import { poll } from '../support/published.ts';

const rig = rigForThisFile();

interface ServedCluster {
  id: string;
  name: string;
  colour: string;
  holdsTogether: string;
  internalTies: number;
  members: { id: string; name: string }[];
}

async function servedClusters(): Promise<{ clusters: ServedCluster[]; byNode: Record<string, string | null> }> {
  return (await fetch(new URL(`/api/maps/${BATTERSEA}/analysis/clusters`, rig.server.url))).json();
}

/** The legend's cluster entries as drawn: name and swatch colour (the grey "no one cluster" row left out). */
async function legendClusters(page: Page): Promise<[string, string][]> {
  return page.getByTestId('legend').locator('li').evaluateAll((rows) =>
    rows
      .map((row) => [row.querySelector('.legend-label')?.textContent ?? '', getComputedStyle(row.querySelector('.swatch') as Element).backgroundColor] as [string, string])
      .filter(([name]) => name !== 'In no one cluster'),
  );
}

/** The Clusters panel's items as drawn: name and dot colour. */
async function panelClusters(page: Page): Promise<[string, string][]> {
  return page.getByTestId('analysis-cluster-item').evaluateAll((items) =>
    items.map((item) => [item.querySelector('.analysis-item-name')?.textContent ?? '', getComputedStyle(item.querySelector('.analysis-dot') as Element).backgroundColor] as [string, string]),
  );
}

/** Each organisation's fill on the map (the display graph sigma draws). */
async function mapColours(page: Page, ids: string[]): Promise<Record<string, string>> {
  return page.evaluate((nodes) => Object.fromEntries(nodes.map((n) => [n, window.atlas!.graph.getNodeAttribute(n, 'color') as string])), ids);
}

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

describe('questions about clusters', () => {
  it('the legend and the Clusters panel name the same clusters, in the colours the map draws', async () => {
    const { page, errors } = await openAtlas(rig);
    const served = await servedClusters();
    // The opening legend: the map is coloured by cluster.
    await poll(() => legendClusters(page)).toEqual(served.clusters.map((c) => [c.name, rgb(c.colour)]));
    const colours = await mapColours(page, Object.keys(served.byNode));
    for (const c of served.clusters) for (const m of c.members) expect(colours[m.id], m.name).toBe(c.colour);
    expect(await axeViolations(page, '[data-testid="legend"]')).toEqual([]);
    const legend = await legendClusters(page);

    // One interaction: the Clusters & gaps tab shows the same names and colours, in the same order.
    await page.getByTestId('tab-analysis').click();
    // The legend sits on the Map tab, so it is compared as it read there.
    await poll(() => panelClusters(page)).toEqual(legend);
    expect(await axeViolations(page, '[data-testid="analysis-clusters"]')).toEqual([]);
    await screenshot(page, 'questions-clusters');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('what holds this cluster together? the cluster says, from its real ties', async () => {
    const { page, errors } = await openAtlas(rig);
    const served = await servedClusters();
    await page.getByTestId('tab-analysis').click();
    const items = page.getByTestId('analysis-cluster-item');
    await poll(() => items.count()).toBe(served.clusters.length);
    for (const [i, c] of served.clusters.entries()) expect(await items.nth(i).innerText()).toContain(c.holdsTogether);
    // A cluster without one working tie inside does not claim its members work together.
    const loose = served.clusters.find((c) => c.internalTies === 0);
    expect(loose?.holdsTogether).toMatch(/^These organisations share an event \(.+\), not working ties\./);
    const working = served.clusters.find((c) => c.internalTies > 0);
    expect(working?.holdsTogether).toMatch(new RegExp(`^${working?.internalTies} working ties? inside: `));
    expect(await page.getByTestId('analysis-clusters').innerText()).not.toMatch(/mostly work with each other/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a tie added keeps every other organisation in its cluster colour, on the map and in the service', async () => {
    // Battersea Youth Voice (in the cluster held by a shared event) and Wandsworth Council: without
    // a warm start this tie recolours 23 other organisations.
    const { page, errors } = await openAtlas(rig, mapPath(BATTERSEA, '?sel=org-battersea-youth-voice'));
    const before = await servedClusters();
    const orgs = Object.keys(before.byNode);
    await poll(() => legendClusters(page)).toEqual(before.clusters.map((c) => [c.name, rgb(c.colour)]));
    const colours = await mapColours(page, orgs);
    const ties = Number(await page.getByTestId('gap-summary').getAttribute('data-ties'));

    await page.getByTestId('edit-ties').click();
    const editor = page.getByTestId('tie-editor');
    await editor.getByLabel('Kind of tie').selectOption('CONNECTED_WITH:out');
    await page.getByTestId('tie-other').fill('Wandsworth Council');
    await page.getByRole('option', { name: /Wandsworth Council/ }).first().click();
    await editor.getByLabel('Source').fill('Met at the youth forum, 2024');
    await editor.getByRole('button', { name: 'Add tie' }).click();
    await poll(() => page.getByTestId('tie-note').innerText()).toBe('Tie added.');
    // The analysis has run again on the new tie.
    await poll(async () => Number(await page.getByTestId('gap-summary').getAttribute('data-ties'))).toBe(ties + 1);

    const unaffected = orgs.filter((o) => o !== 'org-battersea-youth-voice' && o !== 'org-wandsworth-council');
    const after = await mapColours(page, unaffected);
    for (const o of unaffected) expect(after[o], o).toBe(colours[o]);
    const served = await servedClusters();
    for (const o of unaffected) expect(served.byNode[o], o).toBe(before.byNode[o]);
    expect(await legendClusters(page)).toEqual(served.clusters.map((c) => [c.name, rgb(c.colour)]));
    expect(errors).toEqual([]);
    await page.close();
  });
});
