/**
 * JSON in graphology's serialised format ({ nodes: [{ key, attributes }], edges: [{ source, target, key?, attributes }] })
 * or networkx's node-link format ({ directed, nodes: [{ id, ...attributes }], links or edges: [{ source, target, ...attributes }] }),
 * as node_link_data writes it in networkx 2.x ("links") and 3.x ("links" or "edges"); d3 reads the same shape.
 */
import { decodeText } from './decode.ts';
import { InterchangeError } from './errors.ts';
import { rowsToTables, UNDIRECTED, type GraphRows } from './graphTables.ts';
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
    throw new InterchangeError(`${what}: expected a graph: an object with a "nodes" list and an "edges" (or node-link "links") list, as graphology's export or networkx's node_link_data writes.`);
  }
  // node-link: nodes carry "id" and their attributes beside it; graphology: "key" and "attributes".
  const nodeLink = data.nodes.some((n) => isObject(n) && n.key === undefined && n.id !== undefined);
  const edgeList = data.edges ?? data.links;
  const listName = data.edges !== undefined ? 'edges' : 'links';
  if (edgeList !== undefined && !Array.isArray(edgeList)) throw new InterchangeError(`${what}: "${listName}" must be a list.`);
  const edges = (edgeList as unknown[] | undefined) ?? [];
  checkRows(data.nodes.length + edges.length, what);
  const graphOptions = isObject(data.options) ? data.options : {};
  const graphUndirected = nodeLink ? data.directed === false : graphOptions.type === 'undirected';
  const problems: string[] = [];
  const rows: GraphRows = { nodes: [], edges: [] };
  for (const [index, node] of data.nodes.entries()) {
    const nodeKey = isObject(node) ? key(nodeLink ? node.id : node.key) : undefined;
    if (!isObject(node) || nodeKey === undefined) {
      problems.push(`${what}: nodes[${index}] needs ${nodeLink ? 'an "id"' : 'a "key"'} (text or number).`);
      continue;
    }
    if (!nodeLink && node.attributes !== undefined && !isObject(node.attributes)) problems.push(`${what}: nodes[${index}].attributes must be an object.`);
    const { id: _id, ...own } = node;
    rows.nodes.push({ key: nodeKey, attributes: nodeLink ? own : isObject(node.attributes) ? node.attributes : {} });
  }
  for (const [index, edge] of edges.entries()) {
    const source = isObject(edge) ? key(edge.source) : undefined;
    const target = isObject(edge) ? key(edge.target) : undefined;
    if (!isObject(edge) || source === undefined || target === undefined) {
      problems.push(`${what}: ${listName}[${index}] needs a "source" and a "target".`);
      continue;
    }
    if (!nodeLink && edge.attributes !== undefined && !isObject(edge.attributes)) problems.push(`${what}: ${listName}[${index}].attributes must be an object.`);
    const { source: _s, target: _t, key: edgeKey, undirected, attributes, ...own } = edge;
    const values = nodeLink ? own : isObject(attributes) ? attributes : {};
    rows.edges.push({ key: key(edgeKey), source, target, attributes: graphUndirected || undirected === true ? { ...values, ...UNDIRECTED } : values });
  }
  return rowsToTables(rows, what, [], problems);
}
