/**
 * XLSX workbooks in the two-table layout: a sheet of elements and a sheet of connections (named
 * so, or told apart by their headers). Formula cells are never evaluated: the value the
 * spreadsheet program saved with the formula is read (and noted); a formula saved without a value,
 * or one that ended in an error (#N/A, #REF!), stops the import with the cell's address.
 */
import ExcelJS from 'exceljs';
import { kindOfHeaders } from './columns.ts';
import { InterchangeError } from './errors.ts';
import { neutraliseFormula } from './formula.ts';
import { checkColumns, checkRows, checkUnpacked } from './limits.ts';
import { readZipDirectory } from './zipDirectory.ts';
import type { CellValue, ParsedTables, RawTable, TableKind } from './types.ts';

export interface XlsxReadOptions {
  name?: string;
}

const SHEET_KINDS: Record<string, TableKind> = {
  elements: 'elements', element: 'elements', nodes: 'elements', node: 'elements', organisations: 'elements', entities: 'elements',
  connections: 'connections', connection: 'connections', edges: 'connections', edge: 'connections', ties: 'connections', links: 'connections', relationships: 'connections',
};

type Outcome = { value: CellValue } | { problem: string };

function plainValue(value: ExcelJS.CellValue): CellValue | undefined {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('');
  if (typeof value === 'object' && 'hyperlink' in value) return typeof value.text === 'string' ? value.text : plainValue(value.text as ExcelJS.CellValue) ?? null;
  return undefined;
}

function cellValue(cell: ExcelJS.Cell, notes: string[], where: string): Outcome {
  const value = cell.value;
  if (value && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value)) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    if (result === undefined || result === null) return { problem: `${where} cell ${cell.address} is a formula with no saved result; open the file in a spreadsheet program and save it, or paste the values in place of the formulas` };
    if (typeof result === 'object' && 'error' in result) return { problem: `${where} cell ${cell.address} is a formula that ended in the error ${result.error}; fix or clear it` };
    notes.push(`${where} cell ${cell.address} is a formula; its saved value was imported, the formula itself was not`);
    return { value: plainValue(result as ExcelJS.CellValue) ?? String(result) };
  }
  if (value && typeof value === 'object' && 'error' in value) return { problem: `${where} cell ${cell.address} holds the error ${value.error}; fix or clear it` };
  const plain = plainValue(value);
  return plain === undefined ? { problem: `${where} cell ${cell.address} holds something Atlas cannot read` } : { value: plain };
}

export async function readXlsx(bytes: Uint8Array, options: XlsxReadOptions = {}): Promise<ParsedTables> {
  const what = `XLSX ${options.name ?? 'workbook'}`;
  if (bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new InterchangeError(`${what}: this is an old Excel 97-2003 (.xls) file. Save it as .xlsx (Excel Workbook) and import that.`);
  }
  if (!(bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b)) {
    throw new InterchangeError(`${what}: this is not an XLSX workbook (an XLSX file is a zip archive). If it is CSV, choose the CSV format.`);
  }
  const directory = readZipDirectory(bytes, what);
  checkUnpacked(directory.unpackedBytes, directory.entries, what);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (error) {
    throw new InterchangeError(`${what}: the workbook could not be opened (${(error as Error).message.slice(0, 200)}). Open it in a spreadsheet program, save it as .xlsx again and retry.`);
  }
  const tables: RawTable[] = [];
  const problems: string[] = [];
  const notes: string[] = [];
  let rowsSeen = 0;
  workbook.eachSheet((sheet) => {
    if (sheet.actualRowCount === 0) return;
    const where = `sheet "${sheet.name}"`;
    const grid: { line: number; cells: CellValue[] }[] = [];
    // Read once: actualColumnCount walks every row, so asking per row made reading quadratic.
    const width = sheet.actualColumnCount;
    checkColumns(width, `${what} ${where}`);
    rowsSeen += sheet.actualRowCount;
    checkRows(rowsSeen, what);
    sheet.eachRow({ includeEmpty: false }, (row, line) => {
      const cells: CellValue[] = [];
      for (let column = 1; column <= Math.max(row.cellCount, width); column++) {
        const outcome = cellValue(row.getCell(column), notes, where);
        if ('problem' in outcome) problems.push(outcome.problem);
        cells.push('value' in outcome ? outcome.value : null);
      }
      grid.push({ line, cells });
    });
    if (grid.length === 0) return;
    const [header, ...rows] = grid;
    const headers = header.cells.map((c) => (c === null ? '' : String(c).trim()));
    while (headers.length > 0 && headers[headers.length - 1] === '') headers.pop();
    const kind = SHEET_KINDS[sheet.name.trim().toLowerCase()] ?? kindOfHeaders(headers);
    tables.push({ kind, origin: where, headers, rows, typed: true });
  });
  if (tables.length === 0) throw new InterchangeError(`${what}: every sheet is empty; put elements in one sheet and connections in another, each with a header row.`);
  return { tables, problems, notes };
}

export interface SheetData {
  name: string;
  headers: string[];
  rows: (string | number | boolean | null | undefined)[][];
}

/** A workbook with one sheet per table; text that a spreadsheet would run as a formula is neutralised. */
export async function writeXlsx(sheets: SheetData[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Alliance Atlas';
  for (const data of sheets) {
    const sheet = workbook.addWorksheet(data.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRow(data.headers.map(neutraliseFormula)).font = { bold: true };
    for (const row of data.rows) sheet.addRow(row.map((cell) => (typeof cell === 'string' ? neutraliseFormula(cell) : cell ?? null)));
    for (const [i, column] of sheet.columns.entries()) column.width = Math.min(60, Math.max(10, data.headers[i]?.length ?? 10));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
