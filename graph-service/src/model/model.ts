/**
 * The Alliance Atlas graph model, written down once: node labels (nodes.ts) and tie types
 * (tieTypes.ts), each with everything decided about it. The schema, the write rules, the seed,
 * the import, the analysis and the app's legend, filters and wording all read it.
 *
 * Code that decides something per type takes the model as an argument with `MODEL` as the
 * default, so a test can hand it a model with an extra type.
 */
import { NODE_LABEL_ENTRIES, type NodeLabel, type NodeLabelEntry } from './nodes.ts';
import { KIND_GROUPS, TIE_TYPES, type KindGroup, type TieType, type TieTypeEntry } from './tieTypes.ts';

export * from './nodes.ts';
export * from './tieTypes.ts';

export const TIE_TYPE_NAMES = Object.keys(TIE_TYPES) as TieType[];

/** The shape of a model; `MODEL` is the real one. */
export interface AtlasModel {
  nodeLabels: Readonly<Record<string, NodeLabelEntry>>;
  /** In legend order. */
  kindGroups: Readonly<Record<string, KindGroup>>;
  tieTypes: Readonly<Record<string, TieTypeEntry>>;
}

export const MODEL = { nodeLabels: NODE_LABEL_ENTRIES, kindGroups: KIND_GROUPS, tieTypes: TIE_TYPES } as const satisfies AtlasModel;

/** The entry for a node label; undefined for a name the model does not know. */
export function nodeLabelEntry(label: string, model: AtlasModel = MODEL): NodeLabelEntry | undefined {
  return Object.hasOwn(model.nodeLabels, label) ? model.nodeLabels[label] : undefined;
}

/** The entry for a tie type; undefined for a name the model does not know. */
export function tieTypeEntry(type: string, model: AtlasModel = MODEL): TieTypeEntry | undefined {
  return Object.hasOwn(model.tieTypes, type) ? model.tieTypes[type] : undefined;
}

/** Where a fact comes from and when it held. Every node and tie carries it. */
export interface Provenance {
  /** The document and section, meeting or person that reported it, e.g. "001_b1873602fe825769.txt §3.1". */
  source: string;
  since?: string;
  until?: string;
  /** How the dates are known ("attended on 8 Oct 2021", "reported at the 17 May 2023 learning event"), or why there are none. */
  dateBasis?: string;
  /** ISO date the fact was last confirmed. */
  lastConfirmed?: string;
  /** Who confirmed it then (a person's name, as the confirmation recorded it). */
  confirmedBy?: string;
}

export type PropertyValue = string | number | boolean | string[] | null;

export interface NodeRecord extends Provenance {
  id: string;
  label: NodeLabel;
  name: string;
  description?: string;
  aliases?: string[];
  createdAt?: string;
  updatedAt?: string;
  [property: string]: PropertyValue | undefined;
}

export interface TieRecord extends Provenance {
  /** Stable id of the tie, derived from its type and ends unless given. */
  id: string;
  type: TieType;
  from: string;
  to: string;
  [property: string]: PropertyValue | undefined;
}

export function isTieType(value: unknown): value is TieType {
  return typeof value === 'string' && Object.hasOwn(TIE_TYPES, value);
}

