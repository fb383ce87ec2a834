/** Graphology's serialised format, as GET /api/graph answers and the JSON export writes. */
export interface SerializedGraph {
  attributes: Record<string, unknown>;
  options: { type: 'directed' | 'undirected' | 'mixed'; multi: boolean; allowSelfLoops: boolean };
  nodes: { key: string; attributes: Record<string, unknown> }[];
  edges: { key: string; source: string; target: string; attributes: Record<string, unknown> }[];
}
