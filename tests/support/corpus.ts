/**
 * The interop corpus (tests/fixtures/interop/): its manifest of what networkx, igraph or the tool
 * counted in each file, and a file's import into an empty map (the real reader and planner, no database).
 */
import { readFileSync } from 'node:fs';
import { ImportPlanner } from '../../graph-service/src/interchange/plan/planner.ts';
import { readImport } from '../../graph-service/src/interchange/read.ts';

export const CORPUS = new URL('../fixtures/interop/', import.meta.url);

/** The manifest's entries, typed by the caller (each test reads the figures it checks). */
export function corpusManifest<T>(): Record<string, T> {
  return JSON.parse(readFileSync(new URL('manifest.json', CORPUS), 'utf8')) as Record<string, T>;
}

/** What importing the corpus file into an empty map would read and plan. */
export async function planCorpusFile(name: string) {
  const input = await readImport([{ bytes: readFileSync(new URL(name, CORPUS)), name }]);
  const planner = new ImportPlanner(input, []);
  planner.resolveElements();
  planner.diffElements(new Map());
  planner.resolveConnections();
  planner.diffConnections([]);
  return { input, ...planner.result() };
}
