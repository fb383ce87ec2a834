/**
 * The timeline's Play at 5,000 nodes in Debian's headless Chromium: frame times while the network
 * grows (a new "as of" every step, arrivals fading in through the reducers), against a bare sigma
 * page with the same graph, positions and dates doing the same change per frame (a full refresh per
 * step, a partial refresh of the fading nodes and ties every frame). Target: 30 fps (33 ms frames).
 */
import { existsSync } from 'node:fs';
import Graph from 'graphology';
import type { Browser } from 'playwright-core';
import { timelineOf } from '../app/src/core/time/timeline.ts';
import type { DataGraph } from '../app/src/core/graph/index.ts';
import { stepMs } from '../app/src/time/playback.ts';
import { loadConfig } from '../graph-service/src/config.ts';
import { DIST_APP, startServer } from '../graph-service/src/server.ts';
import type { SeedDataset } from '../seed/dataset.ts';
import { loadIntoMap } from '../seed/loader.ts';
import { launchChromium, requireChromium } from '../tests/support/chromium.ts';
import { datasetOfAbout } from './support/generate.ts';
import { benchDatabase, type BenchDatabase } from './support/neo4j.ts';
import { bundlePeer, describeFrames, type DrawnGraph, drawnGraph, framesWhile, openPeer } from './support/frames.ts';
import { summarise, table } from './support/stats.ts';

const BENCH_MAP = { id: 'timeline-bench', title: 'Timeline bench' };
const NODES = 5000;
/** Runs of each page; TIMELINE_RUNS overrides (a busy machine makes each run long). */
const RUNS = Number(process.env.TIMELINE_RUNS) || 2;


async function load(db: BenchDatabase, dataset: SeedDataset): Promise<void> {
  await loadIntoMap(db.driver, db.database, BENCH_MAP, { nodes: dataset.nodes, ties: [] });
  for (let i = 0; i < dataset.ties.length; i += 10_000) await loadIntoMap(db.driver, db.database, BENCH_MAP, { nodes: [], ties: dataset.ties.slice(i, i + 10_000) });
}

/** The slider's dates and step length, as the app computes them from the same ties. */
function playPlan(dataset: SeedDataset): { dates: string[]; step: number } {
  const graph = new Graph({ multi: true });
  for (const n of dataset.nodes) graph.addNode(n.id as string);
  for (const t of dataset.ties) graph.addEdgeWithKey(t.id as string, t.from as string, t.to as string, { since: t.since, until: t.until });
  const timeline = timelineOf(graph as unknown as DataGraph);
  return { dates: timeline.bins.map((b) => b.end), step: stepMs(timeline) };
}

async function appRun(browser: Browser, url: string): Promise<{ frames: number[]; peerGraph: DrawnGraph }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.graphReady === 'true', undefined, { timeout: 300_000 });
  const stop = page.getByRole('button', { name: 'Stop', exact: true });
  if (await stop.isVisible()) await stop.click().catch(() => undefined);
  await page.waitForFunction(() => document.body.dataset.atlasLayout === 'settled', undefined, { timeout: 120_000 });
  const frames = await framesWhile(page, () => page.getByTestId('timeline-play').click(), () => document.body.dataset.atlasPlay === 'done');
  // The same picture for the peer: positions, sizes and colours as drawn, ties with their dates.
  const peerGraph = await drawnGraph(page);
  await page.close();
  return { frames, peerGraph };
}

/** The bare sigma page: the same step-and-fade loop written directly against sigma's API. */
const PEER = /* ts */ `
import Graph from 'graphology';
import Sigma from 'sigma';
const w = window;
const graph = new Graph({ multi: true });
graph.import(w.__graph);
const arrivals = new Map();
let visibleNodes = new Set(), visibleEdges = new Set(), now = 0;
const fade = (colour, t) => { const a = 1 - (1 - Math.min(1, t)) ** 3; const n = parseInt(colour.slice(1), 16); const b = [248, 250, 252];
  const c = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v, i) => Math.round(b[i] + (v - b[i]) * a)); return '#' + ((1 << 24) | (c[0] << 16) | (c[1] << 8) | c[2]).toString(16).slice(1); };
const look = (key, data, isNode) => { const shown = isNode ? visibleNodes.has(key) : visibleEdges.has(key);
  if (!shown) return { ...data, hidden: true }; const start = arrivals.get(key);
  if (start === undefined || !/^#[0-9a-f]{6}$/i.test(data.color)) return data; const t = (now - start) / 450;
  return { ...data, color: fade(data.color, t), ...(isNode ? { size: data.size * (0.35 + 0.65 * Math.min(1, t)) } : {}) }; };
const sigma = new Sigma(graph, document.getElementById('stage'), { nodeReducer: (n, d) => look(n, d, true), edgeReducer: (e, d) => look(e, d, false), zIndex: true });
let frame = 0;
const tick = () => { now = performance.now();
  sigma.refresh({ partialGraph: { nodes: [...arrivals.keys()].filter((k) => graph.hasNode(k)), edges: [...arrivals.keys()].filter((k) => graph.hasEdge(k)) }, skipIndexation: true });
  for (const [k, s] of arrivals) if (now - s >= 450) arrivals.delete(k); frame = arrivals.size ? requestAnimationFrame(tick) : 0; };
const show = (day) => { const nodes = new Set(), edges = new Set();
  graph.forEachEdge((e, a, s, t) => { if (a.since && a.since <= day) { edges.add(e); nodes.add(s); nodes.add(t); } });
  now = performance.now(); for (const n of nodes) if (!visibleNodes.has(n)) arrivals.set(n, now); for (const e of edges) if (!visibleEdges.has(e)) arrivals.set(e, now);
  visibleNodes = nodes; visibleEdges = edges; sigma.refresh(); if (!frame && arrivals.size) frame = requestAnimationFrame(tick); };
w.__play = () => { let i = 0; const step = () => { show(w.__dates[i++]); if (i < w.__dates.length) setTimeout(step, w.__step); else setTimeout(() => { document.body.dataset.done = 'true'; }, w.__step); }; step(); };
`;

async function peerRun(browser: Browser, script: string, peerGraph: DrawnGraph, plan: { dates: string[]; step: number }): Promise<number[]> {
  const page = await openPeer(browser, script, { __graph: peerGraph, __dates: plan.dates, __step: plan.step });
  const frames = await framesWhile(page, () => page.evaluate(() => (window as unknown as { __play: () => void }).__play()), () => document.body.dataset.done === 'true');
  await page.close();
  return frames;
}

export default async function timelineBench(): Promise<void> {
  requireChromium('Browser benchmarks');
  if (!existsSync(`${DIST_APP}/index.html`)) throw new Error('Build the app first: npm run build');
  const dataset = datasetOfAbout(NODES, 11);
  const plan = playPlan(dataset);
  const script = await bundlePeer(PEER);
  const db = await benchDatabase();
  const browser = await launchChromium();
  const app: number[] = [];
  const bare: number[] = [];
  try {
    await db.wipe();
    await load(db, dataset);
    console.log(`${dataset.nodes.length} nodes, ${dataset.ties.length} ties; Play steps through ${plan.dates.length} dates, ${Math.round(plan.step)} ms each`);
    const server = await startServer(loadConfig({ PORT: '0' }), { db, log: () => {} });
    try {
      for (let i = 0; i < RUNS; i++) {
        const run = await appRun(browser, new URL(`/maps/${BENCH_MAP.id}`, server.url).href);
        app.push(...run.frames);
        bare.push(...(await peerRun(browser, script, run.peerGraph, plan)));
        console.log(`  run ${i + 1}: app ${run.frames.length} frames, bare sigma ${bare.length} frames so far`);
      }
    } finally {
      await server.close();
    }
  } finally {
    await browser.close();
    await db.close();
  }
  const rows = [describeFrames('Atlas timeline Play', app), describeFrames('bare sigma, same change', bare)];
  console.log(`\nFrame time while playing (${RUNS} runs each; target 33 ms = 30 fps); p50 ratio app / bare ${(summarise(app).p50 / summarise(bare).p50).toFixed(2)}, p95 ratio ${(summarise(app).p95 / summarise(bare).p95).toFixed(2)}:`);
  table(rows);
}
