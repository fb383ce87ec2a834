/**
 * The atlas as two tables in Kumu's convention (sheets Elements and Connections; columns ID,
 * Label, Type, Description, Tags and ID, From, To, Type, Direction; lists joined by "|" as Kumu
 * splits them, with spaces around so names keep their own), which the importer reads back: the
 * convention's columns first, then one column per other property (lists under a header ending in
 * "[]"), provenance, then the element's cluster. Each connection has its direction and weight (exportGraph.ts).
 */
import { PROVENANCE_FIELDS, RESERVED_PROPERTIES } from '../model/rules/reserved.ts';
import { tieDirection, tieWeight } from './exportGraph.ts';
import type { SerializedGraph } from './graphTypes.ts';

export interface Table {
  headers: string[];
  rows: (string | number | boolean | null)[][];
}

const ELEMENT_FIRST = ['id', 'name', 'nodeType', 'description', 'aliases', 'tags'];
const CONNECTION_FIRST = ['id', 'from', 'to', 'tieType', 'direction', 'weight'];
const PROVENANCE: readonly string[] = PROVENANCE_FIELDS;
/** Kumu's headers for our names. */
const HEADER: Record<string, string> = {
  id: 'ID', name: 'Label', nodeType: 'Type', tieType: 'Type', description: 'Description', aliases: 'Aliases', tags: 'Tags',
  from: 'From', to: 'To', direction: 'Direction', weight: 'Weight', atlasCluster: 'Atlas cluster',
};
const LIST_FIELDS = new Set(['aliases', 'tags']);

function cell(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.join(' | ');
  if (typeof value === 'object') return JSON.stringify(value);
  return value as string | number | boolean;
}

/** Bookkeeping (the model's reserved names) has no column: a spreadsheet has no use for it and the importer refuses it. */
function build(records: Record<string, unknown>[], first: string[], last: string[] = []): Table {
  const others = new Map<string, boolean>();
  for (const record of records) {
    for (const [name, value] of Object.entries(record)) {
      if (first.includes(name) || last.includes(name) || PROVENANCE.includes(name) || RESERVED_PROPERTIES.has(name)) continue;
      others.set(name, (others.get(name) ?? false) || Array.isArray(value));
    }
  }
  const otherNames = [...others.keys()].sort();
  const columns = [...first, ...otherNames, ...PROVENANCE, ...last];
  const headers = columns.map((c) => HEADER[c] ?? (others.get(c) && !LIST_FIELDS.has(c) ? `${c}[]` : c));
  return { headers, rows: records.map((record) => columns.map((c) => cell(record[c]))) };
}

/** With the clusters, a last column names each element's cluster (the importer ignores it: it is derived). */
export function elementsTable(graph: SerializedGraph, clusterNames?: Map<string, string>): Table {
  const records = graph.nodes.map((n) => ({ ...n.attributes, id: n.key, ...(clusterNames ? { atlasCluster: clusterNames.get(n.key) ?? null } : {}) }));
  return build(records, ELEMENT_FIRST, clusterNames ? ['atlasCluster'] : []);
}

export function connectionsTable(graph: SerializedGraph): Table {
  return build(graph.edges.map((e) => ({ ...e.attributes, id: e.key, from: e.source, to: e.target, direction: tieDirection(e.attributes), weight: tieWeight(e.attributes) })), CONNECTION_FIRST);
}
