/**
 * A large generated import (elements + connections CSV) for the fault bench, as the import bench builds it:
 * seed 7, which the import bench checks writes every row at 10,000 and 100,000 rows (seed 11 at 30,000 had
 * 172 rows the plan rejects, so that commit never reached its writes).
 */
import { writeCsv } from '../../graph-service/src/interchange/csv.ts';
import { connectionsTable, elementsTable } from '../../graph-service/src/interchange/exportTables.ts';
import type { SerializedGraph } from '../../graph-service/src/interchange/graphTypes.ts';
import type { ImportFile } from '../../graph-service/src/interchange/read.ts';
import { generateDataset } from '../support/generate.ts';

/** Rows per organisation in generated data (nodes + ties), as the import bench measured. */
const ROWS_PER_ORGANISATION = 7.78;

export function largeImportFiles(rows: number): { files: ImportFile[]; nodes: number; ties: number; total: number } {
  const dataset = generateDataset({ organisations: Math.round(rows / ROWS_PER_ORGANISATION), seed: 7 });
  const graph: SerializedGraph = {
    attributes: {},
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    nodes: dataset.nodes.map(({ label, ...properties }) => ({ key: properties.id, attributes: { ...properties, nodeType: label } })),
    edges: dataset.ties.map(({ type, from, to, ...properties }) => ({ key: properties.id, source: from, target: to, attributes: { ...properties, tieType: type } })),
  };
  const elements = elementsTable(graph);
  const connections = connectionsTable(graph);
  return {
    files: [
      { bytes: Buffer.from(writeCsv(elements.headers, elements.rows)), name: 'elements.csv', kind: 'elements' },
      { bytes: Buffer.from(writeCsv(connections.headers, connections.rows)), name: 'connections.csv', kind: 'connections' },
    ],
    nodes: dataset.nodes.length, ties: dataset.ties.length, total: dataset.nodes.length + dataset.ties.length,
  };
}
