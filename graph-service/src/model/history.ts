/**
 * What a recorded change is: who did what to which node, tie or map, with the state before and
 * after. Plain data, so the service, the contract and the app read one list.
 *
 * The shape of `before` and `after` says how to undo a change:
 * - a create has `before: null` and `after` the whole record (a node's properties and type, a tie's
 *   type, ends and properties);
 * - a delete has `before` the whole record (a node's with the ties it had) and `after: null`;
 * - an update (and a confirmation, and an import's change to an existing record) has only the
 *   fields it changed, each as it was and as it became (null: not set);
 * - a merge has `before` both organisations with their ties, and `after` the survivor.
 */
import { MONTH_SHORT_NAMES } from './dates.ts';

export const CHANGE_ACTIONS = ['create', 'update', 'delete', 'merge', 'import', 'confirm', 'revert', 'erase'] as const;
export type ChangeAction = (typeof CHANGE_ACTIONS)[number];

export const CHANGE_TARGETS = ['node', 'tie', 'map'] as const;
export type ChangeTarget = (typeof CHANGE_TARGETS)[number];

/** A stored value as a change keeps it. */
export type ChangeValue = string | number | boolean | string[] | null;
export type FieldValues = Record<string, ChangeValue>;

/** A node as a create or delete keeps it; a deleted node also keeps its ties. */
export interface NodeSnapshot {
  nodeType: string;
  properties: FieldValues;
  ties?: TieSnapshot[];
}

export interface TieSnapshot {
  tieType: string;
  from: string;
  to: string;
  properties: FieldValues;
}

export interface MergeSnapshot {
  survivor: NodeSnapshot;
  merged: NodeSnapshot;
}

/** Properties a change never lists as changed: every write sets them afresh. */
export const UNRECORDED_FIELDS: ReadonlySet<string> = new Set(['updatedAt', 'version', '__lock', 'aliasText']);

/** The fields that differ between two states, each as it was and as it became; nothing when equal. */
export function fieldChanges(before: FieldValues, after: FieldValues): { before: FieldValues; after: FieldValues } {
  const was: FieldValues = {};
  const now: FieldValues = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (UNRECORDED_FIELDS.has(key)) continue;
    const a = before[key] ?? null;
    const b = after[key] ?? null;
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    was[key] = a;
    now[key] = b;
  }
  return { before: was, after: now };
}

/** What a sentence about a change needs to know of it. */
export interface ChangeFacts {
  action: ChangeAction;
  targetKind: ChangeTarget;
  targetId: string;
  targetName?: string;
  tieType?: string;
  fromId?: string;
  toId?: string;
  fromName?: string;
  toName?: string;
  actorName: string;
  at: string;
  before: unknown;
  after: unknown;
  importId?: string;
  revertOf?: string;
}

const VERBS: Record<ChangeAction, string> = {
  create: 'created', update: 'changed', delete: 'deleted', merge: 'merged', import: 'imported', confirm: 'confirmed as still true', revert: 'reverted a change to', erase: 'erased',
};

/** "Tie FUNDS with Caius House" from one end, or "tie FUNDS from A to B" without one. */
export function tieWords(change: Pick<ChangeFacts, 'tieType' | 'fromId' | 'toId' | 'fromName' | 'toName'>, seenFrom?: string): string {
  const type = change.tieType ?? 'tie';
  const from = change.fromName ?? change.fromId ?? '?';
  const to = change.toName ?? change.toId ?? '?';
  if (seenFrom && seenFrom === change.fromId) return `the ${type} tie with ${to}`;
  if (seenFrom && seenFrom === change.toId) return `the ${type} tie with ${from}`;
  return `the ${type} tie from ${from} to ${to}`;
}

/** What a change was done to, in words. */
export function targetWords(change: ChangeFacts, seenFrom?: string): string {
  if (change.action === 'merge') return `${change.fromName ?? change.fromId} into ${change.toName ?? change.toId}`;
  if (change.targetKind === 'tie') return tieWords(change, seenFrom);
  return change.targetName ?? change.targetId;
}

/** Day and time in words, e.g. "2 Dec 2026, 20:03 UTC". */
export function whenWords(at: string): string {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return at;
  const month = MONTH_SHORT_NAMES[date.getUTCMonth()];
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getUTCDate()} ${month} ${date.getUTCFullYear()}, ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())} UTC`;
}

/** Whether an import's change made the record (rather than changed one that was there). */
const madeIt = (change: ChangeFacts) => change.before === null;

/** "Ann Smith changed Providence House": who did what to what, without the fields. */
export function changeHeadline(change: ChangeFacts, seenFrom?: string): string {
  const verb = change.action === 'import' ? (madeIt(change) ? 'imported' : 'updated by import') : VERBS[change.action];
  return `${change.actorName} ${verb} ${targetWords(change, seenFrom)}`;
}

/** A value in words: "not set" for nothing, lists joined, text quoted. */
export function valueWords(value: unknown): string {
  if (value === null || value === undefined || value === '') return 'not set';
  if (Array.isArray(value)) return value.length ? value.map((v) => `“${String(v)}”`).join(', ') : 'not set';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string') return `“${value}”`;
  return String(value);
}

/** Each field an update changed: "description: “old” → “new”"; empty for creates, deletes and merges. */
export function fieldLines(change: Pick<ChangeFacts, 'before' | 'after'>): { field: string; before: string; after: string }[] {
  const { before, after } = change;
  if (!before || !after || typeof before !== 'object' || typeof after !== 'object') return [];
  if ('properties' in before || 'properties' in after || 'survivor' in after) return [];
  const was = before as FieldValues;
  const now = after as FieldValues;
  return [...new Set([...Object.keys(was), ...Object.keys(now)])].map((field) => ({ field, before: valueWords(was[field]), after: valueWords(now[field]) }));
}

/** One sentence naming a change: who, when, what; used where a change must be named (a refused revert). */
export function changeSentence(change: ChangeFacts, seenFrom?: string): string {
  const fields = fieldLines(change).map((line) => line.field);
  return `${changeHeadline(change, seenFrom)} on ${whenWords(change.at)}${fields.length ? ` (${fields.join(', ')})` : ''}`;
}
