/** Turns stored nodes and ties into the entities and ties the API answers with. */
import type { Static } from 'typebox';
import type { EntitySchema, TieSchema } from '../contract/common.ts';
import { NODE_LABELS, type NodeLabel, type TieType } from '../model/model.ts';
import { plainProperties } from './values.ts';
// Internal bookkeeping that callers never see: the model's list.
import { HIDDEN_PROPERTIES } from '../model/rules/reserved.ts';

export function visibleProperties(properties: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(plainProperties(properties)).filter(([k]) => !HIDDEN_PROPERTIES.has(k)));
}

export function nodeTypeOf(labels: string[]): NodeLabel {
  return (labels.find((l) => (NODE_LABELS as readonly string[]).includes(l)) ?? 'Organisation') as NodeLabel;
}

/** A node and a tie as the API answers them (the contract's shapes). */
export type Entity = Static<typeof EntitySchema>;
export type Tie = Static<typeof TieSchema>;
/** Stored properties once plain: what a node's or tie's other fields may hold. */
type Stored = Record<string, Entity[string]>;

export function toEntity(properties: Record<string, unknown>, labels: string[]): Entity {
  const visible = visibleProperties(properties) as Stored;
  return { ...visible, id: visible.id as string, name: visible.name as string, nodeType: nodeTypeOf(labels), version: (visible.version as number) ?? 0 };
}

export function toTie(properties: Record<string, unknown>, tieType: string, from: string, to: string): Tie {
  const visible = visibleProperties(properties) as Stored;
  return { ...visible, id: visible.id as string, tieType: tieType as TieType, from, to, version: (visible.version as number) ?? 0 };
}

/** The Cypher predicate "this node is visible", for a node variable and the $hidden parameter. */
export function visibleNode(variable: string): string {
  return `NOT any(l IN labels(${variable}) WHERE l IN $hidden)`;
}
