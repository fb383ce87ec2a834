/**
 * The import plan and the import/export lists, taken from the service's contract and model (see
 * graph-service/API.md, "Import and export"); nothing here is typed by hand.
 */
import type { Static } from 'typebox';
import type {
  ColumnMapping as ColumnMappingSchema, ColumnUse as ColumnUseSchema, CommitResult as CommitResultSchema,
  FilesBody, ImportPlan as ImportPlanSchema, PlanRow as PlanRowSchema,
} from '../../../graph-service/src/contract/interchange';
import type { Format } from '../../../graph-service/src/contract/lists';

export { OUTCOMES, type Outcome } from '../../../graph-service/src/contract/lists';
export { CONNECTION_FIELDS, ELEMENT_FIELDS } from '../../../graph-service/src/interchange/columns';
export { NODE_LABELS as NODE_TYPES, TIE_TYPE_NAMES as TIE_TYPES } from '../../../graph-service/src/model/model';
export type { Format };

export type PlanRow = Static<typeof PlanRowSchema>;
export type ColumnUse = Static<typeof ColumnUseSchema>;
export type ImportPlan = Static<typeof ImportPlanSchema>;
export type CommitResult = Static<typeof CommitResultSchema>;
/** Per table: header → field, property name, or null to ignore. */
export type ColumnMapping = Static<typeof ColumnMappingSchema>;
/** The JSON body of /api/import/files/preview and /commit. */
export type ImportFilesBody = Static<typeof FilesBody>;

export interface ChosenFile {
  file: File;
  format: Format | null;
  /** For CSV: which table; null lets the service tell from the headers. */
  table: 'elements' | 'connections' | null;
}
