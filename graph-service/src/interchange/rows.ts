/** Reads the rows of a mapped table into elements and connections, collecting each row's problems. */
import type { NodeLabel, PropertyValue, TieType } from '../model/model.ts';
import { cellDate, cellList, cellProperty, cellText, type Cell } from './cells.ts';
import type { ColumnPlan } from './columns.ts';
import { NODE_ID_PATTERN, TIE_ROW_ID } from '../model/rules/ids.ts';
import { SIZES } from '../model/rules/sizes.ts';
import { DIRECTION_WORDS } from './columns.ts';
import { tieDirection } from './exportGraph.ts';
import { UNDIRECTED } from './graphTables.ts';
import { matchNodeLabel, matchTieType, PLAIN_TIE_TYPE, typeKey, type TypeMatch } from './typeNames.ts';
import type { CellValue, ConnectionRow, ElementRow, RawTable, RowRef } from './types.ts';

export interface RowOptions {
  /** Type for elements whose row gives none (e.g. a Gephi file without a type attribute). */
  defaultNodeType?: NodeLabel;
  /** Type for connections whose row gives none. */
  defaultTieType?: TieType;
}

interface RowReader {
  /** The graph file made the row's edge directed (RawRow.directed). */
  directedInFile?: boolean;
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
    } else {
      // Reserved names (mergedIds, version, ...) are kept: the write rules refuse them, as the API does.
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

/** An element's id follows the API's node id rule; a connection's may also hold the "->" of tie ids. */
const ID_RULES = {
  elements: { pattern: new RegExp(NODE_ID_PATTERN), characters: ': _ . -' },
  connections: { pattern: TIE_ROW_ID, characters: ': _ . - >' },
} as const;

/**
 * The row's id, and the file's own id when it breaks the map's id rule: an element then gets an id
 * of Atlas's own and keeps the file's as `importedId` (ties name it by either); a connection's is dropped.
 */
function takeId(reader: RowReader, kind: RowRef['kind']): { id?: string; importedId?: string } {
  const id = take(reader, 'id', cellText);
  const rule = ID_RULES[kind];
  if (id === undefined || rule.pattern.test(id)) return { id };
  const allowed = `may hold only letters, digits and ${rule.characters} (at most ${SIZES.nodeId}), starting with a letter or digit`;
  if (kind === 'connections') {
    reader.notes.push(`id "${id}" is not used (a map's ids ${allowed}); the tie gets an id of its own`);
    return {};
  }
  reader.notes.push(`id "${id}" is kept as importedId (a map's ids ${allowed}); the element gets an id of its own`);
  return { importedId: id };
}

/**
 * Gephi's Directed/Undirected/Mutual: a tie whose direction differs from its type's says so in its
 * properties. Without a direction cell, a directed graph file's edge that came without a model
 * type (yEd's, a networkx DiGraph's) is a directed plain tie; one the file typed keeps its type's.
 */
function takeDirection(reader: RowReader, tieType: TieType | undefined, typedByFile: boolean): void {
  const word = take(reader, 'direction', cellText);
  if (word === undefined) {
    if (reader.directedInFile && !typedByFile && tieDirection({ tieType }) === 'undirected') Object.assign(reader.properties, { directed: true });
    return;
  }
  const directed = DIRECTION_WORDS[word.toLowerCase() as keyof typeof DIRECTION_WORDS];
  if (directed === undefined) reader.problems.push(`direction "${word}" is not Directed or Undirected`);
  // Stored only where it differs from the tie type's own direction (our files write the type's on every tie).
  else if ((directed ? 'directed' : 'undirected') !== tieDirection({ tieType })) Object.assign(reader.properties, directed ? { directed: true } : UNDIRECTED);
}

/** A connection's type: the model's (by name or synonym), else the plain tie keeping the file's word. */
function takeTieType(reader: RowReader, fallback: TieType | undefined): Pick<ConnectionRow, 'type' | 'typeWord' | 'typeMatched'> & { typedByFile?: boolean } {
  const entry = reader.fields.get('type');
  const text = entry ? cellText(entry.cell, entry.header) : {};
  if (text.problem || text.value === undefined) {
    if (text.problem) reader.problems.push(text.problem);
    else if (fallback === undefined) reader.problems.push('type is missing; give each connection a type (MEMBER_OF, WORKS_ON, FUNDS, ...) or choose a default type for the file');
    return { type: text.problem ? undefined : fallback };
  }
  const found = matchTieType(text.value);
  if (!found.ok) return { type: PLAIN_TIE_TYPE, typeWord: text.value, typeMatched: false };
  return typeKey(text.value) === typeKey(found.value) ? { type: found.value, typedByFile: true } : { type: found.value, typeWord: text.value, typeMatched: true, typedByFile: true };
}

/** The row's type: the cell's, matched forgivingly, else the file's default. */
function takeType<T>(reader: RowReader, match: (text: string) => TypeMatch<T>, fallback: T | undefined, missing: string): T | undefined {
  const text = take(reader, 'type', cellText);
  if (text === undefined) {
    if (fallback === undefined) reader.problems.push(missing);
    return fallback;
  }
  const found = match(text);
  if (found.ok) return found.value;
  reader.problems.push(found.reason);
  return undefined;
}

/** Each non-empty row of a table, read and handed to `build` with its place in the file. */
function readRows<T>(table: RawTable, plan: ColumnPlan, build: (reader: RowReader, ref: RowRef) => T): T[] {
  return table.rows
    .filter((row) => row.cells.some((c) => c !== null && c !== ''))
    .map((row) => build({ ...readRow(table, plan, row.cells), directedInFile: row.directed }, { kind: table.kind, origin: table.origin, line: row.line }));
}

/** Provenance, the same on both tables. */
function takeProvenance(reader: RowReader): Pick<ElementRow, 'source' | 'since' | 'until' | 'lastConfirmed' | 'dateBasis' | 'confirmedBy'> {
  return {
    source: take(reader, 'source', cellText), since: take(reader, 'since', cellDate), until: take(reader, 'until', cellDate),
    lastConfirmed: take(reader, 'lastConfirmed', cellDate), dateBasis: take(reader, 'dateBasis', cellText),
    confirmedBy: take(reader, 'confirmedBy', cellText),
  };
}

export function elementRows(table: RawTable, plan: ColumnPlan, options: RowOptions = {}): ElementRow[] {
  return readRows(table, plan, (reader, ref) => {
    const label = takeType(reader, matchNodeLabel, options.defaultNodeType, 'type is missing; give each element a type (Organisation, Person, Theme, ...) or choose a default type for the file');
    const ids = takeId(reader, ref.kind);
    // An unlabelled node (networkx, igraph, an edge list) is named by its id.
    const named = take(reader, 'name', cellText);
    const name = named ?? ids.id ?? ids.importedId;
    if (name === undefined) reader.problems.push('name is missing');
    return {
      ref, ...ids, label, name, ...(named === undefined && name !== undefined ? { nameFromId: true } : {}),
      description: take(reader, 'description', cellText),
      aliases: take(reader, 'aliases', cellList) ?? [],
      tags: take(reader, 'tags', cellList) ?? [],
      themes: take(reader, 'themes', cellList) ?? [],
      area: take(reader, 'area', cellText),
      ...takeProvenance(reader),
      properties: reader.properties, problems: reader.problems, notes: reader.notes,
    };
  });
}

export function connectionRows(table: RawTable, plan: ColumnPlan, options: RowOptions = {}): ConnectionRow[] {
  return readRows(table, plan, (reader, ref) => {
    const { typedByFile, ...type } = takeTieType(reader, options.defaultTieType);
    const from = take(reader, 'from', cellText);
    const to = take(reader, 'to', cellText);
    if (from === undefined) reader.problems.push('"from" is missing');
    if (to === undefined) reader.problems.push('"to" is missing');
    takeDirection(reader, type.type, typedByFile === true);
    return { ref, ...takeId(reader, ref.kind), ...type, from, to, ...takeProvenance(reader), properties: reader.properties, problems: reader.problems, notes: reader.notes };
  });
}
