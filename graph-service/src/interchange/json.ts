/** JSON in graphology's serialised format ({ nodes: [{ key, attributes }], edges: [{ source, target, key?, attributes }] }). */
import { decodeText } from './decode.ts';
import { InterchangeError } from './errors.ts';
import { rowsToTables, type GraphRows } from './graphTables.ts';
import { checkDepth, checkRows } from './limits.ts';
import { jsonDepth } from './nesting.ts';
import type { ParsedTables } from './types.ts';

export interface JsonReadOptions {
  name?: string;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function key(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

export function readJson(bytes: Uint8Array, options: JsonReadOptions = {}): ParsedTables {
  const what = `JSON ${options.name ?? 'file'}`;
  const text = decodeText(bytes, what);
  checkDepth(jsonDepth(text), what);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InterchangeError(`${what}: the file is not valid JSON: ${(error as Error).message}.`);
  }
  if (!isObject(data) || !Array.isArray(data.nodes)) {
    throw new InterchangeError(`${what}: expected graphology's serialised format, an object with a "nodes" list (and an "edges" list), as GET /api/export/json gives.`);
  }
  if (data.edges !== undefined && !Array.isArray(data.edges)) throw new InterchangeError(`${what}: "edges" must be a list.`);
  checkRows(data.nodes.length + ((data.edges as unknown[] | undefined)?.length ?? 0), what);
  const problems: string[] = [];
  const rows: GraphRows = { nodes: [], edges: [] };
  for (const [index, node] of data.nodes.entries()) {
    const nodeKey = isObject(node) ? key(node.key) : undefined;
    if (!isObject(node) || nodeKey === undefined) {
      problems.push(`${what}: nodes[${index}] needs a "key" (text or number).`);
      continue;
    }
    if (node.attributes !== undefined && !isObject(node.attributes)) problems.push(`${what}: nodes[${index}].attributes must be an object.`);
    rows.nodes.push({ key: nodeKey, attributes: isObject(node.attributes) ? node.attributes : {} });
  }
  for (const [index, edge] of ((data.edges as unknown[]) ?? []).entries()) {
    const source = isObject(edge) ? key(edge.source) : undefined;
    const target = isObject(edge) ? key(edge.target) : undefined;
    if (!isObject(edge) || source === undefined || target === undefined) {
      problems.push(`${what}: edges[${index}] needs a "source" and a "target".`);
      continue;
    }
    if (edge.attributes !== undefined && !isObject(edge.attributes)) problems.push(`${what}: edges[${index}].attributes must be an object.`);
    rows.edges.push({ key: key(edge.key), source, target, attributes: isObject(edge.attributes) ? edge.attributes : {} });
  }
  return rowsToTables(rows, what, [], problems);
}
