/**
 * Lists the API is built on that the app needs as values: plain data (no TypeBox), so the app
 * imports them without pulling the schemas into its bundle.
 */

/** What an import row becomes, in the order the plan's summary counts them and the app lists them. */
export const OUTCOMES = ['created', 'updated', 'unchanged', 'merged', 'rejected'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/**
 * What a commit does with rejected rows: refuse the whole import (the default: all or nothing), or
 * skip them, writing the valid rows in the same one transaction and giving the rejected ones back as a CSV.
 */
export const REJECTED_ROWS = ['refuse', 'skip'] as const;
export type RejectedRows = (typeof REJECTED_ROWS)[number];

/** The file formats import and export speak. */
export const FORMATS = ['csv', 'xlsx', 'gexf', 'graphml', 'json'] as const;
export type Format = (typeof FORMATS)[number];

/** The shapes a JSON export comes in: graphology's serialised graph, or node-link (networkx, d3). */
export const JSON_STYLES = ['graphology', 'node-link'] as const;
export type JsonStyle = (typeof JSON_STYLES)[number];

/** Extensions that name a format besides the formats' own: tab-separated and plain text read as CSV. */
const OTHER_EXTENSIONS: Readonly<Record<string, Format>> = { tsv: 'csv', txt: 'csv' };

/** Every extension `formatFromName` knows, for a file picker's `accept`. */
export const FILE_EXTENSIONS: readonly string[] = [...FORMATS, ...Object.keys(OTHER_EXTENSIONS)];

/** The format a file name's extension names, or null when it names none (the service then looks at the bytes). */
export function formatFromName(name: string | undefined): Format | null {
  const extension = name?.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  if (!extension) return null;
  if ((FORMATS as readonly string[]).includes(extension)) return extension as Format;
  return OTHER_EXTENSIONS[extension] ?? null;
}
