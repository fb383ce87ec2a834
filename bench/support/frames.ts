/**
 * Frame times in a Chromium page, and a bare sigma page to compare against: what the browser
 * benches (timeline Play, hover) share.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { ms, summarise } from './stats.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

const FRAME_COUNTER = `(() => {
  window.__frames = [];
  window.__stop = false;
  let last = 0;
  const tick = (now) => { window.__frames.push(now - last); last = now; if (!window.__stop) requestAnimationFrame(tick); };
  requestAnimationFrame((now) => { last = now; requestAnimationFrame(tick); });
})()`;

/**
 * Frame intervals (ms) from requestAnimationFrame while `work` runs, until `done` (run in the page,
 * if given) is true. `done` is a function: the app's Content-Security-Policy refuses predicates given as text.
 */
export async function framesWhile(page: Page, work: () => Promise<void>, done?: () => boolean): Promise<number[]> {
  // A string, not a function: the bench runner's transform would name inner functions with a helper the page lacks.
  await page.evaluate(FRAME_COUNTER);
  await work();
  if (done) await page.waitForFunction(done, undefined, { timeout: 600_000, polling: 100 });
  return page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __stop: boolean };
    w.__stop = true;
    return w.__frames;
  });
}

/** A graph as the app draws it (positions, sizes, colours), in graphology's serialised form. */
export interface DrawnGraph {
  nodes: { key: string; attributes: Record<string, unknown> }[];
  edges: { key: string; source: string; target: string; attributes: Record<string, unknown> }[];
}

/** Reads what the app's sigma draws, so a bare page can draw the same picture. */
export function drawnGraph(page: Page): Promise<DrawnGraph> {
  return page.evaluate(() => {
    const { graph, data } = window.atlas!;
    const d = data.get().graph;
    return {
      nodes: graph.mapNodes((key, a) => ({ key, attributes: { x: a.x, y: a.y, size: a.size, color: a.color, label: a.label } })),
      edges: graph.mapEdges((key, a, source, target) => ({ key, source, target, attributes: { size: a.size, color: a.color, since: d.hasEdge(key) ? d.getEdgeAttribute(key, 'since') : undefined } })),
    };
  });
}

/** Bundles a peer page's script (graphology + sigma, as the app bundles them). */
export async function bundlePeer(source: string): Promise<string> {
  const peer = await build({ stdin: { contents: source, resolveDir: here, loader: 'js' }, bundle: true, write: false, format: 'iife', minify: true });
  return peer.outputFiles[0].text;
}

/** Opens a bare page with a sigma stage the size of the app's map, `globals` set on window, then the script. */
export async function openPeer(browser: Browser, script: string, globals: Record<string, unknown>): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.setContent('<!doctype html><html><body style="margin:0"><div id="stage" style="width:1280px;height:688px"></div></body></html>');
  await page.evaluate((g) => Object.assign(window, g), globals);
  await page.addScriptTag({ content: script });
  return page;
}

/** One table row: frame count, p50/p95/max and frames per second. */
export function describeFrames(name: string, frames: number[]): Record<string, string | number> {
  const s = summarise(frames);
  return { page: name, frames: frames.length, 'frame p50': ms(s.p50), 'frame p95': ms(s.p95), 'frame max': ms(s.max), fps: (1000 / (frames.reduce((a, b) => a + b, 0) / frames.length)).toFixed(1) };
}
