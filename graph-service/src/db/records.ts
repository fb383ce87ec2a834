/** Turns stored nodes and ties into the entities and ties the API answers with. */
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

export type Entity = Record<string, unknown> & { id: string; nodeType: NodeLabel; name: string; version: number };
export type Tie = Record<string, unknown> & { id: string; tieType: TieType; from: string; to: string; version: number };

export function toEntity(properties: Record<string, unknown>, labels: string[]): Entity {
  const visible = visibleProperties(properties);
  return { ...visible, id: visible.id as string, name: visible.name as string, nodeType: nodeTypeOf(labels), version: (visible.version as number) ?? 0 };
}

export function toTie(properties: Record<string, unknown>, tieType: string, from: string, to: string): Tie {
  const visible = visibleProperties(properties);
  return { ...visible, id: visible.id as string, tieType: tieType as TieType, from, to, version: (visible.version as number) ?? 0 };
}

/** The Cypher predicate "this node is visible", for a node variable and the $hidden parameter. */
export function visibleNode(variable: string): string {
  return `NOT any(l IN labels(${variable}) WHERE l IN $hidden)`;
}
