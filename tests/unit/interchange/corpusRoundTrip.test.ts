/**
 * What comes back: every file of the interop corpus, imported (the real reader and planner) and
 * written out again in each of our formats, is read by networkx (2.8 and 3.x) and igraph, and the
 * GEXF by Gephi 0.10, with the file's nodes, ties, direction and total weight (a tie the file gave
 * no weight weighs 1, and our files write it so). Prints the corpus table of the closing note.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SerializedGraph } from '../../../graph-service/src/interchange/graphTypes.ts';
import { corpusManifest, planCorpusFile } from '../../support/corpus.ts';
import { gephiJar, readInGephi, type GephiRead } from '../../support/gephi.ts';
import { FORMATS, pythons, readBack, readersOf, writeExport, type Python } from '../../support/readBack.ts';

interface Figures { tool: string; nodes: number; ties: number; directed: boolean | null; weighted: number; weightSum: number; positions: number }

const manifest = corpusManifest<Figures>();
const dir = mkdtempSync(path.join(tmpdir(), 'atlas-corpus-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let PYTHONS: Python[] = [];
/** Each corpus file's map and its exports (format → file), and what Gephi read in its GEXF. */
const exported = new Map<string, { graph: SerializedGraph; files: Record<string, string>; gephi: GephiRead }>();

beforeAll(async () => {
  gephiJar();
  PYTHONS = await pythons();
  const written: { name: string; graph: SerializedGraph; files: Record<string, string> }[] = [];
  for (const name of Object.keys(manifest)) {
    const graph = await imported(name);
    const base = name.replace(/[^a-z0-9]+/gi, '-');
    const files: Record<string, string> = {};
    for (const format of FORMATS) files[format] = await writeExport(graph, format, `${base}-${format}`, dir);
    written.push({ name, graph, files });
  }
  // Every GEXF in one Gephi start: starting Gephi costs seconds.
  const reads = await readInGephi(written.map((w) => w.files.gexf));
  for (const [index, { name, graph, files }] of written.entries()) exported.set(name, { graph, files, gephi: reads[index] });
}, 300_000);

/** The map an import of the file makes, as the export reads a map. */
async function imported(name: string): Promise<SerializedGraph> {
  const { writes } = await planCorpusFile(name);
  return {
    attributes: {},
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    nodes: writes.createNodes.map((n) => ({ key: String(n.properties.id), attributes: { ...n.properties, nodeType: n.label } })),
    edges: writes.createTies.map((t) => ({ key: String(t.properties.id), source: t.from, target: t.to, attributes: { ...t.properties, tieType: t.type } })),
  };
}

const table: string[] = [];
afterAll(() => console.log(`file | tool | came in | came back\n${table.join('\n')}`));

describe('every corpus file goes back out as the tools read it', () => {
  for (const [name, expected] of Object.entries(manifest)) {
    it(`${name} (${expected.tool})`, async () => {
      const { graph, files, gephi } = exported.get(name)!;
      // Every tie weighs what the file said, or 1.
      const weightSum = expected.weightSum + (expected.ties - expected.weighted);
      const readers = new Set<string>();
      for (const format of FORMATS) {
        const file = files[format];
        for (const { python, igraph } of readersOf(PYTHONS, format)) {
          const read = await readBack(python, format, file);
          for (const reader of igraph && read.igraph ? [read.networkx, read.igraph] : [read.networkx]) {
            const what = `${format} read by ${python} ${reader.version}`;
            expect([reader.nodes, reader.ties, reader.weights], what).toEqual([expected.nodes, expected.ties, expected.ties]);
            expect(Math.abs(reader.weightSum - weightSum), what).toBeLessThan(1e-9);
            // A file that says nothing of direction (an edge list) makes plain ties, which have none.
            expect(reader.directed, what).toBe(expected.directed === true);
            readers.add(`${reader === read.igraph ? 'igraph' : 'networkx'} ${reader.version}`);
          }
        }
      }
      expect([gephi.nodes, gephi.ties, gephi.directedTies], 'GEXF read by Gephi').toEqual([expected.nodes, expected.ties, expected.directed === true ? expected.ties : 0]);
      expect(Math.abs(gephi.weightSum - weightSum), 'GEXF read by Gephi').toBeLessThan(1e-6);
      expect(gephi.issues.filter((issue) => !issue.startsWith('INFO')), 'GEXF read by Gephi').toEqual([]);
      readers.add(`Gephi ${gephi.version} (GEXF)`);
      const cameIn = `${graph.nodes.length} nodes, ${graph.edges.length} ties, ${expected.weighted} weights (sum ${expected.weightSum}), ${expected.positions} positions, ${expected.directed === true ? 'directed' : 'undirected'}`;
      table.push(`${name} | ${expected.tool} | ${cameIn} | the same in ${FORMATS.join(', ')}, read by ${[...readers].sort().join(', ')}`);
    }, 120_000);
  }
});
