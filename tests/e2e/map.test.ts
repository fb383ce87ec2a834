/** End to end: the real service on the real Neo4j, opened in Debian's Chromium. */
import { describe, expect, it } from 'vitest';
import { readSeed, seedMap } from '../../seed/dataset.ts';
import { openAtlas, screenshot, rigForThisFile, BATTERSEA, mapPath } from './support/browser.ts';
import { clickNode } from './support/map.ts';
import { poll } from './support/published.ts';

/** The Battersea map's records: the map these tests open. */
const dataset = seedMap(readSeed(), BATTERSEA);
const rig = rigForThisFile();

describe('the alliance map in Chromium', () => {
  it('shows the seeded nodes, and a click on a node opens its panel', async () => {
    const { page, errors } = await openAtlas(rig, mapPath(BATTERSEA));

    const counts = await page.getByTestId('graph-counts').innerText();
    expect(counts).toContain(`${dataset.nodes.length} nodes`);
    expect(counts).toContain(`${dataset.ties.length} ties`);
    expect(await page.evaluate(() => window.atlas!.graph.order)).toBe(dataset.nodes.length);

    const target = dataset.nodes.find((n) => n.name === 'Providence House')!;
    // The layout is stopped first, so the node does not move under the click.
    await clickNode(page, target.id);

    const panel = page.getByTestId('node-panel');
    await poll(() => panel.locator('h2').innerText()).toBe(target.name);
    expect(await panel.innerText()).toMatch(/Battersea Alliance/);
    await screenshot(page, 'map-with-panel');
    expect(errors).toEqual([]);
  });
});
