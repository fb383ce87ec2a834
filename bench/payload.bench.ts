/**
 * What the graph a map opens with costs over HTTP, against its peer: a static file of the same bytes
 * served by the same server (@fastify/static). On a generated map of 10,000 organisations (about
 * 16,000 nodes): the first answer after a write (read from Neo4j, serialised, compressed), a
 * repeated answer (from the cache), the same gzipped, and a revalidation that gets 304. Each round
 * asks the API and the file in turn, so whatever else the machine does slows both alike.
 * `npm run bench -- payload` (PAYLOAD_ORGANISATIONS, PAYLOAD_ROUNDS change the size and the rounds).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildApp } from '../graph-service/src/app.ts';
import { generateDataset } from './support/generate.ts';
import { loadMap } from './support/maps.ts';
import { benchDatabase } from './support/neo4j.ts';
import { ms, summarise, table } from './support/stats.ts';

const ORGANISATIONS = Number(process.env.PAYLOAD_ORGANISATIONS ?? 10_000);
const ROUNDS = Number(process.env.PAYLOAD_ROUNDS ?? 30);

async function timedGet(url: string, headers: Record<string, string> = {}): Promise<{ elapsed: number; status: number; bytes: number; etag: string | null }> {
  const start = performance.now();
  const response = await fetch(url, { headers });
  const body = new Uint8Array(await response.arrayBuffer());
  // fetch unpacks gzip, so what crossed the wire is the length the server declared.
  const sent = Number(response.headers.get('content-length') ?? body.length);
  return { elapsed: performance.now() - start, status: response.status, bytes: sent, etag: response.headers.get('etag') };
}

export default async function payloadBench(): Promise<void> {
  const dataset = generateDataset({ organisations: ORGANISATIONS, seed: 7 });
  const db = await benchDatabase('bench-payload', { heap: '1g', pageCache: '512m' });
  const staticDir = mkdtempSync(path.join(os.tmpdir(), 'atlas-payload-'));
  // The service serves a folder that has an index.html, and the files present when it starts; the bytes come later.
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Payload bench</title>');
  writeFileSync(path.join(staticDir, 'graph.json'), '{}');
  const app = await buildApp({ db, staticDir });
  try {
    const map = await loadMap(db, 'Payload bench', dataset);
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    if (!address || typeof address === 'string') throw new Error('bench: the service did not listen on a port');
    const base = `http://127.0.0.1:${address.port}`;
    const api = `${base}/api/maps/${map}/graph`;
    const plain = { 'accept-encoding': 'identity' };

    const cold: number[] = [];
    const warm: number[] = [];
    const gzip: number[] = [];
    const notModified: number[] = [];
    const file: number[] = [];
    let sizes = { json: 0, gzip: 0 };
    for (let round = -2; round < ROUNDS; round++) {
      // A write in the map gives it a new revision, so the next read is a cold one.
      if (round >= 0 && round % 10 === 0) {
        const node = `/api/maps/${map}/nodes/${encodeURIComponent(dataset.nodes[0].id)}`;
        const { version } = (await app.inject({ method: 'GET', url: node })).json().node;
        const touched = await app.inject({ method: 'PATCH', url: node, payload: { version, changes: { description: `Round ${round}` } } });
        if (touched.statusCode !== 200) throw new Error(`bench: the write answered ${touched.statusCode}: ${touched.body.slice(0, 200)}`);
        cold.push((await timedGet(api, plain)).elapsed);
      }
      const answer = await timedGet(api, plain);
      if (answer.status !== 200 || !answer.etag) throw new Error(`bench: the graph answered ${answer.status}`);
      // The peer serves the same bytes as the map's current revision.
      if (round === -2 || round % 10 === 0) writeFileSync(path.join(staticDir, 'graph.json'), Buffer.from(await (await fetch(api, { headers: plain })).arrayBuffer()));
      const packed = await timedGet(api, { 'accept-encoding': 'gzip' });
      const revalidated = await timedGet(api, { ...plain, 'if-none-match': answer.etag });
      if (revalidated.status !== 304) throw new Error(`bench: revalidation answered ${revalidated.status}`);
      const fromFile = await timedGet(`${base}/graph.json`, plain);
      if (fromFile.status !== 200 || fromFile.bytes !== answer.bytes) throw new Error(`bench: the static file answered ${fromFile.status} with ${fromFile.bytes} bytes`);
      sizes = { json: answer.bytes, gzip: packed.bytes };
      if (round < 0) continue;
      warm.push(answer.elapsed);
      gzip.push(packed.elapsed);
      notModified.push(revalidated.elapsed);
      file.push(fromFile.elapsed);
    }
    const peer = summarise(file);
    const row = (name: string, samples: number[], bytes: string) => {
      const t = summarise(samples);
      return { answer: name, n: t.n, bytes, p50: ms(t.p50), p95: ms(t.p95), 'p50 ÷ file': `${(t.p50 / peer.p50).toFixed(2)}×` };
    };
    console.log(`Map of ${dataset.nodes.length} nodes and ${dataset.ties.length} ties; ${ROUNDS} rounds, each asking the API and the file in turn`);
    table([
      row('static file, same bytes (peer)', file, String(sizes.json)),
      row('API after a write (Neo4j, serialise, gzip)', cold, String(sizes.json)),
      row('API, current revision', warm, String(sizes.json)),
      row('API, current revision, gzip', gzip, String(sizes.gzip)),
      row('API, 304 (copy current)', notModified, '0'),
    ]);
  } finally {
    await app.close();
    await db.close();
    rmSync(staticDir, { recursive: true, force: true });
  }
}
