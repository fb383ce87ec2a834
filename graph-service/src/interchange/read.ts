/**
 * Reads one or more uploaded files (e.g. an elements CSV and a connections CSV, or one workbook)
 * into rows ready for planning. Pure: no database.
 */
import { planColumns } from './columns.ts';
import { readCsv } from './csv.ts';
import { InterchangeError } from './errors.ts';
import { readGexf } from './gexf.ts';
import { readGraphml } from './graphml.ts';
import { readJson } from './json.ts';
import { checkColumns, checkProperties, checkRows, checkSize } from './limits.ts';
import { connectionRows, elementRows, type RowOptions } from './rows.ts';
import { formatFromName } from '../contract/lists.ts';
import type { ColumnMapping, Format, ImportInput, ParsedTables, RawTable, TableKind } from './types.ts';
import { readXlsx } from './xlsx.ts';
import { endElements } from './endElements.ts';
import { PLAIN_TIE_TYPE, PROPOSED_NODE_TYPE } from './typeNames.ts';
import type { ColumnPlan } from './columns.ts';

/** A file without types gets the proposed ones (said in a note), unless the user chose a type for the file. */
function withProposedTypes(table: RawTable, plan: ColumnPlan, options: RowOptions, notes: string[]): RowOptions {
  const { kind, origin } = table;
  // A type column left empty in every row (Gephi's edge Label) says no more than none.
  const column = plan.uses.findIndex((u) => u !== null && 'field' in u && u.field === 'type');
  if (column >= 0 && table.rows.some((r) => r.cells[column] !== null && r.cells[column] !== '')) return options;
  if (kind === 'elements' && options.defaultNodeType === undefined) {
    notes.push(`interchange: ${origin} has no type column, so its elements are proposed as ${PROPOSED_NODE_TYPE}; choose a type for the file to change it.`);
    return { ...options, defaultNodeType: PROPOSED_NODE_TYPE };
  }
  if (kind === 'connections' && options.defaultTieType === undefined) {
    notes.push(`interchange: ${origin} has no type column, so its connections are proposed as ${PLAIN_TIE_TYPE}; choose a type for the file to change it.`);
    return { ...options, defaultTieType: PLAIN_TIE_TYPE };
  }
  return options;
}

export interface ImportFile {
  bytes: Uint8Array;
  /** The file's name, for messages and to guess the format. */
  name?: string;
  format?: Format;
  /** For CSV: which table the file holds; guessed from the headers otherwise. */
  kind?: TableKind;
}

export interface ReadImportOptions extends RowOptions {
  mapping?: ColumnMapping;
}

export const readImportDefaults: ReadImportOptions = { mapping: {} };

/** The format from the file name's extension, else from the first bytes. */
export function detectFormat(bytes: Uint8Array, name?: string): Format {
  const named = formatFromName(name);
  if (named) return named;
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'xlsx';
  const head = new TextDecoder().decode(bytes.subarray(0, 2048)).replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('{')) return 'json';
  if (head.startsWith('<')) return /<graphml[\s>]/.test(head) ? 'graphml' : 'gexf';
  return 'csv';
}

export async function readTables(file: ImportFile): Promise<ParsedTables> {
  const format = file.format ?? detectFormat(file.bytes, file.name);
  checkSize(format, file.bytes.length, file.name ? `"${file.name}"` : undefined);
  if (file.bytes.length === 0) throw new InterchangeError(`interchange: ${file.name ? `"${file.name}"` : 'the file'} is empty.`);
  switch (format) {
    case 'csv': return { tables: [readCsv(file.bytes, { name: file.name, kind: file.kind })], problems: [], notes: [] };
    case 'xlsx': return readXlsx(file.bytes, { name: file.name });
    case 'gexf': return readGexf(file.bytes, { name: file.name });
    case 'graphml': return readGraphml(file.bytes, { name: file.name });
    case 'json': return readJson(file.bytes, { name: file.name });
  }
}

export async function readImport(files: ImportFile[], options: ReadImportOptions = {}): Promise<ImportInput> {
  const { mapping, ...rowOptions } = { ...readImportDefaults, ...options };
  if (files.length === 0) throw new InterchangeError('interchange: no file was given; upload an elements table, a connections table, or both.');
  const input: ImportInput = { elements: [], connections: [], columns: [], problems: [], notes: [] };
  const propertyNames = new Set<string>();
  let rows = 0;
  for (const file of files) {
    const parsed = await readTables(file);
    input.problems.push(...parsed.problems);
    input.notes.push(...parsed.notes);
    for (const table of parsed.tables) {
      const what = files.length > 1 ? 'interchange: the files' : `interchange: ${table.origin}`;
      checkColumns(table.headers.length, `interchange: ${table.origin}`);
      rows += table.rows.length;
      checkRows(rows, what);
      const plan = planColumns(table, mapping);
      for (const use of plan.uses) if (use && 'property' in use) propertyNames.add(use.property);
      checkProperties(propertyNames.size, what);
      input.columns.push(...plan.report);
      input.problems.push(...plan.problems);
      if (plan.problems.length > 0) continue;
      const options = withProposedTypes(table, plan, rowOptions, input.notes);
      if (table.kind === 'elements') input.elements.push(...elementRows(table, plan, options));
      else input.connections.push(...connectionRows(table, plan, options));
    }
  }
  if (input.elements.length === 0 && input.connections.length > 0) {
    const label = rowOptions.defaultNodeType ?? PROPOSED_NODE_TYPE;
    input.elements.push(...endElements(input.connections, label));
    input.notes.push(`interchange: the file(s) have connections only, so each end becomes an element (a ${label}) named by it, unless the map already has it.`);
  }
  return input;
}
