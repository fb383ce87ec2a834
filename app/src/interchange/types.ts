/** The import plan as the API answers it (see graph-service/API.md, "Import and export"). */
export type Outcome = 'created' | 'updated' | 'unchanged' | 'merged' | 'rejected';
export const OUTCOMES: Outcome[] = ['created', 'updated', 'merged', 'unchanged', 'rejected'];

export interface PlanRow {
  record: 'element' | 'connection';
  kind: 'elements' | 'connections';
  origin: string;
  line: number;
  outcome: Outcome;
  id?: string;
  name?: string;
  type?: string;
  from?: string;
  to?: string;
  matchedBy?: string;
  into?: { id: string; name: string };
  changes?: string[];
  reasons: string[];
  notes: string[];
}

export interface ColumnUse {
  kind: 'elements' | 'connections';
  origin: string;
  header: string;
  use: string;
  note?: string;
}

export interface ImportPlan {
  committable: boolean;
  problems: string[];
  notes: string[];
  columns: ColumnUse[];
  summary: Record<'elements' | 'connections', Record<Outcome, number>>;
  rows: PlanRow[];
}

export interface CommitResult {
  plan: ImportPlan;
  written: { nodesCreated: number; nodesUpdated: number; tiesCreated: number; tiesUpdated: number };
}

export type Format = 'csv' | 'xlsx' | 'gexf' | 'graphml' | 'json';

export interface ChosenFile {
  file: File;
  format: Format | null;
  /** For CSV: which table; null lets the service tell from the headers. */
  table: 'elements' | 'connections' | null;
}

/** Per table: header → field, property name, or null to ignore. */
export type ColumnMapping = Partial<Record<'elements' | 'connections', Record<string, string | null>>>;

export const ELEMENT_FIELDS = ['id', 'name', 'type', 'description', 'aliases', 'tags', 'themes', 'area', 'source', 'since', 'until', 'lastConfirmed'];
export const CONNECTION_FIELDS = ['id', 'from', 'to', 'type', 'source', 'since', 'until', 'lastConfirmed'];
export { NODE_LABELS as NODE_TYPES, TIE_TYPE_NAMES as TIE_TYPES } from '../../../graph-service/src/model/model';
