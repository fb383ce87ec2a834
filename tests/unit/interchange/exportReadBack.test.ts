/**
 * Our export writers read back by the tools: every Python found here (Debian's with networkx 2.8
 * and igraph, and the one on PATH, e.g. networkx 3.x) reads each export of Les Misérables with its
 * nodes, ties, weights and direction, and the modularity of a fixed partition (igraph's weighted
 * Louvain on the original, held fixed) is the original's to 1e-9, also when the stored ties carry
 * no weight of their own where it is 1 (the default weight). Gephi 0.10 itself opens the GEXF and
 * GraphML with every node, tie, weight, label, position and colour, and no warning in its import
 * report. A mixed map exports as directed.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SerializedGraph } from '../../../graph-service/src/interchange/graphTypes.ts';
import { gephiJar, readInGephi } from '../../support/gephi.ts';
import { FORMATS, pythons, readBack, readersOf as readersAmong, run, writeExport, type Python } from '../../support/readBack.ts';

const HERE = path.dirname(new URL(import.meta.url).pathname);
const dir = mkdtempSync(path.join(tmpdir(), 'atlas-readback-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let PYTHONS: Python[] = [];
let original: { modularity: number; nodes: number; ties: number } | undefined;
let generated = '';

beforeAll(async () => {
  gephiJar();
  PYTHONS = await pythons();
  const withIgraph = PYTHONS.find((p) => p.igraph);
  if (!withIgraph) return;
  try {
    original = JSON.parse((await run(withIgraph.python, [path.join(HERE, 'lesMiserables.py'), dir])).stdout);
  } catch (error) {
    generated = String((error as { stderr?: string }).stderr ?? error);
  }
}, 300_000);

/** Les Misérables as an imported map holds it: one CONNECTED_WITH tie per pair; `storedWeightOne` keeps weight 1 too. */
function lesMiserables(original: { nodes: string[]; edges: [string, string, number][] }, storedWeightOne: boolean): SerializedGraph {
  return {
    attributes: {},
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    nodes: original.nodes.map((name) => ({ key: name, attributes: { id: name, name, nodeType: 'Organisation' } })),
    edges: original.edges.map(([a, b, weight], index) => ({
      key: `CONNECTED_WITH:e${index}`, source: a, target: b,
      attributes: { id: `CONNECTED_WITH:e${index}`, tieType: 'CONNECTED_WITH', ...(weight !== 1 || storedWeightOne ? { weight } : {}) },
    })),
  };
}

const write = (graph: SerializedGraph, format: string, name: string) => writeExport(graph, format, name, dir);
const readersOf = (format: string) => readersAmong(PYTHONS, format);

/** The formats Gephi opens; Gephi 0.10 itself reads them too (tests/support/gephi.ts). */
const GEPHI_FORMATS = ['gexf', 'graphml'];

describe('our exports read back in networkx and igraph', () => {
  it('finds Debian\'s Python with networkx and igraph', () => {
    expect(PYTHONS.length, 'no python3 with networkx').toBeGreaterThan(0);
    expect(PYTHONS.some((p) => p.igraph), 'no python3 with igraph (Debian: python3-igraph)').toBe(true);
    expect(PYTHONS.some((p) => p.igraph && p.openpyxl), 'no python3 with igraph and openpyxl (Debian: python3-openpyxl)').toBe(true);
  });

  for (const storedWeightOne of [true, false]) {
    it(`reads every format with its nodes, ties, weights and direction, modularity as the original's${storedWeightOne ? '' : ' (weight 1 not stored)'}`, async () => {
      expect(original, generated || 'no igraph').toBeDefined();
      if (!original) return;
      const graph = lesMiserables(JSON.parse(readFileSync(path.join(dir, 'original.json'), 'utf8')), storedWeightOne);
      const partition = path.join(dir, 'partition.json');
      const forGephi: { format: string; file: string }[] = [];
      for (const format of FORMATS) {
        const file = await write(graph, format, `les-miserables-${storedWeightOne}`);
        if (GEPHI_FORMATS.includes(format)) forGephi.push({ format, file });
        const able = readersOf(format);
        const reads = await Promise.all(able.map(({ python }) => readBack(python, format, file, partition)));
        for (const [index, { python, igraph }] of able.entries()) {
          const read = reads[index];
          const readers = igraph ? [read.networkx, read.igraph] : [read.networkx];
          for (const reader of readers) {
            const what = `${format} ${python} ${reader?.version}`;
            expect(reader, what).toBeDefined();
            expect([reader?.nodes, reader?.ties, reader?.weights, reader?.directed], what).toEqual([original.nodes, original.ties, original.ties, false]);
            expect(Math.abs((reader?.modularity ?? 0) - original.modularity), what).toBeLessThan(1e-9);
          }
          expect(read.warnings, `${format} ${python}`).toEqual([]);
        }
      }
      const weightSum = graph.edges.reduce((sum, e) => sum + Number(e.attributes.weight ?? 1), 0);
      for (const [index, gephi] of (await readInGephi(forGephi.map((f) => f.file))).entries()) {
        const what = `${forGephi[index].format} Gephi ${gephi.version}`;
        expect([gephi.nodes, gephi.ties, gephi.directedTies, gephi.labelled, gephi.positions, gephi.coloured], what).toEqual([original.nodes, original.ties, 0, original.nodes, original.nodes, original.nodes]);
        expect(Math.abs(gephi.weightSum - weightSum), what).toBeLessThan(1e-6);
        expect(gephi.issues.filter((issue) => !issue.startsWith('INFO')), what).toEqual([]);
      }
    }, 180_000);
  }

  it('writes a map with directed ties as a directed graph every reader reads, each tie weighted', async () => {
    const graph: SerializedGraph = {
      attributes: {}, options: { type: 'directed', multi: true, allowSelfLoops: false },
      nodes: ['org-a', 'org-b', 'alliance-c'].map((key) => ({ key, attributes: { id: key, name: key.toUpperCase(), nodeType: key.startsWith('org') ? 'Organisation' : 'Alliance' } })),
      edges: [
        { key: 'CONNECTED_WITH:ab', source: 'org-a', target: 'org-b', attributes: { id: 'CONNECTED_WITH:ab', tieType: 'CONNECTED_WITH' } },
        { key: 'MEMBER_OF:ac', source: 'org-a', target: 'alliance-c', attributes: { id: 'MEMBER_OF:ac', tieType: 'MEMBER_OF', weight: 2.5 } },
        { key: 'FUNDS:ab', source: 'org-a', target: 'org-b', attributes: { id: 'FUNDS:ab', tieType: 'FUNDS' } },
      ],
    };
    const forGephi: { format: string; file: string }[] = [];
    for (const format of FORMATS) {
      const file = await write(graph, format, 'mixed');
      if (GEPHI_FORMATS.includes(format)) forGephi.push({ format, file });
      for (const { python, igraph } of readersOf(format)) {
        const read = await readBack(python, format, file);
        for (const reader of igraph ? [read.networkx, read.igraph] : [read.networkx]) {
          expect([reader?.nodes, reader?.ties, reader?.weights, reader?.directed], `${format} ${python}`).toEqual([3, 3, 3, true]);
        }
      }
    }
    for (const [index, gephi] of (await readInGephi(forGephi.map((f) => f.file))).entries()) {
      const { format } = forGephi[index];
      // Gephi's GraphML reader has no edge kind: it merges the two ties between org-a and org-b into
      // one edge, their weights summed, as it does with any GraphML. The GEXF's kinds keep them apart.
      const ties = format === 'gexf' ? 3 : 2;
      expect([gephi.nodes, gephi.ties, gephi.directedTies, gephi.weightSum], `${format} Gephi`).toEqual([3, ties, ties, 4.5]);
      expect(gephi.issues.filter((issue) => !issue.startsWith('INFO')), `${format} Gephi`).toEqual([]);
    }
  }, 120_000);
});
