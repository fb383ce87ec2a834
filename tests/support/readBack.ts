/**
 * The other tools read our exports back: each Python here with networkx (Debian's, with igraph and
 * openpyxl, and the one on PATH, e.g. networkx 3.x) runs tests/unit/interchange/readBack.py on a
 * file we wrote; `writeExport` writes one export of a graph into a folder as a user would save it.
 */
import { execFile } from 'node:child_process';
import { realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { exportFile, type ExportRequest } from '../../graph-service/src/interchange/exportFile.ts';
import type { SerializedGraph } from '../../graph-service/src/interchange/graphTypes.ts';

const READ_BACK = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../unit/interchange/readBack.py');
export const run = promisify(execFile);

export interface Python { python: string; igraph: boolean; openpyxl: boolean }

const HAS = 'import sys, importlib.util\nprint(sys.executable, *(int(importlib.util.find_spec(m) is not None) for m in ("networkx", "igraph", "openpyxl")))';

/** Each distinct Python with networkx: Debian's (the CI installs python3-networkx, -igraph and -openpyxl) and the one on PATH. */
export async function pythons(): Promise<Python[]> {
  const found = new Map<string, Python>();
  for (const candidate of ['/usr/bin/python3', 'python3']) {
    const answer = await run(candidate, ['-c', HAS]).catch(() => undefined);
    if (!answer) continue;
    const [executable, networkx, igraph, openpyxl] = answer.stdout.trim().split(' ');
    if (networkx !== '1') continue;
    const python = realpathSync(executable);
    found.set(python, { python, igraph: igraph === '1', openpyxl: openpyxl === '1' });
  }
  return [...found.values()];
}

/** Our export formats, as readBack.py names them ('node-link' is the JSON export's node-link style). */
export const FORMATS = ['gexf', 'graphml', 'node-link', 'csv', 'xlsx'];

/** The Pythons that read a format: a workbook needs openpyxl. */
export function readersOf(all: Python[], format: string): Python[] {
  return all.filter((p) => format !== 'xlsx' || p.openpyxl);
}

export interface Read { version: string; nodes: number; ties: number; weights: number; weightSum: number; directed: boolean; modularity?: number }
export interface ReadBack { networkx: Read; igraph?: Read; warnings: string[] }

export async function readBack(python: string, format: string, file: string, partition?: string): Promise<ReadBack> {
  try {
    return JSON.parse((await run(python, [READ_BACK, format, file, ...(partition ? [partition] : [])])).stdout);
  } catch (error) {
    throw new Error(`${python} could not read our ${format}: ${(error as { stderr?: string }).stderr ?? error}`);
  }
}

/** Writes one export of `graph` into `dir` (CSV as its two tables); returns the file readBack.py reads. */
export async function writeExport(graph: SerializedGraph, format: string, name: string, dir: string): Promise<string> {
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
