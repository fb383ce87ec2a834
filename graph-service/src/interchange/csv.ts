/** CSV in the two-table layout: one file per table, comma, semicolon or tab separated, UTF-8. */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { kindOfHeaders } from './columns.ts';
import { decodeText } from './decode.ts';
import { InterchangeError } from './errors.ts';
import { neutraliseFormula } from './formula.ts';
import { checkColumns, checkRows } from './limits.ts';
import type { RawTable, TableKind } from './types.ts';

export interface CsvReadOptions {
  /** The file's name, for messages. */
  name?: string;
  /** Which table the file holds; guessed from its headers when not given. */
  kind?: TableKind;
}

export const csvReadDefaults: Required<Omit<CsvReadOptions, 'kind'>> = { name: 'the CSV file' };

/** The separator that splits the header line into the most columns, outside quotes. */
function guessDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/)).replace(/"[^"]*"/g, '');
  let best = ',';
  let bestCount = 0;
  for (const candidate of [',', ';', '\t']) {
    const count = firstLine.split(candidate).length - 1;
    if (count > bestCount) [best, bestCount] = [candidate, count];
  }
  return best;
}

export function readCsv(bytes: Uint8Array, options: CsvReadOptions = {}): RawTable {
  const { name } = { ...csvReadDefaults, ...options };
  const what = `CSV ${name}`;
  const text = decodeText(bytes, what);
  if (text.trim() === '') throw new InterchangeError(`${what}: the file is empty; it needs a header line and one row per element or connection.`);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { delimiter: guessDelimiter(text), relax_column_count: true, skip_empty_lines: true, info: true, bom: true }) as unknown as typeof records;
  } catch (error) {
    const e = error as Error & { lines?: number };
    throw new InterchangeError(`${what}: line ${e.lines ?? '?'}: ${e.message.replace(/^Invalid [^:]*: /, '')}. Check the quotes on that line.`);
  }
  checkRows(records.length - 1, what);
  const [header, ...rows] = records;
  checkColumns(header.record.length, what);
  const headers = header.record.map((h) => h.trim());
  if (headers.every((h) => h === '')) throw new InterchangeError(`${what}: the first line must name the columns (e.g. id,label,type,description).`);
  return {
    kind: options.kind ?? kindOfHeaders(headers),
    origin: name === csvReadDefaults.name ? 'CSV' : `CSV "${name}"`,
    headers,
    typed: false,
    rows: rows.map(({ record, info }) => ({ line: info.lines, cells: record.map((c) => (c === '' ? null : c)) })),
  };
}

/** A table as CSV text; cells that a spreadsheet would run as formulas are neutralised. */
export function writeCsv(headers: string[], rows: (string | number | boolean | null | undefined)[][]): string {
  const safe = rows.map((row) => row.map((cell) => (typeof cell === 'string' ? neutraliseFormula(cell) : cell ?? '')));
  return stringify([headers.map(neutraliseFormula), ...safe], { cast: { boolean: (v) => String(v) } });
}
