/**
 * What the fault scenarios share: a tally of answers (served, p95, errors by code, hangs), a probe
 * loop that keeps calling while a fault runs, a fingerprint of the store to compare with a snapshot,
 * and the figures each scenario prints.
 */
import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { ENTITY_LABEL } from '../../graph-service/src/repositories/schemaRepository.ts';
import { summarise } from '../support/stats.ts';

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Answers by status ('network' for a refused or cut connection, 'hang' for no answer in time). */
export class Tally {
  readonly latencies: number[] = [];
  readonly byCode = new Map<string, number>();
  served = 0;

  add(code: string | number, ms: number): void {
    this.latencies.push(ms);
    const key = String(code);
    if (/^2/.test(key)) this.served++;
    else this.byCode.set(key, (this.byCode.get(key) ?? 0) + 1);
  }

  summary(): { requests: number; served: number; p95Ms: number; maxMs: number; errors: Record<string, number> } {
    const timing = summarise(this.latencies);
    return {
      requests: this.latencies.length, served: this.served,
      p95Ms: Math.round(timing.p95 ?? 0), maxMs: Math.round(timing.max ?? 0),
      errors: Object.fromEntries([...this.byCode].sort()),
    };
  }
}

/** One HTTP call with a deadline: its status, or 'network' / 'hang'. */
export async function call(url: string, init: RequestInit = {}, timeoutMs = 15_000): Promise<{ code: number | 'network' | 'hang'; ms: number; body?: unknown }> {
  const started = performance.now();
  try {
    const res = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    const text = await res.text();
    let body: unknown;
    try { body = JSON.parse(text); } catch { body = text; }
    return { code: res.status, ms: performance.now() - started, body };
  } catch (error) {
    const hang = (error as Error).name === 'TimeoutError';
    return { code: hang ? 'hang' : 'network', ms: performance.now() - started };
  }
}

export const postJson = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

/** Calls `url` every `everyMs` into `tally` until stopped, remembering when each answer came and whether it was good. */
export function probeLoop(url: () => string, tally: Tally, everyMs = 200) {
  let running = true;
  const answers: { at: number; ok: boolean }[] = [];
  const done = (async () => {
    while (running) {
      const { code, ms } = await call(url(), {}, 10_000);
      tally.add(code, ms);
      answers.push({ at: performance.now(), ok: typeof code === 'number' && code < 300 });
      await sleep(everyMs);
    }
  })();
  return {
    async stop() { running = false; await done; },
    /** When the first good answer after `since` (a performance.now() time) came, if one has. */
    firstOkAfter: (since: number) => answers.find((a) => a.at > since && a.ok)?.at,
  };
}

/** Waits until `check` is true, at most `timeoutMs`; false if it never was. */
export async function until(check: () => boolean | Promise<boolean>, timeoutMs: number, everyMs = 200): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (await check()) return true;
    await sleep(everyMs);
  }
  return false;
}

/** Counts and a hash of every Atlas node and tie (id, map, version): equal fingerprints, equal stores. */
export async function fingerprint(driver: Driver, database: string): Promise<{ nodes: number; ties: number; hash: string }> {
  const nodes = await driver.executeQuery(`MATCH (n:${ENTITY_LABEL}) RETURN n.map + '/' + n.id + '@' + coalesce(n.version, 0) AS key ORDER BY key`, {}, { database });
  const ties = await driver.executeQuery(`MATCH (:${ENTITY_LABEL})-[r]->(:${ENTITY_LABEL}) RETURN r.map + '/' + r.id + '@' + coalesce(r.version, 0) AS key ORDER BY key`, {}, { database });
  const hash = createHash('sha256');
  for (const record of [...nodes.records, ...ties.records]) hash.update(`${record.get('key')}\n`);
  return { nodes: nodes.records.length, ties: ties.records.length, hash: hash.digest('hex').slice(0, 16) };
}

export interface FaultFigures {
  scenario: string;
  requests: number;
  served: number;
  p95Ms: number;
  maxMs: number;
  errors: Record<string, number>;
  acknowledged?: number;
  found?: number;
  recoveryMs?: number;
  store?: string;
  notes?: string[];
}

export function printFigures(figures: FaultFigures): void {
  const errors = Object.entries(figures.errors).map(([code, n]) => `${code}: ${n}`).join(', ') || 'none';
  console.log(`\n--- ${figures.scenario} ---`);
  console.log(`requests ${figures.requests}, served ${figures.served}, p95 ${figures.p95Ms} ms (max ${figures.maxMs} ms), errors by code: ${errors}`);
  if (figures.acknowledged !== undefined) console.log(`writes acknowledged ${figures.acknowledged}, found after restart ${figures.found}`);
  if (figures.recoveryMs !== undefined) console.log(`recovery ${(figures.recoveryMs / 1000).toFixed(1)} s`);
  if (figures.store) console.log(`store: ${figures.store}`);
  for (const note of figures.notes ?? []) console.log(`note: ${note}`);
}
