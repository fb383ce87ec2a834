/**
 * `npm run bench -- uploads`: how fast XLSX workbooks are read (rows/s at 1,000, 8,000 and 50,000
 * rows, on the request thread and through the interchange workers), and how fast the service
 * answers a health probe while hostile uploads are read — in the workers, and for comparison with
 * the same files read on the request thread, as every upload was before the workers.
 */
import { performance } from 'node:perf_hooks';
import { buildApp } from '../graph-service/src/app.ts';
import { readImport } from '../graph-service/src/interchange/read.ts';
import { InterchangePool } from '../graph-service/src/interchange/worker/pool.ts';
import { writeXlsx } from '../graph-service/src/interchange/xlsx.ts';
import { forgedBomb, manyNodes, manyRows, nestedJson } from '../tests/fixtures/interchange/hostileFiles.ts';
import { benchDatabase } from './support/neo4j.ts';
import { summarise } from './support/stats.ts';

const XLSX_ROWS = [1_000, 8_000, 50_000];
/** `npm run bench -- uploads probes`: only the probe half. */
const PROBES_ONLY = process.argv.includes('probes');

async function workbook(rows: number): Promise<Buffer> {
  const data = Array.from({ length: rows }, (_, i) => [`org-bench-${i}`, `Bench Organisation ${i}`, 'Organisation', `What organisation ${i} does, in a sentence`, 'tag-a; tag-b']);
  return writeXlsx([{ name: 'Elements', headers: ['id', 'name', 'type', 'description', 'tags'], rows: data }]);
}

async function median(runs: number, fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    times.push(performance.now() - started);
  }
  return summarise(times).p50;
}

async function xlsxRates(pool: InterchangePool): Promise<void> {
  const table: Record<string, string | number>[] = [];
  for (const rows of XLSX_ROWS) {
    const bytes = await workbook(rows);
    const file = [{ bytes, name: 'bench.xlsx', format: 'xlsx' as const }];
    const runs = rows > 10_000 ? 2 : 3;
    const inThread = await median(runs, () => readImport(file));
    const inWorker = await median(runs, () => pool.read(file, {}));
    table.push({ rows, 'file KB': Math.round(bytes.length / 1024), 'request thread ms': Math.round(inThread), 'rows/s': Math.round(rows / (inThread / 1000)), 'worker ms': Math.round(inWorker), 'rows/s (worker)': Math.round(rows / (inWorker / 1000)) });
  }
  console.log('XLSX reading (elements sheet, 5 columns):');
  console.table(table);
}

/**
 * Probes `url` every 20 ms while `work` runs: the probes' latencies, and the longest stall (time
 * between two answers past the 20 ms pause). A probe cannot even start while the thread it runs
 * on is blocked, so for work on the request thread the stall is the figure that counts.
 */
async function probeDuring(url: string, work: () => Promise<unknown>): Promise<ReturnType<typeof summarise> & { stall: number }> {
  const times: number[] = [];
  let running = true;
  let last = performance.now();
  let stall = 0;
  const probing = (async () => {
    while (running) {
      const started = performance.now();
      await (await fetch(url)).arrayBuffer();
      const now = performance.now();
      times.push(now - started);
      stall = Math.max(stall, now - last - 20);
      last = now;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  await work();
  running = false;
  await probing;
  return { ...summarise(times), stall };
}

export default async function uploadsBench(): Promise<void> {
  const pool = new InterchangePool();
  if (!PROBES_ONLY) await xlsxRates(pool);

  const db = await benchDatabase('uploads', { heap: '1g', pageCache: '256m' });
  const app = await buildApp({ db });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const hostile = [
    { what: '50,000-row XLSX', format: 'xlsx', bytes: await workbook(50_000) },
    { what: '125,000-row CSV', format: 'csv', bytes: manyRows(125_000) },
    { what: '200,000-node GEXF', format: 'gexf', bytes: manyNodes('gexf', 200_000) },
    { what: 'JSON nested 100,000 deep', format: 'json', bytes: nestedJson(100_000) },
    { what: 'XLSX bomb (4 GiB declared)', format: 'xlsx', bytes: forgedBomb(0xfffffffe) },
  ] as const;
  try {
    const health = `${base}/api/health`;
    const rows: Record<string, string | number>[] = [];
    const report = (what: string, t: ReturnType<typeof summarise> & { stall: number }) =>
      rows.push({ while: what, probes: t.n, 'p50 ms': Math.round(t.p50), 'p95 ms': Math.round(t.p95), 'max ms': Math.round(t.max), 'longest stall ms': Math.round(t.stall) });
    report('nothing', await probeDuring(health, () => new Promise((resolve) => setTimeout(resolve, 3000))));
    for (const file of hostile) {
      const statuses: number[] = [];
      report(`${file.what}, in the workers`, await probeDuring(health, async () => {
        for (let i = 0; i < 2; i++) {
          const response = await fetch(`${base}/api/import/preview?format=${file.format}`, { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body: new Uint8Array(file.bytes) });
          await response.arrayBuffer();
          statuses.push(response.status);
        }
      }));
      rows[rows.length - 1].answer = statuses.join(', ');
      report(`${file.what}, on the request thread`, await probeDuring(health, async () => {
        // What every upload did before the workers: read on the thread that answers requests.
        await new Promise((resolve) => setTimeout(resolve, 50));
        await readImport([{ bytes: file.bytes, format: file.format }]).catch(() => undefined);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }));
    }
    console.log('Health probe latency (GET /api/health every 20 ms) while a hostile upload is read:');
    console.table(rows);
  } finally {
    await app.close();
    await pool.close();
    await db.close();
  }
}
