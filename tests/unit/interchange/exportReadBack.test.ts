/**
 * Our export writers read back by the tools: every Python found here (Debian's with networkx 2.8
 * and igraph, and the one on PATH, e.g. networkx 3.x) reads each export of Les Misérables with its
 * nodes, ties, weights and direction, and the modularity of a fixed partition (igraph's weighted
 * Louvain on the original, held fixed) is the original's to 1e-9, also when the stored ties carry
 * no weight of their own where it is 1 (the default weight). A mixed map exports as directed.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportFile, type ExportRequest } from '../../../graph-service/src/interchange/exportFile.ts';
import type { SerializedGraph } from '../../../graph-service/src/interchange/graphTypes.ts';

const HERE = path.dirname(new URL(import.meta.url).pathname);
const dir = mkdtempSync(path.join(tmpdir(), 'atlas-readback-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = promisify(execFile);

/** Each distinct Python with networkx: Debian's (the CI installs python3-networkx and python3-igraph) and the one on PATH. */
async function pythons(): Promise<{ python: string; igraph: boolean }[]> {
  const found = new Map<string, boolean>();
  for (const candidate of ['/usr/bin/python3', 'python3']) {
    const answer = await run(candidate, ['-c', 'import sys, networkx\ntry:\n import igraph; print(sys.executable, 1)\nexcept ImportError: print(sys.executable, 0)']).catch(() => undefined);
    if (!answer) continue;
    const [executable, igraph] = answer.stdout.trim().split(' ');
    found.set(realpathSync(executable), igraph === '1');
  }
  return [...found].map(([python, igraph]) => ({ python, igraph }));
}
let PYTHONS: { python: string; igraph: boolean }[] = [];
let original: { modularity: number; nodes: number; ties: number } | undefined;
let generated = '';

beforeAll(async () => {
  PYTHONS = await pythons();
  const withIgraph = PYTHONS.find((p) => p.igraph);
  if (!withIgraph) return;
  try {
    original = JSON.parse((await run(withIgraph.python, [path.join(HERE, 'lesMiserables.py'), dir])).stdout);
  } catch (error) {
    generated = String((error as { stderr?: string }).stderr ?? error);
  }
}, 60_000);

interface Read { version: string; nodes: number; ties: number; weights: number; directed: boolean; modularity?: number }
interface ReadBack { networkx: Read; igraph?: Read; warnings: string[] }

async function readBack(python: string, format: string, file: string, partition?: string): Promise<ReadBack> {
  try {
    return JSON.parse((await run(python, [path.join(HERE, 'readBack.py'), format, file, ...(partition ? [partition] : [])])).stdout);
  } catch (error) {
    throw new Error(`${python} could not read our ${format}: ${(error as { stderr?: string }).stderr ?? error}`);
  }
}

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

async function write(graph: SerializedGraph, format: string, name: string): Promise<string> {
  const base: ExportRequest = { dated: { graph }, map: name, format: format === 'node-link' ? 'json' : (format as ExportRequest['format']), drawing: { iterations: 20 } };
  if (format === 'csv') {
    for (const table of ['elements', 'connections'] as const) writeFileSync(path.join(dir, `${name}-${table}.csv`), (await exportFile({ ...base, table })).body);
    return path.join(dir, `${name}-connections.csv`);
  }
  const file = await exportFile(format === 'node-link' ? { ...base, style: 'node-link' } : base);
  const out = path.join(dir, `${name}.${format}`);
  writeFileSync(out, file.body);
  return out;
}

const FORMATS = ['gexf', 'graphml', 'node-link', 'csv'];

describe('our exports read back in networkx and igraph', () => {
  it('finds Debian\'s Python with networkx and igraph', () => {
    expect(PYTHONS.length, 'no python3 with networkx').toBeGreaterThan(0);
    expect(PYTHONS.some((p) => p.igraph), 'no python3 with igraph (Debian: python3-igraph)').toBe(true);
  });

  for (const storedWeightOne of [true, false]) {
    it(`reads every format with its nodes, ties, weights and direction, modularity as the original's${storedWeightOne ? '' : ' (weight 1 not stored)'}`, async () => {
      expect(original, generated || 'no igraph').toBeDefined();
      if (!original) return;
      const graph = lesMiserables(JSON.parse(readFileSync(path.join(dir, 'original.json'), 'utf8')), storedWeightOne);
      const partition = path.join(dir, 'partition.json');
      for (const format of FORMATS) {
        const file = await write(graph, format, `les-miserables-${storedWeightOne}`);
        const reads = await Promise.all(PYTHONS.map(({ python }) => readBack(python, format, file, partition)));
        for (const [index, { python, igraph }] of PYTHONS.entries()) {
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
    }, 120_000);
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
    for (const format of FORMATS) {
      const file = await write(graph, format, 'mixed');
      for (const { python, igraph } of PYTHONS) {
        const read = await readBack(python, format, file);
        for (const reader of igraph ? [read.networkx, read.igraph] : [read.networkx]) {
          expect([reader?.nodes, reader?.ties, reader?.weights, reader?.directed], `${format} ${python}`).toEqual([3, 3, 3, true]);
        }
      }
    }
  }, 60_000);
});
