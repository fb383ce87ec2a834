/** Reads the rows of a mapped table into elements and connections, collecting each row's problems. */
import type { NodeLabel, PropertyValue, TieType } from '../model/model.ts';
import { cellDate, cellList, cellProperty, cellText, type Cell } from './cells.ts';
import type { ColumnPlan } from './columns.ts';
import { matchNodeLabel, matchTieType } from './typeNames.ts';
import type { CellValue, ConnectionRow, ElementRow, RawTable } from './types.ts';

export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9:_.>-]{0,199}$/;
/** Property names Atlas keeps for itself; a column with one of these names is not imported. */
const RESERVED = new Set(['id', 'name', 'label', 'nodeType', 'tieType', 'from', 'to', 'type', 'aliases', 'aliasText', 'seedHash', 'createdAt', 'updatedAt', 'version']);

export interface RowOptions {
  /** Type for elements whose row gives none (e.g. a Gephi file without a type attribute). */
  defaultNodeType?: NodeLabel;
  /** Type for connections whose row gives none. */
  defaultTieType?: TieType;
}

interface RowReader {
  fields: Map<string, { cell: CellValue; header: string }>;
  properties: Record<string, PropertyValue>;
  problems: string[];
  notes: string[];
}

function readRow(table: RawTable, plan: ColumnPlan, cells: CellValue[]): RowReader {
  const reader: RowReader = { fields: new Map(), properties: {}, problems: [], notes: [] };
  if (cells.length > table.headers.length && cells.slice(table.headers.length).some((c) => c !== null && c !== '')) {
    reader.problems.push(`the row has ${cells.length} cells but the table has ${table.headers.length} columns; check for an unquoted separator`);
  }
  for (const [index, use] of plan.uses.entries()) {
    if (use === null) continue;
    const cell = cells[index] ?? null;
    const header = table.headers[index];
    if ('field' in use) {
      reader.fields.set(use.field, { cell, header });
    } else if (!RESERVED.has(use.property)) {
      const value = cellProperty(cell, header, use.list, table.typed);
      if (value.problem) reader.problems.push(value.problem);
      else if (value.value !== undefined && !(Array.isArray(value.value) && value.value.length === 0)) reader.properties[use.property] = value.value;
    }
  }
  return reader;
}

function take<T>(reader: RowReader, field: string, read: (cell: CellValue, column: string) => Cell<T>): T | undefined {
  const entry = reader.fields.get(field);
  if (!entry) return undefined;
  const result = read(entry.cell, entry.header);
  if (result.problem) reader.problems.push(result.problem);
  return result.value;
}

function takeId(reader: RowReader): string | undefined {
  const id = take(reader, 'id', cellText);
  if (id !== undefined && !ID_PATTERN.test(id)) {
    reader.problems.push(`id "${id}" may hold only letters, digits and : _ . - > (at most 200), starting with a letter or digit`);
    return undefined;
  }
  return id;
}

export function elementRows(table: RawTable, plan: ColumnPlan, options: RowOptions = {}): ElementRow[] {
  return table.rows
    .filter((row) => row.cells.some((c) => c !== null && c !== ''))
    .map((row) => {
      const reader = readRow(table, plan, row.cells);
      const typeText = take(reader, 'type', cellText);
      let label: NodeLabel | undefined = options.defaultNodeType;
      if (typeText !== undefined) {
        const match = matchNodeLabel(typeText);
        if (match.ok) label = match.value;
        else reader.problems.push(match.reason);
      } else if (!label) {
        reader.problems.push('type is missing; give each element a type (Organisation, Person, Theme, ...) or choose a default type for the file');
      }
      const name = take(reader, 'name', cellText);
      if (name === undefined) reader.problems.push('name is missing');
      const element: ElementRow = {
        ref: { kind: 'elements', origin: table.origin, line: row.line },
        id: takeId(reader),
        label,
        name,
        description: take(reader, 'description', cellText),
        aliases: take(reader, 'aliases', cellList) ?? [],
        tags: take(reader, 'tags', cellList) ?? [],
        themes: take(reader, 'themes', cellList) ?? [],
        area: take(reader, 'area', cellText),
        source: take(reader, 'source', cellText),
        since: take(reader, 'since', cellDate),
        until: take(reader, 'until', cellDate),
        lastConfirmed: take(reader, 'lastConfirmed', cellDate),
        properties: reader.properties,
        problems: reader.problems,
        notes: reader.notes,
      };
      return element;
    });
}

export function connectionRows(table: RawTable, plan: ColumnPlan, options: RowOptions = {}): ConnectionRow[] {
  return table.rows
    .filter((row) => row.cells.some((c) => c !== null && c !== ''))
    .map((row) => {
      const reader = readRow(table, plan, row.cells);
      const typeText = take(reader, 'type', cellText);
      let type: TieType | undefined = options.defaultTieType;
      if (typeText !== undefined) {
        const match = matchTieType(typeText);
        if (match.ok) type = match.value;
        else reader.problems.push(match.reason);
      } else if (!type) {
        reader.problems.push('type is missing; give each connection a type (MEMBER_OF, WORKS_ON, FUNDS, ...) or choose a default type for the file');
      }
      const from = take(reader, 'from', cellText);
      const to = take(reader, 'to', cellText);
      if (from === undefined) reader.problems.push('"from" is missing');
      if (to === undefined) reader.problems.push('"to" is missing');
      return {
        ref: { kind: 'connections', origin: table.origin, line: row.line },
        id: takeId(reader),
        type,
        from,
        to,
        source: take(reader, 'source', cellText),
        since: take(reader, 'since', cellDate),
        until: take(reader, 'until', cellDate),
        lastConfirmed: take(reader, 'lastConfirmed', cellDate),
        properties: reader.properties,
        problems: reader.problems,
        notes: reader.notes,
      } satisfies ConnectionRow;
    });
}
