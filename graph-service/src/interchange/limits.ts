/**
 * Every limit an import keeps to, in one list: what the service documents (API.md, README) and
 * what every reader checks. Each refusal names the limit and how to split the file. Spreadsheets
 * of a few thousand rows are well under a megabyte; these leave room for 100,000-row imports while
 * keeping one request's memory and time bounded.
 */
import type { Format } from './types.ts';
import { FileTooLargeError } from './errors.ts';

const MiB = 1024 * 1024;

export const SIZE_LIMITS: Record<Format, number> = {
  csv: 20 * MiB,
  // An XLSX is compressed: 10 MiB unpacks to far more cells than 20 MiB of CSV.
  xlsx: 10 * MiB,
  gexf: 40 * MiB,
  graphml: 40 * MiB,
  json: 40 * MiB,
};

export const IMPORT_LIMITS = {
  /** Rows of one import, elements and connections together (a GEXF's nodes and edges). */
  rows: 100_000,
  /** Columns of one table (a graph file's distinct attributes). */
  columns: 250,
  /** Distinct property names (columns that are not fields of the convention) per import. */
  properties: 200,
  /** How deep JSON and XML may nest: graph files need about 6 levels. */
  depth: 64,
  /** What an XLSX may unpack to, read from its zip directory before anything is unpacked. */
  xlsxUnpacked: 150 * MiB,
  /** Entries in an XLSX's zip (a workbook has one per sheet and a dozen more). */
  xlsxEntries: 2_000,
  /** Heap one reading worker may use before it is stopped. */
  workerHeapMb: 1_024,
  /** Time one file may take to read before its worker is stopped. */
  readSeconds: 60,
  /** Imports (previews and commits) one caller may run at once, and the service altogether. */
  concurrentPerCaller: 2,
  concurrentOverall: 4,
} as const;

export function formatSize(bytes: number): string {
  return bytes >= MiB ? `${(bytes / MiB).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}

const count = (n: number) => n.toLocaleString('en-GB');
const SPLIT = 'Split it into smaller files and import them one after another';

export function checkSize(format: Format, bytes: number, name = 'the file'): void {
  if (bytes > SIZE_LIMITS[format]) {
    throw new FileTooLargeError(`interchange: ${name} is ${formatSize(bytes)}; ${format.toUpperCase()} imports are limited to ${formatSize(SIZE_LIMITS[format])}. ${SPLIT}.`);
  }
}

export function checkRows(rows: number, what: string): void {
  if (rows > IMPORT_LIMITS.rows) {
    throw new FileTooLargeError(`${what}: ${count(rows)} rows; one import takes at most ${count(IMPORT_LIMITS.rows)} rows (elements and connections together). ${SPLIT} (elements first, then connections).`);
  }
}

export function checkColumns(columns: number, what: string): void {
  if (columns > IMPORT_LIMITS.columns) {
    throw new FileTooLargeError(`${what}: ${count(columns)} columns; a table may have at most ${count(IMPORT_LIMITS.columns)}. Remove the columns you do not need, or split them into several files that share the id column.`);
  }
}

export function checkProperties(names: number, what: string): void {
  if (names > IMPORT_LIMITS.properties) {
    throw new FileTooLargeError(`${what}: ${count(names)} different property names; one import may bring at most ${count(IMPORT_LIMITS.properties)} (every new name stays in the database for good). Remove the columns you do not need, or map them to be ignored, or import them in several files.`);
  }
}

export function checkDepth(depth: number, what: string): void {
  if (depth > IMPORT_LIMITS.depth) {
    throw new FileTooLargeError(`${what}: the file nests more than ${IMPORT_LIMITS.depth} levels deep; graph files need about 6. Export it again as a flat list of nodes and edges.`);
  }
}

export function checkUnpacked(bytes: number, entries: number, what: string): void {
  if (entries > IMPORT_LIMITS.xlsxEntries) {
    throw new FileTooLargeError(`${what}: the workbook's zip holds ${count(entries)} entries; an XLSX may hold at most ${count(IMPORT_LIMITS.xlsxEntries)}. Save it again from a spreadsheet program, or split its sheets into several workbooks.`);
  }
  if (bytes > IMPORT_LIMITS.xlsxUnpacked) {
    throw new FileTooLargeError(`${what}: the workbook unpacks to ${formatSize(bytes)}; an XLSX may unpack to at most ${formatSize(IMPORT_LIMITS.xlsxUnpacked)}. ${SPLIT}, or save the sheets as CSV.`);
  }
}

/** The limits in words, for the API's documentation and error pages. */
export function limitsInWords(): string {
  return `${Object.entries(SIZE_LIMITS).map(([f, b]) => `${f.toUpperCase()} ${formatSize(b)}`).join(', ')}; at most ${count(IMPORT_LIMITS.rows)} rows, ${IMPORT_LIMITS.columns} columns per table and ${IMPORT_LIMITS.properties} property names per import; JSON and XML nested at most ${IMPORT_LIMITS.depth} deep; an XLSX unpacking to at most ${formatSize(IMPORT_LIMITS.xlsxUnpacked)} in ${count(IMPORT_LIMITS.xlsxEntries)} entries`;
}
