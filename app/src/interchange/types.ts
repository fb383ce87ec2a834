/**
 * The import plan and the import/export lists, taken from the service's contract and model (see
 * graph-service/API.md, "Import and export"); nothing here is typed by hand.
 */
import type { Format, Imports } from '../../../graph-service/src/contract/types';

export { FILE_EXTENSIONS, OUTCOMES, type Outcome } from '../../../graph-service/src/contract/lists';
export { CONNECTION_FIELDS, ELEMENT_FIELDS } from '../../../graph-service/src/interchange/columns';
export { NODE_LABELS as NODE_TYPES, TIE_TYPE_NAMES as TIE_TYPES } from '../../../graph-service/src/model/model';
export type { Format };

/** The dry run's answer, one of its rows, and how a column was understood. */
export type ImportPlan = Imports['plan'];
export type PlanRow = Imports['row'];
export type ColumnUse = Imports['column'];

export interface ChosenFile {
  file: File;
  format: Format | null;
  /** For CSV: which table; null lets the service tell from the headers. */
  table: 'elements' | 'connections' | null;
}

/** A commit's answer; per table, header → field, property or null to ignore; the JSON upload body. */
export type CommitResult = Imports['commit'];
export type ColumnMapping = Imports['mapping'];
export type ImportFilesBody = Imports['filesBody'];
