/** Shapes shared by the readers, the column mapping and the import plan. */
import type { NodeLabel, PropertyValue, TieType } from '../model/model.ts';

export { FORMATS, type Format } from '../contract/lists.ts';

/** The two-table convention: a table of elements (nodes) and a table of connections (ties). */
export type TableKind = 'elements' | 'connections';

/** What one cell can hold once a reader has decoded it (lists only come from graph formats). */
export type CellValue = string | number | boolean | Date | string[] | null;

export interface RawRow {
  /** Where a person finds the row: the line in a CSV, the row in a sheet, the position in a graph file. */
  line: number;
  cells: CellValue[];
  /** A graph file's edge that its structure makes directed (a directed graph's edge), as opposed to an attribute saying so. */
  directed?: boolean;
}

/** A table as read from a file, before its headers are understood. */
export interface RawTable {
  kind: TableKind;
  /** Names the table in messages, e.g. `sheet "Elements"` or `file "orgs.csv"`. */
  origin: string;
  headers: string[];
  rows: RawRow[];
  /** Whether cells carry their own types (XLSX, graph files); in CSV everything is text and numbers are inferred. */
  typed: boolean;
}

export interface ParsedTables {
  tables: RawTable[];
  /** Problems with the file as a whole (e.g. a formula without a saved result); any stops the commit. */
  problems: string[];
  /** Things worth telling the user that do not stop the import (e.g. a formula's cached value was used). */
  notes: string[];
}

/** Where a row came from, for the dry-run table. */
export interface RowRef {
  kind: TableKind;
  origin: string;
  line: number;
}

/** What every row of either table carries besides its own fields. */
interface RowBase {
  ref: RowRef;
  id?: string;
  source?: string;
  since?: string;
  until?: string;
  lastConfirmed?: string;
  /** How the dates are known (model/time.ts). */
  dateBasis?: string;
  /** Who last confirmed it. */
  confirmedBy?: string;
  properties: Record<string, PropertyValue>;
  /** Why the row cannot be imported; empty when it can. */
  problems: string[];
  notes: string[];
}

export interface ElementRow extends RowBase {
  /** The file's id when it breaks the map's id rule ("Evelyn Jefferson"): kept as the importedId property, and ties find the element by it. */
  importedId?: string;
  /** The name is the id, for want of a label (an edge list's ends, an unlabelled node): it never renames an element the map has. */
  nameFromId?: boolean;
  label?: NodeLabel;
  name?: string;
  description?: string;
  aliases: string[];
  tags: string[];
  /** Theme ids or names named in the row; each becomes a WORKS_ON tie. */
  themes: string[];
  /** An area id or name; becomes a LOCATED_IN tie. */
  area?: string;
}

export interface ConnectionRow extends RowBase {
  type?: TieType;
  /** The file's own word for the type when it is not the model's name ("partnership", "runs"): a plain tie keeps it as its label. */
  typeWord?: string;
  /** Whether `typeWord` is one of the model's import synonyms for `type` (else `type` is the plain tie). */
  typeMatched?: boolean;
  /** An element id or name, resolved against the file and the atlas when planning. */
  from?: string;
  to?: string;
}

/** How each header was understood; shown to the user so a wrong guess can be corrected. */
export interface ColumnUse {
  kind: TableKind;
  origin: string;
  header: string;
  /** A field of the convention (e.g. "name"), "property:<name>", or "ignored". */
  use: string;
  note?: string;
}

export interface ImportInput {
  elements: ElementRow[];
  connections: ConnectionRow[];
  columns: ColumnUse[];
  /** Problems with a whole file or column; any of them stops the commit. */
  problems: string[];
  notes: string[];
}

/** Per table: header (as in the file) → field of the convention, a property name, or null to ignore. */
export interface ColumnMapping {
  elements?: Record<string, string | null>;
  connections?: Record<string, string | null>;
}
