/** Contract of the history: a map's changes, a node's, reverting a change or an import, and confirming a fact. */
import { Type } from 'typebox';
import { CHANGE_ACTIONS, CHANGE_TARGETS, type ChangeAction, type ChangeTarget } from '../model/history.ts';
import { EntitySchema, ErrorResponse, errorWith, inMap, needs, NodeId, TieId, TieSchema, writeErrors } from './common.ts';

const Text = Type.Optional(Type.String());
const State = Type.Unknown({ description: 'As it was (before) or became (after): a whole record for a create or delete, only the changed fields for an update, both organisations with their ties for a merge' });

const changeExample = {
  id: '5b0d3c1e-1f2a-4b6c-8d9e-0a1b2c3d4e5f', at: '2026-12-02T20:03:00.000Z', actorId: null, actorName: 'Local user', action: 'update',
  targetKind: 'node', targetId: 'org-providence-house', targetName: 'Providence House', nodeType: 'Organisation',
  before: { description: 'Youth club' }, after: { description: 'Youth club and food bank' },
};
export const ChangeSchema = Type.Object(
  {
    id: Type.String(), at: Type.String({ description: 'When, as an ISO time' }),
    actorId: Type.Union([Type.Null(), Type.String()], { description: "The account's id; null for a caller without one" }), actorName: Type.String(),
    action: Type.Unsafe<ChangeAction>(Type.String({ enum: [...CHANGE_ACTIONS] })),
    targetKind: Type.Unsafe<ChangeTarget>(Type.String({ enum: [...CHANGE_TARGETS] })), targetId: Type.String(),
    targetName: Text, nodeType: Text, tieType: Text,
    fromId: Text, toId: Text, fromName: Text, toName: Text, fromType: Text, toType: Text,
    before: State, after: State,
    importId: Text, revertOf: Text, revertedBy: Text, partOf: Text,
  },
  {
    description: 'One recorded change: who, when, what, before and after',
    examples: [changeExample],
  },
);
export const ChangeList = Type.Object({ changes: Type.Array(ChangeSchema) }, { description: 'Changes, newest first', examples: [{ changes: [changeExample] }] });

const Limit = Type.Integer({ minimum: 1, maximum: 500, default: 100, description: 'At most this many changes' });
export const MapHistoryQuery = Type.Object(
  { limit: Type.Optional(Limit), before: Type.Optional(Type.String({ minLength: 1, maxLength: 40, description: 'Only changes before this ISO time (the `at` of the last one you have), for the next page' })) },
  { additionalProperties: false },
);
export const NodeHistoryQuery = Type.Object({ limit: Type.Optional(Limit) }, { additionalProperties: false });

const LaterChangesAnswer = errorWith(
  { later: Type.Optional(Type.Array(Type.Object({ id: Type.String(), at: Type.String(), actorName: Type.String(), action: Type.String(), targetName: Text }))) },
  '409 later_changes: later changes depend on it (listed in `later`, named in the message); 409 conflict: the record is no longer as the change left it, or it was already reverted',
);
const revertErrors = { ...writeErrors, 409: LaterChangesAnswer } as const;
const ChangeId = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9-]+$', description: 'A change id, from a history' });

export const ImportReverted = Type.Object(
  { importId: Type.String(), reverted: Type.Integer({ description: 'How many of its changes were undone' }) },
  { examples: [{ importId: '0b6f1c2e-5d7a-4f7e-9a51-3c1d2e4f5a6b', reverted: 12 }] },
);

const tags = ['history'] as const;
export const mapHistory = {
  tags, ...needs('editor'), operationId: 'mapHistory', summary: "The map's changes, newest first, a page at a time",
  params: inMap(), querystring: MapHistoryQuery, response: { 200: ChangeList, 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 500: ErrorResponse },
} as const;
export const nodeHistory = {
  tags, ...needs('viewer'), operationId: 'nodeHistory', summary: "One node's changes and those of the ties touching it, newest first",
  params: inMap({ id: NodeId }), querystring: NodeHistoryQuery, response: { 200: ChangeList, 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 500: ErrorResponse },
} as const;
export const revertChange = {
  tags, ...needs('editor'), operationId: 'revertChange', summary: 'Undo one change, as a new change; refused when later changes depend on it',
  params: inMap({ id: ChangeId }), response: { 200: ChangeSchema, ...revertErrors },
} as const;
export const revertImport = {
  tags, ...needs('editor'), operationId: 'revertImport', summary: 'Undo a whole import in one transaction; refused when later changes touched its records',
  params: inMap({ importId: ChangeId }), response: { 200: ImportReverted, ...revertErrors },
} as const;
/** Any member may say a fact is still true (a steward is a member); see the notes on confirmation. */
export const confirmNode = {
  tags, ...needs('member'), operationId: 'confirmNode', summary: 'Say a node is still true: today and your name go in lastConfirmed and confirmedBy',
  params: inMap({ id: NodeId }), response: { 200: EntitySchema, ...writeErrors, 403: ErrorResponse },
} as const;
export const confirmTie = {
  tags, ...needs('member'), operationId: 'confirmTie', summary: 'Say a tie is still true: today and your name go in lastConfirmed and confirmedBy',
  params: inMap({ id: TieId }), response: { 200: TieSchema, ...writeErrors, 403: ErrorResponse },
} as const;
