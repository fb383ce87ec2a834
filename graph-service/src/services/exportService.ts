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

export interface ExportOptions {
  /** For CSV: which of the two tables. */
  table?: TableKind;
  /** Node labels the caller may not see. */
  hidden?: NodeLabel[];
  drawing?: Partial<DrawingOptions>;
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

export class ExportService {
  private readonly graphs: GraphRepository;

  constructor(db: Database) {
    this.graphs = new GraphRepository(db.driver, db.database);
  }

  async graph(map: string, hidden: NodeLabel[] = []): Promise<SerializedGraph> {
    return withoutHidden((await this.graphs.graph(map, {})) as SerializedGraph, hidden);
  }

  /** The map's export; its file is named after the map (`battersea-alliance.gexf`). */
  async export(map: string, format: Format, options: ExportOptions = {}): Promise<ExportFile> {
    const serialized = await this.graph(map, options.hidden);
    switch (format) {
      case 'json':
        return { body: JSON.stringify(serialized), contentType: CONTENT_TYPES.json, fileName: `${map}.json` };
      case 'csv': {
        const table = options.table ?? 'elements';
        const data = table === 'elements' ? elementsTable(serialized) : connectionsTable(serialized);
        return { body: writeCsv(data.headers, data.rows), contentType: CONTENT_TYPES.csv, fileName: `${map}-${table}.csv` };
      }
      case 'xlsx': {
        const elements = elementsTable(serialized);
        const connections = connectionsTable(serialized);
        const body = await writeXlsx([{ name: 'Elements', ...elements }, { name: 'Connections', ...connections }]);
        return { body, contentType: CONTENT_TYPES.xlsx, fileName: `${map}.xlsx` };
      }
      case 'gexf': {
        const graph = Graph.from(serialized);
        return { body: writeGexf(graph, drawGraph(graph, options.drawing)), contentType: CONTENT_TYPES.gexf, fileName: `${map}.gexf` };
      }
      case 'graphml': {
        const graph = Graph.from(serialized);
        const views = drawGraph(graph, options.drawing);
        // GraphML has no drawing of its own: Gephi and yEd read label, x, y, size and color attributes.
        graph.updateEachNodeAttributes((node, { name, label, ...rest }) => ({ label: name ?? label, ...rest, ...views.get(node) }));
        return { body: writeGraphml(graph), contentType: CONTENT_TYPES.graphml, fileName: `${map}.graphml` };
      }
    }
  }
}
