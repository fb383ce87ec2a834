/** What the writes record about a node or a tie: snapshots and change inputs, built from stored properties. */
import { nodeTypeOf } from '../db/records.ts';
import { plainProperties } from '../db/values.ts';
import { fieldChanges, type FieldValues, type NodeSnapshot, type TieSnapshot } from '../model/history.ts';
import type { ChangeInput } from './historyRepository.ts';

/** Stored properties without the write lock and the map (a snapshot is always of its own map). */
export function storedValues(properties: Record<string, unknown>): FieldValues {
  const { __lock: _lock, map: _map, ...rest } = plainProperties(properties) as FieldValues;
  return rest;
}

export function nodeSnapshot(properties: Record<string, unknown>, labels: string[], ties?: TieSnapshot[]): NodeSnapshot {
  return { nodeType: nodeTypeOf(labels), properties: storedValues(properties), ...(ties ? { ties } : {}) };
}

/** A tie's ends as the change names them: ids, names and kinds at the time. */
export interface TieEnds {
  from: string;
  to: string;
  fromName?: string;
  toName?: string;
  fromLabels?: string[];
  toLabels?: string[];
}

export function tieFacts(tieType: string, id: string, ends: TieEnds): Pick<ChangeInput, 'targetKind' | 'targetId' | 'tieType' | 'fromId' | 'toId' | 'fromName' | 'toName' | 'fromType' | 'toType' | 'targetName'> {
  return {
    targetKind: 'tie', targetId: id, tieType, targetName: tieType, fromId: ends.from, toId: ends.to, fromName: ends.fromName, toName: ends.toName,
    fromType: ends.fromLabels ? nodeTypeOf(ends.fromLabels) : undefined, toType: ends.toLabels ? nodeTypeOf(ends.toLabels) : undefined,
  };
}

export function nodeFacts(id: string, name: unknown, labels: string[]): Pick<ChangeInput, 'targetKind' | 'targetId' | 'targetName' | 'nodeType'> {
  return { targetKind: 'node', targetId: id, targetName: typeof name === 'string' ? name : id, nodeType: nodeTypeOf(labels) };
}

/** An update's change: only the fields that differ (none, for a write that set what was there). */
export function updateChange(before: Record<string, unknown>, after: Record<string, unknown>): { before: FieldValues; after: FieldValues } {
  return fieldChanges(storedValues(before), storedValues(after));
}
