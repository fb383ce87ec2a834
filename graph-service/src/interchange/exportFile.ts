/**
 * The file an export writes from a map's graph (already scoped to a date and to what the caller
 * may see). Pure and CPU-heavy for large maps, so it runs in an interchange worker (worker/).
 */
import Graph from 'graphology';
import { writeCsv } from './csv.ts';
import { drawGraph, type DrawingOptions } from './drawing.ts';
import { connectionsTable, elementsTable } from './exportTables.ts';
import { writeGexf } from './gexf.ts';
import type { SerializedGraph } from './graphTypes.ts';
import { writeGraphml } from './graphml.ts';
import type { Format, TableKind } from './types.ts';
import { writeXlsx } from './xlsx.ts';

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

export interface DatedGraph {
  graph: SerializedGraph;
  /** What the file holds, in words ("… ties valid on 31 Mar 2022, 3 undated ties not counted"); none for the whole record. */
  description?: string;
  /** The day the network is taken on, YYYY-MM-DD. */
  day?: string;
}

export interface ExportRequest {
  dated: DatedGraph;
  map: string;
  format: Format;
  /** For CSV: which of the two tables. */
  table?: TableKind;
  drawing?: Partial<DrawingOptions>;
}

/** The file, named after the map (`battersea-alliance.gexf`), and on a date after the day too. */
export async function exportFile(request: ExportRequest): Promise<ExportFile> {
  const { dated, map, format } = request;
  const serialized = dated.graph;
  const name = dated.day ? `${map}-${dated.day}` : map;
  switch (format) {
    case 'json':
      return { body: JSON.stringify(dated.description ? { ...serialized, attributes: { ...serialized.attributes, description: dated.description } } : serialized), contentType: CONTENT_TYPES.json, fileName: `${name}.json` };
    case 'csv': {
      const table = request.table ?? 'elements';
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
      return { body: writeGexf(graph, drawGraph(graph, request.drawing), dated.description), contentType: CONTENT_TYPES.gexf, fileName: `${name}.gexf` };
    }
    case 'graphml': {
      const graph = Graph.from(serialized);
      const views = drawGraph(graph, request.drawing);
      // GraphML has no drawing of its own: Gephi and yEd read label, x, y, size and color attributes.
      graph.updateEachNodeAttributes((node, { name, label, ...rest }) => ({ label: name ?? label, ...rest, ...views.get(node) }));
      return { body: writeGraphml(graph), contentType: CONTENT_TYPES.graphml, fileName: `${name}.graphml` };
    }
  }
}
