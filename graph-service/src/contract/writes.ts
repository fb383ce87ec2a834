/** Contract of the write routes: create, change and delete nodes and ties, merge organisations. */
import { Type, type TSchema } from 'typebox';
import { PROPERTY_NAME_PATTERN } from '../model/rules/reserved.ts';
import { SIZES } from '../model/rules/sizes.ts';
import { DateText, EntitySchema, inMap, needs, NodeId, NodeLabelSchema, PropertyValueSchema, TieId, TieSchema, TieTypeSchema, Version, writeErrors } from './common.ts';

const Name = Type.String({ minLength: 1, maxLength: SIZES.name });
const Description = Type.String({ maxLength: SIZES.description });
const Source = Type.String({ minLength: 1, maxLength: SIZES.source, description: 'Where this comes from: a document and section, a meeting, a person' });
const Aliases = Type.Array(Type.String({ minLength: 1, maxLength: SIZES.alias }), { maxItems: SIZES.aliases, description: 'Other names it is known by; search finds them' });
const PropertyKey = Type.String({ pattern: PROPERTY_NAME_PATTERN });
export const Properties = Type.Record(PropertyKey, PropertyValueSchema, { maxProperties: SIZES.properties, description: 'Other facts, e.g. { "kind": "charity" }' });
/** On updates a property set to null is removed. */
const PropertyChanges = Type.Record(PropertyKey, Type.Union([Type.Null(), PropertyValueSchema]), { maxProperties: SIZES.properties });
const nullable = <T extends TSchema>(schema: T) => Type.Union([Type.Null(), schema]);

/** Provenance and dates, which nodes and ties both carry: as sent on create, and as changes (null removes). */
const DateBasis = Type.String({ maxLength: SIZES.source, description: 'How the dates are known ("attended on 8 Oct 2021"), or why there are none', examples: ['reported at the 17 May 2023 learning event'] });
const provenance = { source: Source, since: Type.Optional(DateText), until: Type.Optional(DateText), lastConfirmed: Type.Optional(DateText), dateBasis: Type.Optional(DateBasis), properties: Type.Optional(Properties) };
const provenanceChanges = {
  source: Type.Optional(Source),
  since: Type.Optional(nullable(DateText)),
  until: Type.Optional(nullable(DateText)),
  lastConfirmed: Type.Optional(nullable(DateText)),
  dateBasis: Type.Optional(nullable(DateBasis)),
  properties: Type.Optional(PropertyChanges),
};
const changesOptions = { additionalProperties: false, minProperties: 1, description: 'Only the fields to change; null removes a field' } as const;

export const NodeCreateBody = Type.Object(
  { nodeType: NodeLabelSchema, name: Name, id: Type.Optional(NodeId), description: Type.Optional(Description), aliases: Type.Optional(Aliases), ...provenance },
  { additionalProperties: false, examples: [{ nodeType: 'Organisation', name: 'Providence House', source: 'Annual report 2023 §2', since: '1998', properties: { kind: 'charity' } }] },
);
export const NodeChanges = Type.Object(
  { name: Type.Optional(Name), description: Type.Optional(nullable(Description)), aliases: Type.Optional(nullable(Aliases)), ...provenanceChanges },
  changesOptions,
);
export const NodeUpdateBody = Type.Object(
  { version: Version, changes: NodeChanges },
  { additionalProperties: false, examples: [{ version: 3, changes: { description: 'Youth club and food bank', until: null } }] },
);

export const TieCreateBody = Type.Object(
  { tieType: TieTypeSchema, from: NodeId, to: NodeId, ...provenance },
  { additionalProperties: false, examples: [{ tieType: 'WORKS_ON', from: 'org-a', to: 'theme-youth', source: 'Meeting notes 2024-02-12', properties: { lead: true } }] },
);
export const TieChanges = Type.Object(provenanceChanges, changesOptions);
export const TieUpdateBody = Type.Object(
  { version: Version, changes: TieChanges },
  { additionalProperties: false, examples: [{ version: 1, changes: { until: '2024-12' } }] },
);

export const VersionQuery = Type.Object({ version: Version }, { additionalProperties: false });
export const VersionedRef = Type.Object({ id: NodeId, version: Version }, { additionalProperties: false });
export const MergeBody = Type.Object(
  { survivor: VersionedRef, merged: VersionedRef },
  { additionalProperties: false, examples: [{ survivor: { id: 'org-a', version: 3 }, merged: { id: 'org-a-ltd', version: 1 } }] },
);

const Entity = EntitySchema;
const Tie = TieSchema;

export const NodeDeleted = Type.Object({ deleted: Type.String(), ties: Type.Integer() }, { examples: [{ deleted: 'org-a', ties: 4 }] });
export const TieDeleted = Type.Object({ deleted: Type.String() }, { examples: [{ deleted: 'WORKS_ON:org-a->theme-youth' }] });
export const MergeAnswer = Type.Object(
  { node: EntitySchema, movedTies: Type.Integer(), combinedTies: Type.Integer(), droppedTies: Type.Array(Type.String()) },
  { examples: [{ node: { id: 'org-a', nodeType: 'Organisation', name: 'Providence House', version: 4, aliases: ['Providence House Ltd'] }, movedTies: 5, combinedTies: 1, droppedTies: [] }] },
);

const MapParams = inMap();
const NodeParams = inMap({ id: NodeId });
const TieParams = inMap({ id: TieId });
const write = { tags: ['writes'], ...needs('editor') } as const;
/** A steward may change their own organisation's record and its ties (checked by the service); editors anything. */
const stewardWrite = { tags: ['writes'], ...needs('steward') } as const;

export const createNode = { ...write, operationId: 'createNode', summary: 'Create an organisation, person, theme, partnership, event, area or alliance in a map', params: MapParams, body: NodeCreateBody, response: { 201: Entity, ...writeErrors } } as const;
export const updateNode = { ...stewardWrite, operationId: 'updateNode', summary: 'Change some fields of a node, based on the version you read', params: NodeParams, body: NodeUpdateBody, response: { 200: Entity, ...writeErrors } } as const;
export const deleteNode = { ...write, operationId: 'deleteNode', summary: 'Delete a node and its ties, based on the version you read', params: NodeParams, querystring: VersionQuery, response: { 200: NodeDeleted, ...writeErrors } } as const;
export const mergeOrganisations = {
  ...write, operationId: 'mergeOrganisations', summary: 'Merge two organisations that are really one: ties move to the survivor, the other name becomes an alias',
  params: MapParams, body: MergeBody, response: { 200: MergeAnswer, ...writeErrors },
} as const;
/** Reading a tie is not a write, but it lives with the other tie routes; editors only, like them. */
export const getTie = { tags: ['writes'], ...needs('viewer'), operationId: 'getTie', summary: 'One tie with its properties and version', params: TieParams, response: { 200: Tie, ...writeErrors } } as const;
export const createTie = { ...stewardWrite, operationId: 'createTie', summary: 'Create a tie between two nodes of a map, with its source and dates', params: MapParams, body: TieCreateBody, response: { 201: Tie, ...writeErrors } } as const;
export const updateTie = { ...stewardWrite, operationId: 'updateTie', summary: 'Change some fields of a tie, based on the version you read', params: TieParams, body: TieUpdateBody, response: { 200: Tie, ...writeErrors } } as const;
export const deleteTie = { ...stewardWrite, operationId: 'deleteTie', summary: 'Delete a tie, based on the version you read', params: TieParams, querystring: VersionQuery, response: { 200: TieDeleted, ...writeErrors } } as const;
