/**
 * Graph files (GEXF, GraphML, graphology JSON) become the same two tables as spreadsheets, so one
 * column-mapping step and one set of row rules serve every format. Node keys are the `id` column;
 * attributes are columns; edge ends are `from` and `to`.
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { CellValue, ParsedTables, RawTable } from './types.ts';

/** Edge keys invented by a tool (graphology's generated keys, networkx's 0, 1, 2...) are not ids worth keeping. */
export function isMeaningfulEdgeKey(key: string): boolean {
  return !/^(geid_\d+_\d+|e?\d+)$/.test(key);
}

/** rgb(127,179,230) and opaque rgba(...) become #7fb3e6, as Atlas and most tools write colours. */
export function hexColour(value: unknown): unknown {
  const match = typeof value === 'string' ? /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*([\d.]+)\s*)?\)$/.exec(value) : null;
  if (!match || (match[4] !== undefined && Number(match[4]) !== 1)) return value;
  return `#${match.slice(1, 4).map((c) => Math.min(255, Number(c)).toString(16).padStart(2, '0')).join('')}`;
}

function toCell(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map(String);
  return JSON.stringify(value);
}

export interface GraphRows {
  nodes: { key: string; attributes: Attributes }[];
  /** `directed`: the edge is directed in the file's own structure (not an attribute). */
  edges: { key?: string; source: string; target: string; attributes: Attributes; directed?: boolean }[];
}

/** The tie property that says a tie has no direction (absent means directed, as ties are stored). */
export const UNDIRECTED = { directed: false } as const;

export function rowsToTables(rows: GraphRows, origin: string, notes: string[] = [], problems: string[] = []): ParsedTables {
  const nodeHeaders = new Set<string>();
  for (const node of rows.nodes) for (const name of Object.keys(node.attributes)) if (name !== 'id') nodeHeaders.add(name);
  // Every weight is kept, 1 included: weighted analysis and other tools read them back.
  for (const node of rows.nodes) {
    if (node.attributes.color !== undefined) node.attributes.color = hexColour(node.attributes.color);
    // A flat drawing's z is always 0 (networkx writes it anyway).
    if (node.attributes.z === 0) delete node.attributes.z;
  }
  const edgeHeaders = new Set<string>();
  for (const edge of rows.edges) for (const name of Object.keys(edge.attributes)) if (!['id', 'from', 'to'].includes(name)) edgeHeaders.add(name);
  const nodeColumns = [...nodeHeaders];
  const edgeColumns = [...edgeHeaders];
  const elements: RawTable = {
    kind: 'elements', origin: `${origin} nodes`, headers: ['id', ...nodeColumns], typed: true,
    rows: rows.nodes.map((node, index) => ({ line: index + 1, cells: [node.key, ...nodeColumns.map((c) => toCell(node.attributes[c]))] })),
  };
  const connections: RawTable = {
    kind: 'connections', origin: `${origin} edges`, headers: ['id', 'from', 'to', ...edgeColumns], typed: true,
    rows: rows.edges.map((edge, index) => ({
      line: index + 1,
      cells: [edge.key && isMeaningfulEdgeKey(edge.key) ? edge.key : null, edge.source, edge.target, ...edgeColumns.map((c) => toCell(edge.attributes[c]))],
      ...(edge.directed ? { directed: true } : {}),
    })),
  };
  return { tables: [elements, connections], problems, notes };
}

/** A parsed graph's rows, leaving out nodes the parser only added because an edge named them. */
export function graphRows(graph: AbstractGraph, declaredNodes?: Set<string>): GraphRows {
  return {
    nodes: graph.mapNodes((key, attributes) => ({ key, attributes })).filter((n) => !declaredNodes || declaredNodes.has(n.key)),
    // An undirected edge (a GEXF's defaultedgetype, GraphML's edgedefault) keeps that on its tie; a
    // directed one says so to the row reader, which keeps it on a plain tie the file gave no type.
    edges: graph.mapEdges((key, attributes, source, target, _s, _t, undirected) => ({ key, source, target, attributes: undirected ? { ...attributes, ...UNDIRECTED } : attributes, directed: !undirected })),
  };
}
