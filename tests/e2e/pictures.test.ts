/**
 * Pictures, the board report, saved views and sharing, as a community worker uses them: each `it`
 * is one promise of the feature, on the seed's Battersea map in Chromium.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { frameLayout, pictureSize, type Box } from '../../app/src/picture/frame.ts';
import { axeViolations } from './support/axe.ts';
import { BATTERSEA, mapPath, openAtlas, openPage, PHONE, rigForThisFile } from './support/browser.ts';
import { graphReady, layoutAtRest, poll } from './support/published.ts';

const rig = rigForThisFile();
const API = `/api/maps/${BATTERSEA}`;

/** Pages of a PDF: its page objects (`/Type /Page`, not the `/Pages` tree), as Chromium's Skia writes them. */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
}

/** A PNG's size from its header. */
function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Share of pixels that are not white inside each box of the picture, read in the page. */
async function inkIn(page: Page, png: Buffer, boxes: Box[]): Promise<number[]> {
  return page.evaluate(async ({ data, boxes }) => {
    // Decoded from the bytes: the app's CSP (rightly) lets the page fetch nothing but its own service.
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(image.width, image.height);
    const ctx = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
    ctx.drawImage(image, 0, 0);
    return boxes.map((b) => {
      const pixels = ctx.getImageData(b.x, b.y, b.width, b.height).data;
      let ink = 0;
      for (let i = 0; i < pixels.length; i += 4) if (pixels[i] < 200 || pixels[i + 1] < 200 || pixels[i + 2] < 200) ink++;
      return ink / (pixels.length / 4);
    });
  }, { data: png.toString('base64'), boxes });
}

describe('pictures, the report, saved views and sharing', () => {
  it('the PNG has a title and legend at the size I chose', async () => {
    const { page, errors } = await openAtlas(rig, mapPath(BATTERSEA));
    await layoutAtRest(page);
    await page.getByTestId('export-menu').click();
    await page.getByTestId('export-png').click();
    await page.getByTestId('picture-title').fill('Battersea Alliance: who works with whom');
    await page.getByTestId('picture-size-a4-150').check();
    expect(await axeViolations(page, '.picture-form')).toEqual([]);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save picture' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^battersea-alliance-a4-150-\d{4}-\d{2}-\d{2}\.png$/);
    await download.saveAs('test-results/pictures-a4-150.png');
    const png = readFileSync('test-results/pictures-a4-150.png');
    const size = pictureSize('a4-150');
    expect(pngSize(png)).toEqual({ width: 1754, height: 1240 });
    // Ink where the frame puts the title, the legend, the source line and the map; the margin stays white.
    const layout = frameLayout(size, []);
    const titleBox = { x: layout.title.x, y: layout.title.y - layout.title.size, width: 600, height: layout.title.size };
    const legendBox = { x: layout.legend.x, y: layout.legend.y, width: layout.legend.width, height: layout.legend.rowHeight * 4 };
    const sourceBox = { x: layout.source.x, y: layout.source.y - layout.source.size, width: 600, height: layout.source.size };
    const margin = { x: 0, y: 0, width: size.width, height: Math.floor(layout.padding / 2) };
    const [title, legend, source, map, empty] = await inkIn(page, png, [titleBox, legendBox, sourceBox, layout.map, margin]);
    expect(title).toBeGreaterThan(0.05);
    expect(legend).toBeGreaterThan(0.01);
    expect(source).toBeGreaterThan(0.02);
    expect(map).toBeGreaterThan(0.005);
    expect(empty).toBe(0);

    // The SVG has the same frame: the title and the legend's rows as text.
    await page.getByTestId('export-menu').click();
    await page.getByTestId('export-svg').click();
    await page.getByTestId('picture-size-a4-300').check();
    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save picture' }).click()]);
    await svg.saveAs('test-results/pictures-a4-300.svg');
    const drawing = readFileSync('test-results/pictures-a4-300.svg', 'utf8');
    expect(drawing).toMatch(/<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="3508" height="2480"/);
    expect(drawing).toMatch(/<text class="title"[^>]*>Battersea Alliance<\/text>/);
    expect(drawing).toMatch(/<g class="legend"[^>]*><text[^>]*>Colour: [^<]+<\/text><circle /);
    expect(drawing).toMatch(/<text [^>]*>Ties<\/text><rect /);
    expect(drawing).toMatch(/<text class="source"[^>]*>Source: Alliance Atlas, Battersea Alliance/);
    expect(errors).toEqual([]);
  });

  it('the report prints on one A4 page with every bridge and an appendix', async () => {
    const { page } = await openPage(rig, `${API}/reports/health`);
    const clusters = (await (await page.request.get(new URL(`${API}/analysis/clusters`, rig.server.url).href)).json()) as { clusters: { bridges: { name: string }[]; holdsTogether: string }[] };
    const bridges = clusters.clusters.flatMap((c) => c.bridges.map((b) => b.name));
    expect(bridges.length).toBeGreaterThan(2);
    const shown = await page.getByTestId('report-bridges').allInnerTexts();
    for (const name of bridges) expect(shown.join(', ')).toContain(name);
    // Each cluster row says what holds it together, in the same words as the Clusters panel.
    const holds = await page.getByTestId('report-holds').allInnerTexts();
    expect(holds.length).toBeGreaterThan(0);
    expect(holds).toEqual(clusters.clusters.slice(0, holds.length).map((c) => c.holdsTogether));
    // On paper the first page has no room for them; the appendix gives every cluster's.
    const appendix = await page.getByTestId('report-appendix').innerText();
    for (const cluster of clusters.clusters) expect(appendix).toContain(cluster.holdsTogether);
    expect(await page.getByTestId('report-map').locator('circle').count()).toBeGreaterThan(20);
    const body = await page.locator('body').innerText();
    expect(body).not.toMatch(/Gaps panel/);
    // Jargon only in the footnotes.
    const words = await page.getByTestId('report-page').evaluate((main) => {
      const copy = main.cloneNode(true) as HTMLElement;
      copy.querySelector('.notes')?.remove();
      return copy.textContent ?? '';
    });
    expect(words).toMatch(/Clusters and the organisations that bridge them/);
    expect(words).not.toMatch(/Louvain|modularity|transitivity|seed \d/i);
    expect(await page.locator('.notes').innerText()).toMatch(/Louvain method \(seed 42/);
    // The appendix lists every item of every gap list.
    const gaps = (await (await page.request.get(new URL(`${API}/analysis/gaps`, rig.server.url).href)).json()) as { gaps: { items: unknown[] }[] };
    expect(await page.getByTestId('report-appendix').locator('[data-testid="appendix-gap"] li').count()).toBe(gaps.gaps.reduce((n, g) => n + g.items.length, 0));

    const whole = await page.pdf({ format: 'A4' });
    await page.evaluate(() => document.getElementById('appendix')?.remove());
    const main = await page.pdf({ format: 'A4' });
    expect(pdfPages(main)).toBe(1);
    expect(pdfPages(whole)).toBeGreaterThan(1);
    await page.setViewportSize(PHONE);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    expect(await axeViolations(page, 'body')).toEqual([]);
  });

  it('I save a view and present it', async () => {
    const { page, errors } = await openAtlas(rig, mapPath(BATTERSEA, '?colour=theme&sel=org-providence-house'));
    await page.getByRole('tab', { name: 'Views' }).click();
    await page.getByTestId('view-name').fill('Providence House and its partners');
    await page.getByTestId('view-text').fill('Our oldest member, and who it works with.');
    await page.getByTestId('view-save').click();
    await poll(() => page.getByTestId('view-item').count()).toBe(1);
    // A second view: the whole map by kind.
    await page.goto(new URL(mapPath(BATTERSEA, '?colour=type'), rig.server.url).href);
    await graphReady(page);
    await page.getByRole('tab', { name: 'Views' }).click();
    await page.getByTestId('view-name').fill('Everything, by kind');
    await page.getByTestId('view-save').click();
    await poll(() => page.getByTestId('view-item').count()).toBe(2);
    expect(await axeViolations(page, '[data-testid="views-panel"]')).toEqual([]);

    await page.getByTestId('views-present').click();
    await poll(() => page.getByTestId('presentation-name').innerText()).toBe('Providence House and its partners');
    expect(await page.getByTestId('presentation-text').innerText()).toBe('Our oldest member, and who it works with.');
    await poll(() => new URL(page.url()).searchParams.get('sel')).toBe('org-providence-house');
    expect(await page.locator('.sidebar-wrap').isVisible()).toBe(false);
    expect(await axeViolations(page, '[data-testid="presentation"]')).toEqual([]);
    // The header (and its h1) is hidden while presenting: the view's name is the page's one h1.
    expect(await page.locator('h1:visible').allInnerTexts()).toEqual(['Providence House and its partners']);
    await page.keyboard.press('ArrowRight');
    await poll(() => page.getByTestId('presentation-name').innerText()).toBe('Everything, by kind');
    await poll(() => new URL(page.url()).searchParams.get('sel')).toBeNull();
    await page.getByTestId('presentation-previous').click();
    await poll(() => page.getByTestId('presentation-name').innerText()).toBe('Providence House and its partners');
    await page.keyboard.press('Escape');
    await poll(() => page.getByTestId('presentation').count()).toBe(0);
    expect(await page.locator('.sidebar-wrap').isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('Share copies the link', async () => {
    const { page } = await openAtlas(rig, mapPath(BATTERSEA, '?colour=theme&sel=org-caius-house'));
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: rig.server.url });
    // The camera glides to the selection first and then writes itself into the URL; share the settled view.
    await poll(() => new URL(page.url()).searchParams.get('cam')).not.toBeNull();
    await page.getByTestId('share').click();
    await poll(() => page.getByTestId('share-note').innerText()).toMatch(/Link copied/);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    expect(new URL(copied).searchParams.get('sel')).toBe('org-caius-house');
  });

  it('the embed is read-only', async () => {
    const { page, errors } = await openAtlas(rig, mapPath(BATTERSEA, '?embed=1&sel=org-providence-house'));
    expect(await page.locator('.sidebar-wrap').count()).toBe(0);
    expect(await page.getByTestId('export-menu').count()).toBe(0);
    await poll(() => page.getByTestId('node-panel').count()).toBe(1);
    // Choosing nodes to compare is reading, not editing: "Add to selection" may stay.
    const buttons = await page.getByTestId('node-panel').getByRole('button').allInnerTexts();
    expect(buttons.filter((name) => /edit|delete|add/i.test(name) && !/add to selection/i.test(name))).toEqual([]);
    const open = page.getByTestId('embed-open');
    expect(new URL(await open.getAttribute('href') as string).searchParams.get('embed')).toBeNull();
    expect(new URL(page.url()).searchParams.get('embed')).toBe('1');
    expect(await axeViolations(page, 'body')).toEqual([]);
    expect(errors).toEqual([]);
  });
});
