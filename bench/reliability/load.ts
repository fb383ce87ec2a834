/**
 * The soak's clients: readers that open nodes, search, walk neighbourhoods, read the graph and
 * its stats; writers that create organisations and rename their own; and, between them, imports
 * of small CSVs and exports of the whole map. Every request is timed and its outcome counted; an
 * acknowledged write is remembered so the store can be checked for it afterwards.
 */
import { performance } from 'node:perf_hooks';

export interface LoadOptions {
  url: string;
  map: string;
  /** Existing node ids to read. */
  ids: string[];
  names: string[];
  readers: number;
  writers: number;
  durationMs: number;
  importEveryMs: number;
  exportEveryMs: number;
  /** A request still unanswered after this counts as timed out (the client gives up). */
  timeoutMs: number;
}

export interface Tally {
  latencies: Map<string, number[]>;
  /** "200", "409", "503", "timeout", "network ECONNRESET" → count. */
  outcomes: Map<string, number>;
  /** Acknowledged writes: node id → the name the last acknowledged write gave it. */
  acknowledged: Map<string, string>;
  imports: { marker: string; rows: number; acknowledged: boolean }[];
}

const IMPORT_ROWS = 40;

function count(tally: Tally, key: string): void {
  tally.outcomes.set(key, (tally.outcomes.get(key) ?? 0) + 1);
}

async function timed(tally: Tally, kind: string, url: string, init: RequestInit, timeoutMs: number): Promise<Response | undefined> {
  const start = performance.now();
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    await response.clone().arrayBuffer();
    const list = tally.latencies.get(kind) ?? [];
    list.push(performance.now() - start);
    tally.latencies.set(kind, list);
    count(tally, String(response.status));
    return response;
  } catch (error) {
    // A refused or reset connection says more than "network": keep the cause's code (e.g. UND_ERR_CONNECT_TIMEOUT, ECONNRESET).
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    count(tally, (error as Error).name === 'TimeoutError' ? 'timeout' : `network${cause ? ` ${cause}` : ''}`);
    return undefined;
  }
}

function random<T>(items: T[]): T {
  return items[Math.floor(Math.random() * items.length)];
}

async function reader(options: LoadOptions, tally: Tally, until: number): Promise<void> {
  const base = `${options.url}api/maps/${options.map}`;
  while (Date.now() < until) {
    const roll = Math.random();
    const id = random(options.ids);
    const [kind, path] = roll < 0.4 ? ['node', `/nodes/${id}`]
      : roll < 0.6 ? ['search', `/search?q=${encodeURIComponent(random(options.names).split(' ')[0])}&limit=10`]
        : roll < 0.85 ? ['neighbourhood', `/nodes/${id}/neighbourhood?depth=1`]
          : roll < 0.95 ? ['stats', '/stats']
            : ['graph', '/graph'];
    await timed(tally, kind, `${base}${path}`, {}, options.timeoutMs);
  }
}

async function writer(index: number, options: LoadOptions, tally: Tally, until: number): Promise<void> {
  const base = `${options.url}api/maps/${options.map}`;
  const json = { 'content-type': 'application/json' };
  for (let n = 0; Date.now() < until; n++) {
    const name = `Soak writer ${index} organisation ${n}`;
    const created = await timed(tally, 'create', `${base}/nodes`, { method: 'POST', headers: json, body: JSON.stringify({ nodeType: 'Organisation', name, source: 'soak' }) }, options.timeoutMs);
    if (created?.status !== 201) continue;
    const node = (await created.json()) as { id: string; version: number };
    tally.acknowledged.set(node.id, name);
    const renamed = `${name} (renamed)`;
    const patched = await timed(tally, 'update', `${base}/nodes/${node.id}`, { method: 'PATCH', headers: json, body: JSON.stringify({ version: node.version, changes: { name: renamed } }) }, options.timeoutMs);
    if (patched?.status === 200) tally.acknowledged.set(node.id, renamed);
  }
}

async function importer(options: LoadOptions, tally: Tally, until: number): Promise<void> {
  for (let k = 0; Date.now() < until; k++) {
    await new Promise((r) => setTimeout(r, options.importEveryMs));
    const marker = `soak-import-${k}-${Date.now()}`;
    const csv = ['name,type', ...Array.from({ length: IMPORT_ROWS }, (_, i) => `Imported ${marker} ${i},Organisation`)].join('\n');
    const response = await timed(tally, 'import', `${options.url}api/maps/${options.map}/import/commit?name=${marker}.csv&source=${marker}`, {
      method: 'POST', headers: { 'content-type': 'text/csv' }, body: csv,
    }, options.timeoutMs * 4);
    tally.imports.push({ marker, rows: IMPORT_ROWS, acknowledged: response?.status === 200 });
  }
}

async function exporter(options: LoadOptions, tally: Tally, until: number): Promise<void> {
  while (Date.now() < until) {
    await new Promise((r) => setTimeout(r, options.exportEveryMs));
    await timed(tally, 'export', `${options.url}api/maps/${options.map}/export/json`, {}, options.timeoutMs * 4);
  }
}

export async function runLoad(options: LoadOptions): Promise<Tally> {
  const tally: Tally = { latencies: new Map(), outcomes: new Map(), acknowledged: new Map(), imports: [] };
  const until = Date.now() + options.durationMs;
  await Promise.all([
    ...Array.from({ length: options.readers }, () => reader(options, tally, until)),
    ...Array.from({ length: options.writers }, (_, i) => writer(i, options, tally, until)),
    importer(options, tally, until),
    exporter(options, tally, until),
  ]);
  return tally;
}
