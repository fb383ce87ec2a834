/** The dry run's answer and the writes a commit makes from it. */
import type { Imports } from '../../contract/types.ts';
import type { NodeLabel, PropertyValue, TieType } from '../../model/model.ts';

// The plan's shape is part of the API, so it is written once, in the contract; the planner fills it.
export { OUTCOMES, type Outcome } from '../../contract/lists.ts';
export type PlanRow = Imports['row'];
export type ImportPlan = Imports['plan'];

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
  /** The file's own id, when an import kept it beside Atlas's (ids with spaces). */
  importedId?: string;
}

export interface AtlasTie {
  type: string;
  from: string;
  to: string;
  properties: Record<string, unknown>;
}
