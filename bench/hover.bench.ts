/**
 * Frame time while hovering at 5,000 nodes in Debian's headless Chromium: the pointer goes from
 * node to node across the map (each hover lights the node's neighbours and ties through the
 * reducers), against a bare sigma page with the same graph, positions and colours doing the same
 * highlight with the same pointer path (sigma's own enterNode/leaveNode and a reducer, the usual
 * demo pattern). Frames are counted with requestAnimationFrame. `HOVER_RUNS` sets the runs (2).
 */
import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { loadConfig } from '../graph-service/src/config.ts';
import { DIST_APP, startServer } from '../graph-service/src/server.ts';
import { loadIntoMap } from '../seed/loader.ts';
import { launchChromium, requireChromium } from '../tests/support/chromium.ts';
import { bundlePeer, describeFrames, type DrawnGraph, drawnGraph, framesWhile, openPeer } from './support/frames.ts';
import { datasetOfAbout } from './support/generate.ts';
import { benchDatabase } from './support/neo4j.ts';
import { summarise, table } from './support/stats.ts';

const BENCH_MAP = { id: 'hover-bench', title: 'Hover bench' };
const NODES = 5000;
const RUNS = Number(process.env.HOVER_RUNS) || 2;
/** Nodes the pointer visits per run, the largest on screen first (the ones people point at). */
const STOPS = 40;
/** Pointer moves between two stops (each a mousemove event) and the pause on each node. */
const STEPS = 8;
const DWELL_MS = 120;

type Point = { x: number; y: number };

/** Screen points of the largest nodes sigma shows inside the stage; `offset` is the stage's place in the page. */
const STOPS_SCRIPT = `((count) => {
  const { sigma, graph } = window.atlas;
  const box = sigma.getContainer().getBoundingClientRect();
  const shown = graph.filterNodes((n, a) => !a.hidden).map((n) => ({ n, size: graph.getNodeAttribute(n, 'size') || 1, p: sigma.graphToViewport(graph.getNodeAttributes(n)) }))
    .filter(({ p }) => p.x > 20 && p.y > 20 && p.x < box.width - 20 && p.y < box.height - 20)
    .sort((a, b) => b.size - a.size).slice(0, count);
  return shown.map(({ p }) => ({ x: p.x + box.left, y: p.y + box.top }));
})`;

async function sweep(page: Page, stops: Point[]): Promise<void> {
  for (const stop of stops) {
    await page.mouse.move(stop.x, stop.y, { steps: STEPS });
    await page.waitForTimeout(DWELL_MS);
  }
}

async function appRun(browser: Browser, url: string): Promise<{ frames: number[]; drawn: DrawnGraph; stops: Point[]; camera: unknown }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.graphReady === 'true', undefined, { timeout: 300_000 });
  const stop = page.getByRole('button', { name: 'Stop', exact: true });
  if (await stop.isVisible()) await stop.click().catch(() => undefined);
  await page.waitForFunction(() => document.body.dataset.atlasLayout === 'settled', undefined, { timeout: 120_000 });
  const stops = (await page.evaluate(`${STOPS_SCRIPT}(${STOPS})`)) as Point[];
  const frames = await framesWhile(page, () => sweep(page, stops));
  const drawn = await drawnGraph(page);
  // The peer's stage sits at the page's top left: the same graph points, in its own coordinates.
  const camera = await page.evaluate(() => window.atlas!.sigma.getCamera().getState());
  const relative = (await page.evaluate(`(() => { const b = window.atlas.sigma.getContainer().getBoundingClientRect(); return { left: b.left, top: b.top }; })()`)) as { left: number; top: number };
  await page.close();
  return { frames, drawn, stops: stops.map((p) => ({ x: p.x - relative.left, y: p.y - relative.top })), camera };
}

/** The bare sigma page: hover lights the node, its neighbours and its ties; everything else fades. */
const PEER = /* ts */ `
import Graph from 'graphology';
import Sigma from 'sigma';
const w = window;
const graph = new Graph({ multi: true });
graph.import(w.__graph);
let hovered = null, neighbours = null;
const sigma = new Sigma(graph, document.getElementById('stage'), {
  nodeReducer: (n, d) => (!hovered || n === hovered || neighbours.has(n) ? { ...d, highlighted: n === hovered } : { ...d, color: '#e2e8f0', label: '' }),
  edgeReducer: (e, d) => (!hovered ? d : graph.hasExtremity(e, hovered) ? { ...d, color: '#475569' } : { ...d, hidden: true }),
});
sigma.getCamera().setState(w.__camera);
sigma.on('enterNode', ({ node }) => { hovered = node; neighbours = new Set(graph.neighbors(node)); sigma.refresh({ skipIndexation: true }); });
sigma.on('leaveNode', () => { hovered = null; neighbours = null; sigma.refresh({ skipIndexation: true }); });
`;

async function peerRun(browser: Browser, script: string, run: { drawn: DrawnGraph; stops: Point[]; camera: unknown }): Promise<number[]> {
  const page = await openPeer(browser, script, { __graph: run.drawn, __camera: run.camera });
  await page.waitForTimeout(500);
  const frames = await framesWhile(page, () => sweep(page, run.stops));
  await page.close();
  return frames;
}

export default async function hoverBench(): Promise<void> {
  requireChromium('Browser benchmarks');
  if (!existsSync(`${DIST_APP}/index.html`)) throw new Error('Build the app first: npm run build');
  const dataset = datasetOfAbout(NODES, 13);
  const script = await bundlePeer(PEER);
  const db = await benchDatabase();
  const browser = await launchChromium();
  const app: number[] = [];
  const bare: number[] = [];
  try {
    await db.wipe();
    await loadIntoMap(db.driver, db.database, BENCH_MAP, { nodes: dataset.nodes, ties: [] });
    for (let i = 0; i < dataset.ties.length; i += 10_000) await loadIntoMap(db.driver, db.database, BENCH_MAP, { nodes: [], ties: dataset.ties.slice(i, i + 10_000) });
    console.log(`${dataset.nodes.length} nodes, ${dataset.ties.length} ties; the pointer visits ${STOPS} nodes per run`);
    const server = await startServer(loadConfig({ PORT: '0' }), { db, log: () => {} });
    try {
      for (let i = 0; i < RUNS; i++) {
        const run = await appRun(browser, new URL(`/maps/${BENCH_MAP.id}`, server.url).href);
        app.push(...run.frames);
        bare.push(...(await peerRun(browser, script, run)));
        console.log(`  run ${i + 1}: app ${app.length} frames, bare sigma ${bare.length} frames so far`);
      }
    } finally {
      await server.close();
    }
  } finally {
    await browser.close();
    await db.close();
  }
  console.log(`\nFrame time while hovering (${RUNS} runs each; 33 ms = 30 fps); p50 ratio app / bare ${(summarise(app).p50 / summarise(bare).p50).toFixed(2)}, p95 ratio ${(summarise(app).p95 / summarise(bare).p95).toFixed(2)}:`);
  table([describeFrames('Atlas, hovering node to node', app), describeFrames('bare sigma, same hover', bare)]);
}
