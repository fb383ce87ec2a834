/**
 * Import throughput: Atlas's import into a new map (read the CSV pair, plan every row, commit the
 * map and its data in one transaction), and a re-import into that map, against Neo4j's own
 * LOAD CSV on the same two files, for about 10,000 and 100,000 rows (elements + connections). LOAD CSV only creates: it neither checks types, matches
 * names, nor can be previewed, so the ratio is the price of those checks.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ENTITY_LABEL } from '../graph-service/src/repositories/schemaRepository.ts';
import { writeCsv } from '../graph-service/src/interchange/csv.ts';
import { connectionsTable, elementsTable } from '../graph-service/src/interchange/exportTables.ts';
import type { SerializedGraph } from '../graph-service/src/interchange/graphTypes.ts';
import { NODE_LABELS, TIE_TYPE_NAMES } from '../graph-service/src/model/model.ts';
import { ImportService } from '../graph-service/src/services/importService.ts';
import type { SeedDataset } from '../seed/dataset.ts';
import { generateDataset } from './support/generate.ts';
import { benchDatabase, type BenchDatabase } from './support/neo4j.ts';
import { measure, ms, summarise, table, type Timing } from './support/stats.ts';
import { performance } from 'node:perf_hooks';

/** Rows per organisation in generated data (nodes + ties), measured: 7,780 rows for 1,000 organisations. */
const ROWS_PER_ORGANISATION = 7.78;
const SIZES = [{ rows: 10_000, runs: 3 }, { rows: 100_000, runs: 2 }];

function asGraph(dataset: SeedDataset): SerializedGraph {
  return {
    attributes: {},
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    nodes: dataset.nodes.map(({ label, ...properties }) => ({ key: properties.id, attributes: { ...properties, nodeType: label } })),
    edges: dataset.ties.map(({ type, from, to, ...properties }) => ({ key: properties.id, source: from, target: to, attributes: { ...properties, tieType: type } })),
  };
}

/** The map LOAD CSV writes into, so both sides create the same map-keyed data. */
const LOAD_CSV_MAP = 'load-csv';

async function loadCsv(db: BenchDatabase, elements: string, connections: string): Promise<void> {
  const session = db.driver.session({ database: db.database });
  try {
    // CALL … IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
    for (const label of NODE_LABELS) {
      await session.run(
        `LOAD CSV WITH HEADERS FROM $url AS row
         CALL (row) { WITH row WHERE row.type = $label CREATE (n:${ENTITY_LABEL}:${label}) SET n = row, n.map = $map } IN TRANSACTIONS OF 5000 ROWS`,
        { url: elements, label, map: LOAD_CSV_MAP },
      );
    }
    for (const type of TIE_TYPE_NAMES) {
      await session.run(
        `LOAD CSV WITH HEADERS FROM $url AS row
         CALL (row) {
           WITH row WHERE row.type = $type
           MATCH (a:${ENTITY_LABEL} {map: $map, id: row.from}), (b:${ENTITY_LABEL} {map: $map, id: row.to})
           CREATE (a)-[r:${type}]->(b) SET r = row, r.map = $map
         } IN TRANSACTIONS OF 5000 ROWS`,
        { url: connections, type, map: LOAD_CSV_MAP },
      );
    }
  } finally {
    await session.close();
  }
}

async function importDirectory(db: BenchDatabase): Promise<string> {
  const { records } = await db.driver.executeQuery(
    "SHOW SETTINGS YIELD name, value WHERE name = 'server.directories.import' RETURN value", {}, { database: db.database },
  );
  const value = records[0]?.get('value') as string | undefined;
  if (!value) throw new Error('bench: this Neo4j has no server.directories.import, so LOAD CSV cannot read local files');
  return value;
}

/**
 * How LOAD CSV names a file in the import directory: relative to it when neo4j.conf sets
 * server.directories.import, else (as the managed instance is configured now) an absolute path.
 */
async function fileUrls(db: BenchDatabase, importDir: string): Promise<(name: string) => string> {
  writeFileSync(path.join(importDir, 'probe.csv'), 'a\n1\n');
  try {
    await db.driver.executeQuery("LOAD CSV FROM 'file:///probe.csv' AS row RETURN count(row)", {}, { database: db.database });
    return (name) => `file:///${name}`;
  } catch {
    return (name) => pathToFileURL(path.join(importDir, name)).href;
  }
}

/** Times `fn` on an empty database `runs` times; the wipe before each run is not timed. */
async function timedAfterWipe(db: BenchDatabase, runs: number, fn: () => Promise<unknown>): Promise<Timing> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    await db.wipe();
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return summarise(samples);
}

async function count(db: BenchDatabase): Promise<number> {
  const { records } = await db.driver.executeQuery(
    `CALL { MATCH (n:${ENTITY_LABEL}) RETURN count(n) AS n } CALL { MATCH (:${ENTITY_LABEL})-[r]->() RETURN count(r) AS r } RETURN n + r AS total`,
    {}, { database: db.database },
  );
  return records[0].get('total').toNumber();
}

export default async function importBench(): Promise<void> {
  const db = await benchDatabase();
  // LOAD CSV reads file:/// URLs from the server's import directory; ask the server where that is
  // (a managed instance runs on this machine, so the bench can write there).
  const importDir = process.env.NEO4J_URI ? undefined : await importDirectory(db);
  const service = new ImportService(db);
  const rows: Record<string, string | number>[] = [];
  try {
    for (const size of SIZES) {
      const dataset = generateDataset({ organisations: Math.round(size.rows / ROWS_PER_ORGANISATION), seed: 7 });
      const graph = asGraph(dataset);
      const elements = elementsTable(graph);
      const connections = connectionsTable(graph);
      const elementsCsv = writeCsv(elements.headers, elements.rows);
      const connectionsCsv = writeCsv(connections.headers, connections.rows);
      const total = dataset.nodes.length + dataset.ties.length;
      const files = [
        { bytes: Buffer.from(elementsCsv), name: 'elements.csv', kind: 'elements' as const },
        { bytes: Buffer.from(connectionsCsv), name: 'connections.csv', kind: 'connections' as const },
      ];
      console.log(`${total} rows (${dataset.nodes.length} elements, ${dataset.ties.length} connections), ${((elementsCsv.length + connectionsCsv.length) / 1e6).toFixed(1)} MB of CSV`);

      await db.wipe();
      const preview = await measure(() => service.preview(null, files), { iterations: size.runs, warmup: 0 });
      let written = 0;
      let map = '';
      const atlas = await timedAfterWipe(db, size.runs, async () => {
        const result = await service.commitToNewMap({ title: 'Import bench' }, files);
        written = result.written.nodesCreated + result.written.tiesCreated;
        map = result.map.id;
      });
      if (written !== total) throw new Error(`bench: the import wrote ${written} of ${total} rows`);
      const reimport = await measure(() => service.commit(map, files), { iterations: 1, warmup: 0 });

      let neo4jLoad = { p50: Number.NaN };
      if (importDir) {
        mkdirSync(importDir, { recursive: true });
        writeFileSync(path.join(importDir, 'elements.csv'), elementsCsv);
        writeFileSync(path.join(importDir, 'connections.csv'), connectionsCsv);
        const url = await fileUrls(db, importDir);
        neo4jLoad = await timedAfterWipe(db, size.runs, () => loadCsv(db, url('elements.csv'), url('connections.csv')));
        const loaded = await count(db);
        if (loaded !== total) throw new Error(`bench: LOAD CSV loaded ${loaded} of ${total} rows`);
      }
      const commitTime = atlas.p50;
      const perSecond = (t: number) => Math.round(total / (t / 1000));
      rows.push({
        rows: total,
        'atlas preview (read+plan)': `${ms(preview.p50)} (${perSecond(preview.p50)}/s)`,
        'atlas commit (read+plan+write)': `${ms(commitTime)} (${perSecond(commitTime)}/s)`,
        're-import (all unchanged)': `${ms(reimport.p50)} (${perSecond(reimport.p50)}/s)`,
        'LOAD CSV': Number.isNaN(neo4jLoad.p50) ? 'n/a (NEO4J_URI set)' : `${ms(neo4jLoad.p50)} (${perSecond(neo4jLoad.p50)}/s)`,
        'atlas ÷ LOAD CSV time': Number.isNaN(neo4jLoad.p50) ? 'n/a' : `${(commitTime / neo4jLoad.p50).toFixed(2)}×`,
        runs: size.runs,
      });
    }
    console.log('Medians; the wipe before each run is not timed. LOAD CSV creates only: no type checks, name matching, preview or idempotence.');
    table(rows);
  } finally {
    await db.close();
  }
}
