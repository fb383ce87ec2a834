/**
 * Time to an interactive map: page open → data fetched and parsed → first picture drawn (the map
 * answers clicks from here: body.dataset.graphReady) → ForceAtlas2 settled (or its time cap), for the
 * seed graph and generated graphs of about 10,000 and 50,000 nodes, in Debian's Chromium against the
 * real service on a throwaway Neo4j. Each run is a fresh browser context: no saved layout.
 */
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Browser } from 'playwright-core';
import { loadConfig } from '../graph-service/src/config.ts';
import { DIST_APP, startServer } from '../graph-service/src/server.ts';
import { readSeed, type SeedDataset } from '../seed/dataset.ts';
import { loadIntoMap } from '../seed/loader.ts';
import { launchChromium, requireChromium } from '../tests/support/chromium.ts';
import { datasetOfAbout } from './support/generate.ts';
import { benchDatabase, type BenchDatabase } from './support/neo4j.ts';
import { ms, summarise, table } from './support/stats.ts';


const BENCH_MAP = { id: 'bench', title: 'Bench' };

/** The seed map an alliance opens first, its nodes and ties as the seed gives them. */
function batterseaAlliance(): SeedDataset {
  const map = readSeed().maps.find((m) => m.id === 'battersea-alliance');
  if (!map) throw new Error('explorer bench: the seed has no battersea-alliance map');
  return { nodes: map.nodes, ties: map.ties };
}

/** loadSeed writes in one transaction; a 50,000-node graph needs more than the bench Neo4j's transaction memory, so load in slices (nodes first, ties then find their ends). */
async function loadInSlices(db: BenchDatabase, dataset: SeedDataset): Promise<void> {
  const SLICE = 5000;
  for (let i = 0; i < dataset.nodes.length; i += SLICE) await loadIntoMap(db.driver, db.database, BENCH_MAP, { nodes: dataset.nodes.slice(i, i + SLICE), ties: [] });
  for (let i = 0; i < dataset.ties.length; i += SLICE * 2) await loadIntoMap(db.driver, db.database, BENCH_MAP, { nodes: [], ties: dataset.ties.slice(i, i + SLICE * 2) });
}

interface Run {
  fetched: number;
  parsed: number;
  ready: number;
  layout: number | null;
}

async function openOnce(browser: Browser, url: string, waitForLayoutMs: number): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const started = performance.now();
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.graphReady === 'true', undefined, { timeout: 300_000, polling: 50 });
  const ready = performance.now() - started;
  let layout: number | null = null;
  if (waitForLayoutMs > 0) {
    const done = await page
      .waitForFunction(() => ['settled', 'timeout'].includes(document.body.dataset.layout ?? ''), undefined, { timeout: waitForLayoutMs, polling: 200 })
      .then(() => true)
      .catch(() => false);
    if (done) layout = await page.evaluate(() => performance.getEntriesByName('atlas:layout-done')[0]?.startTime ?? null);
  }
  const marks = await page.evaluate(() => Object.fromEntries(['atlas:data-fetched', 'atlas:data-parsed'].map((m) => [m, performance.getEntriesByName(m)[0]?.startTime ?? NaN])));
  await context.close();
  return { fetched: marks['atlas:data-fetched'], parsed: marks['atlas:data-parsed'], ready, layout };
}

export default async function explorerBench(): Promise<void> {
  requireChromium('Browser benchmarks');
  if (!existsSync(`${DIST_APP}/index.html`)) throw new Error('Build the app first: npm run build');
  const db = await benchDatabase();
  const browser = await launchChromium();
  const cases: { name: string; dataset: () => SeedDataset; runs: number; layoutWaitMs: number }[] = [
    { name: 'seed (Battersea Alliance)', dataset: batterseaAlliance, runs: 5, layoutWaitMs: 30_000 },
    { name: '10k', dataset: () => datasetOfAbout(10_000, 7), runs: 3, layoutWaitMs: 70_000 },
    { name: '50k', dataset: () => datasetOfAbout(50_000, 7), runs: 3, layoutWaitMs: 0 },
  ];
  const rows: Record<string, string | number>[] = [];
  // `EXPLORER_GRAPHS=seed` (or 10k, 50k, comma-separated) runs only those graphs.
  const only = process.env.EXPLORER_GRAPHS?.split(',').map((word) => word.trim()).filter(Boolean);
  try {
    for (const c of cases.filter((x) => !only || only.some((word) => x.name.startsWith(word)))) {
      const dataset = c.dataset();
      await db.wipe();
      const loadStart = performance.now();
      await loadInSlices(db, dataset);
      console.log(`${c.name}: ${dataset.nodes.length} nodes, ${dataset.ties.length} ties loaded into Neo4j in ${ms(performance.now() - loadStart)}`);
      const server = await startServer(loadConfig({ PORT: '0' }), { db, log: () => {} });
      try {
        const runs: Run[] = [];
        for (let i = 0; i < c.runs; i++) {
          // Only the first run waits for the layout: settling is a property of the graph, not of the load.
          runs.push(await openOnce(browser, new URL(`/maps/${BENCH_MAP.id}`, server.url).href, i === 0 ? c.layoutWaitMs : 0));
          console.log(`  run ${i + 1}: data fetched ${ms(runs[i].fetched)}, parsed ${ms(runs[i].parsed)}, interactive ${ms(runs[i].ready)}${runs[i].layout ? `, layout done ${ms(runs[i].layout!)}` : ''}`);
        }
        const p50 = (pick: (r: Run) => number) => ms(summarise(runs.map(pick)).p50);
        const layout = runs[0].layout;
        rows.push({
          graph: c.name,
          nodes: dataset.nodes.length,
          ties: dataset.ties.length,
          runs: runs.length,
          'data fetched p50': p50((r) => r.fetched),
          'parsed p50': p50((r) => r.parsed),
          'interactive p50': p50((r) => r.ready),
          'interactive max': ms(summarise(runs.map((r) => r.ready)).max),
          'layout done (run 1)': c.layoutWaitMs === 0 ? 'not waited' : layout === null ? `> ${ms(c.layoutWaitMs)}` : ms(layout),
        });
      } finally {
        await server.close();
      }
    }
  } finally {
    await browser.close();
    await db.close();
  }
  console.log('\nTime to an interactive map (from page open, fresh browser context each run):');
  table(rows);
}
