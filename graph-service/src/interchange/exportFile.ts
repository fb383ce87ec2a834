/**
 * The file an export writes from a map's graph (already scoped to a date and to what the caller
 * may see). Pure and CPU-heavy for large maps, so it runs in an interchange worker (worker/).
 */
import type { JsonStyle } from '../contract/lists.ts';
import { writeCsv } from './csv.ts';
import { clusterNodes, drawGraph, type DrawingOptions } from './drawing.ts';
import { exportGraph } from './exportGraph.ts';
import { connectionsTable, elementsTable } from './exportTables.ts';
import { writeGexf } from './gexf.ts';
import type { SerializedGraph } from './graphTypes.ts';
import { writeGraphml } from './graphml.ts';
import { writeNodeLink } from './nodeLink.ts';
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
  /** For JSON: graphology's shape (the default) or node-link. */
  style?: JsonStyle;
  /** How the graph files are drawn (drawing.ts): positions, sizes, and the clusters the app shows. */
  drawing?: Partial<DrawingOptions>;
}

/** The file, named after the map (`battersea-alliance.gexf`), and on a date after the day too. */
export async function exportFile(request: ExportRequest): Promise<ExportFile> {
  const { dated, map, format } = request;
  const serialized = dated.graph;
  const name = dated.day ? `${map}-${dated.day}` : map;
  const drawn = () => {
    const graph = exportGraph(serialized);
    return { graph, views: drawGraph(graph, request.drawing) };
  };
  // The spreadsheets need only each element's cluster, not the drawing.
  const clusterNames = () => clusterNodes(exportGraph(serialized), request.drawing).name;
  switch (format) {
    case 'json':
      if (request.style === 'node-link') {
        const { graph, views } = drawn();
        return { body: writeNodeLink(graph, views, dated.description), contentType: CONTENT_TYPES.json, fileName: `${name}.node-link.json` };
      }
      return { body: JSON.stringify(dated.description ? { ...serialized, attributes: { ...serialized.attributes, description: dated.description } } : serialized), contentType: CONTENT_TYPES.json, fileName: `${name}.json` };
    case 'csv': {
      const table = request.table ?? 'elements';
      const data = table === 'elements' ? elementsTable(serialized, clusterNames()) : connectionsTable(serialized);
      return { body: writeCsv(data.headers, data.rows), contentType: CONTENT_TYPES.csv, fileName: `${name}-${table}.csv` };
    }
    case 'xlsx': {
      const elements = elementsTable(serialized, clusterNames());
      const connections = connectionsTable(serialized);
      const body = await writeXlsx([{ name: 'Elements', ...elements }, { name: 'Connections', ...connections }]);
      return { body, contentType: CONTENT_TYPES.xlsx, fileName: `${name}.xlsx` };
    }
    case 'gexf': {
      const { graph, views } = drawn();
      return { body: writeGexf(graph, views, dated.description), contentType: CONTENT_TYPES.gexf, fileName: `${name}.gexf` };
    }
    case 'graphml': {
      const { graph, views } = drawn();
      // GraphML has no drawing of its own: Gephi and yEd read label, x, y, size and color attributes.
      graph.updateEachNodeAttributes((node, { name, label, ...rest }) => ({ label: name ?? label, ...rest, ...views.get(node) }));
      return { body: writeGraphml(graph), contentType: CONTENT_TYPES.graphml, fileName: `${name}.graphml` };
    }
  }
}
