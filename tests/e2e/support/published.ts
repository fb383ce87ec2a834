/**
 * Waits on what the app publishes for tests and benches, never on the clock: ReadyController's
 * body[data-graph-ready], the layout store's body[data-atlas-layout], sigma's camera, the next frame.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Polls until the page catches up; generous because the machine running the tests may be busy. */
export const poll = <T>(read: () => T | Promise<T>, timeout = 20_000) => expect.poll(read, { timeout });

/** ReadyController's mark: sigma has drawn the graph once and the picture is on screen. */
export async function graphReady(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(() => document.body.dataset.graphReady === 'true', undefined, { timeout });
}

/** The opening page's mark: the list of maps is read and shown. */
export async function mapsReady(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(() => document.body.dataset.mapsReady === 'true', undefined, { timeout });
}

/** A new map's page has replaced the last one: the map named is drawn (the old one's mark goes when it unmounts). */
export async function mapShown(page: Page, map: string, timeout = 30_000): Promise<void> {
  await page.waitForFunction((id) => window.location.pathname === `/maps/${id}` && document.body.dataset.graphReady === 'true' && document.body.dataset.atlasMap === id, map, { timeout });
}

/**
 * The layout store's body[data-atlas-layout]: "settled" once nodes hold still (converged, timed out,
 * stopped or restored), "running" while they move. ForceAtlas2 stops itself once nodes barely move
 * or after its time cap (at most 60 s), so this waits somewhat longer than that.
 */
export async function layoutAtRest(page: Page, timeout = 75_000): Promise<void> {
  await page.waitForFunction(() => document.body.dataset.atlasLayout === 'settled', undefined, { timeout });
}

/** Two animation frames: whatever sigma had scheduled (after a layout step or a camera move) is drawn. */
export async function nextFrame(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

/** The camera has finished gliding (sigma's animate) and the last frame of it is drawn. */
export async function cameraAtRest(page: Page, timeout = 10_000): Promise<void> {
  await page.waitForFunction(() => !window.atlas?.sigma.getCamera().isAnimated(), undefined, { timeout });
  await nextFrame(page);
}
