/** Reading and clicking the drawn map through the app's test hook (window.atlas: sigma and its graph). */
import type { Page } from 'playwright-core';
import { layoutAtRest, nextFrame } from './published.ts';

/** Where a node is drawn, in page coordinates. */
export async function nodePosition(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((node) => {
    const { sigma, graph } = window.atlas!;
    const vp = sigma.graphToViewport({ x: graph.getNodeAttribute(node, 'x'), y: graph.getNodeAttribute(node, 'y') });
    const box = sigma.getContainer().getBoundingClientRect();
    return { x: box.left + vp.x, y: box.top + vp.y };
  }, id);
}

/** Stops the layout if it runs so nodes stay where they are, waits for that to be drawn, then clicks a node. */
export async function clickNode(page: Page, id: string): Promise<void> {
  const stop = page.getByRole('button', { name: 'Stop', exact: true });
  // The layout may settle between the look and the click (the button then reads "Tidy up"):
  // either way the wait below holds until nodes stand still.
  if (await stop.isVisible()) await stop.click({ timeout: 5_000 }).catch(() => undefined);
  await layoutAtRest(page);
  // sigma finds the node under the pointer in what it last drew, so draw the final positions first.
  await nextFrame(page);
  const { x, y } = await nodePosition(page, id);
  await page.mouse.click(x, y);
}

/** What sigma's reducers make of a node right now: hidden, dimmed or bright. */
export async function nodeLook(page: Page, id: string): Promise<{ hidden: boolean; dimmed: boolean; highlighted: boolean }> {
  return page.evaluate((node) => {
    const data = window.atlas!.sigma.getNodeDisplayData(node);
    return { hidden: !!data?.hidden, dimmed: data?.color === '#eef2f6', highlighted: !!data?.highlighted };
  }, id);
}

/** How many nodes sigma draws (not hidden by a filter). */
export async function visibleNodeCount(page: Page): Promise<number> {
  return page.evaluate(() => window.atlas!.graph.filterNodes((n) => !window.atlas!.sigma.getNodeDisplayData(n)?.hidden).length);
}
