/**
 * Exports of one map: GEXF (drawn: positions, colours, communities), GraphML, CSV (one table per
 * request), XLSX (both tables) and graphology JSON, named after the map. Nothing of another map is
 * in it. Callers that may not see people get an export without Person nodes and their ties, as
 * every other answer.
 */
import Graph from 'graphology';
import type { Database } from '../db/connection.ts';
import { writeCsv } from '../interchange/csv.ts';
import { drawGraph, type DrawingOptions } from '../interchange/drawing.ts';
import { connectionsTable, elementsTable } from '../interchange/exportTables.ts';
import { writeGexf } from '../interchange/gexf.ts';
import type { SerializedGraph } from '../interchange/graphTypes.ts';
import { writeGraphml } from '../interchange/graphml.ts';
import type { Format, TableKind } from '../interchange/types.ts';
import { writeXlsx } from '../interchange/xlsx.ts';
import type { NodeLabel } from '../model/model.ts';
import { GraphRepository } from '../repositories/graphRepository.ts';
import { buildFacetIndex, describeScope, NO_SCOPE_FILTERS, scopeVisibility, type ScopeGraph } from '../analysis/scope.ts';
import { asOfDay, WHOLE_RECORD, type AsOf } from '../model/time.ts';

export interface ExportOptions {
  /** For CSV: which of the two tables. */
  table?: TableKind;
  /** Node labels the caller may not see. */
  hidden?: NodeLabel[];
  drawing?: Partial<DrawingOptions>;
  /** The network on a date (model/time.ts): only what held then. Default: the whole record. */
  asOf?: AsOf;
}

export interface ExportFile {
  body: string | Buffer;
  contentType: string;
  fileName: string;
}

export const CONTENT_TYPES: Record<Format, string> = {
  gexf: 'application/gexf+xml; charset=utf-8',
  graphml: 'application/graphml+xml; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json; charset=utf-8',
};

/** Leaves out hidden nodes and every tie that touches one. */
export function withoutHidden(graph: SerializedGraph, hidden: NodeLabel[]): SerializedGraph {
  if (hidden.length === 0) return graph;
  const nodes = graph.nodes.filter((n) => !hidden.includes(n.attributes.nodeType as NodeLabel));
  const kept = new Set(nodes.map((n) => n.key));
  return { ...graph, nodes, edges: graph.edges.filter((e) => kept.has(e.source) && kept.has(e.target)) };
}

export interface DatedGraph {
  graph: SerializedGraph;
  /** What the file holds, in words ("… ties valid on 31 Mar 2022, 3 undated ties not counted"); none for the whole record. */
  description?: string;
  /** The day the network is taken on, YYYY-MM-DD. */
  day?: string;
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

  constructor(db: Database) {
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
    const serialized = dated.graph;
    const name = dated.day ? `${map}-${dated.day}` : map;
    switch (format) {
      case 'json':
        return { body: JSON.stringify(dated.description ? { ...serialized, attributes: { ...serialized.attributes, description: dated.description } } : serialized), contentType: CONTENT_TYPES.json, fileName: `${name}.json` };
      case 'csv': {
        const table = options.table ?? 'elements';
        const data = table === 'elements' ? elementsTable(serialized) : connectionsTable(serialized);
        return { body: writeCsv(data.headers, data.rows), contentType: CONTENT_TYPES.csv, fileName: `${name}-${table}.csv` };
      }
      case 'xlsx': {
        const elements = elementsTable(serialized);
        const connections = connectionsTable(serialized);
        const body = await writeXlsx([{ name: 'Elements', ...elements }, { name: 'Connections', ...connections }]);
        return { body, contentType: CONTENT_TYPES.xlsx, fileName: `${name}.xlsx` };
      }
      case 'gexf': {
        const graph = Graph.from(serialized);
        return { body: writeGexf(graph, drawGraph(graph, options.drawing), dated.description), contentType: CONTENT_TYPES.gexf, fileName: `${name}.gexf` };
      }
      case 'graphml': {
        const graph = Graph.from(serialized);
        const views = drawGraph(graph, options.drawing);
        // GraphML has no drawing of its own: Gephi and yEd read label, x, y, size and color attributes.
        graph.updateEachNodeAttributes((node, { name, label, ...rest }) => ({ label: name ?? label, ...rest, ...views.get(node) }));
        return { body: writeGraphml(graph), contentType: CONTENT_TYPES.graphml, fileName: `${name}.graphml` };
      }
    }
  }
}
