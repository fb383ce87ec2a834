/**
 * Exports of one map: GEXF (drawn: positions, colours, communities), GraphML, CSV (one table per
 * request), XLSX (both tables) and graphology JSON, named after the map. Nothing of another map is
 * in it. Callers that may not see people get an export without Person nodes and their ties, as
 * every other answer.
 */
import Graph from 'graphology';
import type { Database } from '../db/connection.ts';
import type { DrawingOptions } from '../interchange/drawing.ts';
import type { DatedGraph, ExportFile } from '../interchange/exportFile.ts';
import type { SerializedGraph } from '../interchange/graphTypes.ts';
import type { Format, TableKind } from '../interchange/types.ts';
import { interchangePool } from '../interchange/worker/pool.ts';
import type { NodeLabel } from '../model/model.ts';
import type { JsonStyle } from '../contract/lists.ts';
import { GraphRepository } from '../repositories/graphRepository.ts';
import { buildFacetIndex, describeScope, NO_SCOPE_FILTERS, scopeVisibility, type ScopeGraph } from '../analysis/scope.ts';
import { ClusterMemories, clusterMemoryKey } from '../analysis/stability.ts';
import { asOfDay, WHOLE_RECORD, type AsOf } from '../model/time.ts';

export { CONTENT_TYPES, type DatedGraph, type ExportFile } from '../interchange/exportFile.ts';

export interface ExportOptions {
  /** For CSV: which of the two tables. */
  table?: TableKind;
  /** For JSON: graphology's shape (the default) or node-link for networkx and d3. */
  style?: JsonStyle;
  /** Node labels the caller may not see. */
  hidden?: NodeLabel[];
  drawing?: Partial<DrawingOptions>;
  /** The network on a date (model/time.ts): only what held then. Default: the whole record. */
  asOf?: AsOf;
}

/** Leaves out hidden nodes and every tie that touches one. */
export function withoutHidden(graph: SerializedGraph, hidden: NodeLabel[]): SerializedGraph {
  if (hidden.length === 0) return graph;
  const nodes = graph.nodes.filter((n) => !hidden.includes(n.attributes.nodeType as NodeLabel));
  const kept = new Set(nodes.map((n) => n.key));
  return { ...graph, nodes, edges: graph.edges.filter((e) => kept.has(e.source) && kept.has(e.target)) };
}

/** The network on a date by the one time rule (analysis/scope.ts): nodes and ties that held, nothing else. */
export function onDate(serialized: SerializedGraph, asOf: AsOf): DatedGraph {
  const day = asOfDay(asOf.date);
  if (day === undefined) return { graph: serialized };
  const data = Graph.from(serialized) as unknown as ScopeGraph;
  const filters = { ...NO_SCOPE_FILTERS, asOf: asOf.date, undated: asOf.undated };
  const visibility = scopeVisibility(data, buildFacetIndex(data), filters);
  const graph = { ...serialized, nodes: serialized.nodes.filter((n) => visibility.nodes.has(n.key)), edges: serialized.edges.filter((e) => visibility.edges.has(e.key)) };
  return { graph, day, description: describeScope(data, filters, visibility).description };
}

export class ExportService {
  private readonly graphs: GraphRepository;

  /** `memories`: the analysis's last clusters of each map, so the file colours by the clusters the app shows. */
  constructor(
    db: Database,
    private readonly memories = new ClusterMemories(),
  ) {
    this.graphs = new GraphRepository(db.driver, db.database);
  }

  async graph(map: string, hidden: NodeLabel[] = []): Promise<SerializedGraph> {
    return withoutHidden((await this.graphs.graph(map, {})) as SerializedGraph, hidden);
  }

  /**
   * The map's export; its file is named after the map (`battersea-alliance.gexf`), and on a date
   * after the day too (`battersea-alliance-2022-03-31.gexf`).
   */
  async export(map: string, format: Format, options: ExportOptions = {}): Promise<ExportFile> {
    const dated = onDate(await this.graph(map, options.hidden), options.asOf ?? WHOLE_RECORD);
    const drawing = { ...options.drawing, clusterMemory: this.memories.recall(clusterMemoryKey(map, options.hidden)) };
    return interchangePool().write({ dated, map, format, table: options.table, style: options.style, drawing });
  }
}
