/** The dry run's answer and the writes a commit makes from it. */
import type { NodeLabel, PropertyValue, TieType } from '../../model/model.ts';
import type { FieldProblem } from '../../model/problems.ts';
import type { ColumnUse, TableKind } from '../types.ts';

export type Outcome = 'created' | 'updated' | 'unchanged' | 'merged' | 'rejected';
export const OUTCOMES: Outcome[] = ['created', 'updated', 'unchanged', 'merged', 'rejected'];

export interface PlanRow {
  /** What the row becomes: an element, or a connection (also for ties from an element's themes or area column). */
  record: 'element' | 'connection';
  /** The table the row is on. */
  kind: TableKind;
  origin: string;
  line: number;
  outcome: Outcome;
  /** The element's or connection's id in the atlas (after the import). */
  id?: string;
  name?: string;
  type?: string;
  from?: string;
  to?: string;
  /** How an existing element was found: by id, by name, by an alias, or as a near duplicate. */
  matchedBy?: 'id' | 'name' | 'alias' | 'near-duplicate' | 'earlier row';
  /** For merged rows: the element the row is merged into. */
  into?: { id: string; name: string };
  /** The properties this row sets or changes. */
  changes?: string[];
  /** Why a row is rejected. */
  reasons: string[];
  /** The write rules' problems among those reasons, with their codes, by column. */
  problems: FieldProblem[];
  notes: string[];
}

export interface ImportPlan {
  /** True when nothing stops the commit: no file problems and no rejected rows. */
  committable: boolean;
  problems: string[];
  notes: string[];
  columns: ColumnUse[];
  summary: Record<'elements' | 'connections', Record<Outcome, number>>;
  rows: PlanRow[];
}

export type Properties = Record<string, PropertyValue>;

export interface WriteSet {
  createNodes: { label: NodeLabel; properties: Properties }[];
  updateNodes: { id: string; set: Properties }[];
  createTies: { type: TieType; from: string; to: string; properties: Properties }[];
  updateTies: { type: TieType; from: string; to: string; id: string; set: Properties }[];
}

/** What the planner needs to know about a node already in the atlas. */
export interface AtlasNode {
  id: string;
  label: NodeLabel;
  name: string;
  aliases: string[];
}

export interface AtlasTie {
  type: string;
  from: string;
  to: string;
  properties: Record<string, unknown>;
}
