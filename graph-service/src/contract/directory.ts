/**
 * Contract of the directory routes: the review queue (facts older than the map's freshness age),
 * a person's work contact details, and a person's data exported and erased on request.
 */
import { Type } from 'typebox';
import { CONTACT_EMAIL_LENGTH, CONTACT_PHONE_LENGTH } from '../model/rules/contact.ts';
import { ErrorResponse, inMap, needs, NodeId, NodeLabelSchema, TieTypeSchema, writeErrors } from './common.ts';

const REVIEW_LIMIT_MAX = 500;

export const ReviewQuery = Type.Object(
  {
    steward: Type.Optional(Type.Literal('me', { description: "'me': only the records of the organisations you are a steward of, and their ties" })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: REVIEW_LIMIT_MAX, default: 100, description: 'How many facts to list, oldest first' })),
  },
  { additionalProperties: false },
);

const FactEnd = Type.Object({ id: Type.String(), name: Type.String(), nodeType: NodeLabelSchema });
export const ReviewItem = Type.Object(
  {
    kind: Type.Union([Type.Literal('node'), Type.Literal('tie')]),
    id: Type.String({ description: "The node's or tie's id" }),
    title: Type.String({ description: 'The node\'s name, or the tie in words ("Providence House funds Katherine Low Settlement")' }),
    nodeType: Type.Optional(NodeLabelSchema),
    tieType: Type.Optional(TieTypeSchema),
    from: Type.Optional(FactEnd),
    to: Type.Optional(FactEnd),
    nodeId: Type.String({ description: 'The node to open for it: the node itself, or the tie\'s first end' }),
    lastConfirmed: Type.Union([Type.Null(), Type.String()]),
    ageMonths: Type.Union([Type.Null(), Type.Integer()], { description: 'Whole months since the last confirmation; null when never confirmed' }),
    reason: Type.String({ description: 'Why it is listed: "last confirmed 3 Mar 2024, 14 months ago", "never confirmed"' }),
  },
);
export const ReviewAnswer = Type.Object(
  {
    months: Type.Integer({ description: "The map's freshness age" }),
    cutoff: Type.String({ description: 'Facts last confirmed before this day are listed (YYYY-MM-DD)' }),
    steward: Type.Boolean({ description: "Whether the queue is only the caller's organisations'" }),
    total: Type.Integer({ description: 'How many facts are due, of which `items` lists the oldest' }),
    items: Type.Array(ReviewItem),
  },
  {
    examples: [{
      months: 12, cutoff: '2025-06-15', steward: false, total: 1,
      items: [{ kind: 'node', id: 'org-providence-house', title: 'Providence House', nodeType: 'Organisation', nodeId: 'org-providence-house', lastConfirmed: '2024-03-03', ageMonths: 15, reason: 'last confirmed 3 Mar 2024, 15 months ago' }],
    }],
  },
);

const Email = Type.Union([Type.Null(), Type.String({ maxLength: CONTACT_EMAIL_LENGTH, description: 'A work e-mail address of the role' })]);
const Phone = Type.Union([Type.Null(), Type.String({ maxLength: CONTACT_PHONE_LENGTH, description: 'A work phone number of the role' })]);
export const ContactSchema = Type.Object(
  { personId: Type.String(), email: Email, phone: Phone, updatedAt: Type.Optional(Type.String({ description: 'When they were last set; absent when the person has none' })) },
  { description: "A person's work contact details (shown to members and above); both null when none are kept", examples: [{ personId: 'person-duty-manager', email: 'duty.manager@example.org.uk', phone: '+44 20 7946 0000', updatedAt: '2026-05-01T10:00:00.000Z' }] },
);
export const ContactBody = Type.Object(
  { email: Type.Optional(Email), phone: Type.Optional(Phone) },
  { additionalProperties: false, description: 'Replaces the contact details: what is left out or null is removed', examples: [{ email: 'duty.manager@example.org.uk', phone: '020 7946 0000' }] },
);
export const ContactDeleted = Type.Object({ deleted: Type.String({ description: "The person whose contact details were removed" }) }, { examples: [{ deleted: 'person-duty-manager' }] });

const Stored = Type.Record(Type.String(), Type.Unknown());
export const PersonExport = Type.Object(
  {
    map: Type.String(),
    exportedAt: Type.String(),
    person: Stored,
    ties: Type.Array(Type.Object({ tieType: TieTypeSchema, direction: Type.Union([Type.Literal('out'), Type.Literal('in')]), other: FactEnd, properties: Stored })),
    contact: Type.Union([Type.Null(), ContactSchema]),
    history: Type.Array(Stored, { description: 'The history entries about the person or their ties' }),
  },
  { description: 'Everything the map holds about one person', examples: [{ map: 'battersea-alliance', exportedAt: '2026-06-01T10:00:00.000Z', person: { id: 'person-duty-manager', name: 'Duty manager', nodeType: 'Person' }, ties: [], contact: null, history: [] }] },
);
export const Erased = Type.Object(
  {
    erased: Type.Literal(true),
    ties: Type.Integer({ description: 'Ties removed with the person' }),
    contact: Type.Boolean({ description: 'Whether contact details were removed' }),
    historyEntries: Type.Integer({ description: 'History entries whose personal values were cleared' }),
    changeId: Type.String({ description: 'The history entry that records the erasure (it does not name the person)' }),
  },
  { examples: [{ erased: true, ties: 3, contact: true, historyEntries: 5, changeId: '5b0c…' }] },
);

const PersonParams = inMap({ id: NodeId });
const tags = ['directory'];
const readErrors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 500: ErrorResponse } as const;
const changeErrors = { ...writeErrors, 403: ErrorResponse } as const;

export const getReviewQueue = {
  tags, ...needs('member'), operationId: 'getReviewQueue', summary: "Facts (records and ties) older than the map's freshness age, oldest first, with why each is listed; steward=me for your organisations'",
  params: inMap(), querystring: ReviewQuery, response: { 200: ReviewAnswer, ...readErrors },
} as const;
export const getContact = {
  tags, ...needs('member'), operationId: 'getContact', summary: "A person's work contact details",
  params: PersonParams, response: { 200: ContactSchema, ...readErrors },
} as const;
export const putContact = {
  tags, ...needs('editor'), operationId: 'putContact', summary: "Set a person's work contact details (a work e-mail address, a work phone number)",
  params: PersonParams, body: ContactBody, response: { 200: ContactSchema, ...changeErrors },
} as const;
export const deleteContact = {
  tags, ...needs('editor'), operationId: 'deleteContact', summary: "Remove a person's contact details",
  params: PersonParams, response: { 200: ContactDeleted, ...changeErrors },
} as const;
export const exportPerson = {
  tags, ...needs('admin'), operationId: 'exportPerson', summary: 'Everything the map holds about one person: the record, their ties, contact details and history entries',
  params: PersonParams, response: { 200: PersonExport, ...readErrors },
} as const;
export const erasePerson = {
  tags, ...needs('admin'), operationId: 'erasePerson', summary: "Erase a person on request: the record, their ties and contact details go, their history entries' personal values are cleared, and one entry says a record was erased",
  params: PersonParams, response: { 200: Erased, ...changeErrors },
} as const;
