/**
 * The API's schemas, written once: Fastify validates requests with them, TypeScript takes the
 * route types from them, and @fastify/swagger turns them into the OpenAPI document at /api/docs.
 */
import { Type, type TSchema } from 'typebox';
import { MEMBERSHIP_TIERS, NODE_LABELS, TIE_TYPE_NAMES, type MembershipTier, type NodeLabel, type TieType } from '../model/model.ts';

export const NodeId = Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9:_.-]{0,199}$', description: 'A node id, e.g. org-providence-house' });
/** Tie ids are made from their type and ends (`MEMBER_OF:org-a->alliance-b`), so they allow more characters. */
export const TieId = Type.String({ minLength: 1, maxLength: 500, pattern: '^[^\\u0000-\\u001f/?#]+$', description: 'A tie id, e.g. MEMBER_OF:org-a->alliance-b (URL-encode it in paths)' });
/** A string limited to one of the model's names, typed as that name. */
const oneOf = <T extends string>(values: readonly T[], description: string) => Type.Unsafe<T>(Type.String({ enum: [...values], description }));
export const NodeLabelSchema = oneOf<NodeLabel>(NODE_LABELS, 'A kind of node');
export const TieTypeSchema = oneOf<TieType>(TIE_TYPE_NAMES, 'A kind of tie');
export const TierSchema = oneOf<MembershipTier>(MEMBERSHIP_TIERS, 'An alliance membership tier');
export const DateText = Type.String({ pattern: '^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$', description: 'A date: YYYY, YYYY-MM or YYYY-MM-DD' });
export const Version = Type.Integer({ minimum: 0, description: 'The version you read; a write based on an older one gets 409' });

const Name = Type.String({ minLength: 1, maxLength: 300 });
const Description = Type.String({ maxLength: 10_000 });
const Source = Type.String({ minLength: 1, maxLength: 1_000, description: 'Where this comes from: a document and section, a meeting, a person' });
const Aliases = Type.Array(Type.String({ minLength: 1, maxLength: 300 }), { maxItems: 50, description: 'Other names it is known by; search finds them' });

export const PropertyValueSchema = Type.Union([
  Type.String({ maxLength: 10_000 }),
  Type.Number(),
  Type.Boolean(),
  Type.Array(Type.String({ maxLength: 1_000 }), { maxItems: 100 }),
]);
const PropertyKey = Type.String({ pattern: '^[A-Za-z][A-Za-z0-9_]{0,63}$' });
export const Properties = Type.Record(PropertyKey, PropertyValueSchema, { maxProperties: 50, description: 'Other facts, e.g. { "kind": "charity" }' });
/** On updates a property set to null is removed. */
const PropertyChanges = Type.Record(PropertyKey, Type.Union([Type.Null(), PropertyValueSchema]), { maxProperties: 50 });

const nullable = <T extends TSchema>(schema: T) => Type.Union([Type.Null(), schema]);

export const EntitySchema = Type.Object(
  { id: Type.String(), nodeType: NodeLabelSchema, name: Type.String(), version: Type.Integer() },
  { additionalProperties: true, description: 'A node with all its visible properties' },
);
export const TieSchema = Type.Object(
  { id: Type.String(), tieType: TieTypeSchema, from: Type.String(), to: Type.String(), version: Type.Integer() },
  { additionalProperties: true, description: 'A tie with all its properties' },
);
export const ErrorSchema = Type.Object(
  {
    error: Type.String(),
    message: Type.String(),
    fields: Type.Optional(Type.Array(Type.Object({ field: Type.String(), code: Type.Optional(Type.String()), message: Type.String() }))),
    current: Type.Optional(Type.Any({ description: 'On 409: the entity or tie as it is now' })),
  },
  { description: 'What went wrong, in words a user can act on' },
);
export const GraphSchema = Type.Object(
  {
    attributes: Type.Record(Type.String(), Type.Any()),
    options: Type.Object({ type: Type.String(), multi: Type.Boolean(), allowSelfLoops: Type.Boolean() }),
    nodes: Type.Array(Type.Object({ key: Type.String(), attributes: Type.Record(Type.String(), Type.Any()) })),
    edges: Type.Array(Type.Object({ key: Type.String(), source: Type.String(), target: Type.String(), attributes: Type.Record(Type.String(), Type.Any()) })),
  },
  { description: "A graph in graphology's serialised format" },
);

export const errors = { 400: ErrorSchema, 404: ErrorSchema } as const;
export const writeErrors = { 400: ErrorSchema, 401: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema, 413: ErrorSchema } as const;

export const NodeCreateBody = Type.Object(
  {
    nodeType: NodeLabelSchema,
    name: Name,
    source: Source,
    id: Type.Optional(NodeId),
    description: Type.Optional(Description),
    aliases: Type.Optional(Aliases),
    since: Type.Optional(DateText),
    until: Type.Optional(DateText),
    lastConfirmed: Type.Optional(DateText),
    properties: Type.Optional(Properties),
  },
  { additionalProperties: false },
);

export const NodeChanges = Type.Object(
  {
    name: Type.Optional(Name),
    description: Type.Optional(nullable(Description)),
    aliases: Type.Optional(nullable(Aliases)),
    source: Type.Optional(Source),
    since: Type.Optional(nullable(DateText)),
    until: Type.Optional(nullable(DateText)),
    lastConfirmed: Type.Optional(nullable(DateText)),
    properties: Type.Optional(PropertyChanges),
  },
  { additionalProperties: false, minProperties: 1, description: 'Only the fields to change; null removes a field' },
);
export const NodeUpdateBody = Type.Object({ version: Version, changes: NodeChanges }, { additionalProperties: false });

export const TieCreateBody = Type.Object(
  {
    tieType: TieTypeSchema,
    from: NodeId,
    to: NodeId,
    source: Source,
    since: Type.Optional(DateText),
    until: Type.Optional(DateText),
    lastConfirmed: Type.Optional(DateText),
    properties: Type.Optional(Properties),
  },
  { additionalProperties: false },
);
export const TieChanges = Type.Object(
  {
    source: Type.Optional(Source),
    since: Type.Optional(nullable(DateText)),
    until: Type.Optional(nullable(DateText)),
    lastConfirmed: Type.Optional(nullable(DateText)),
    properties: Type.Optional(PropertyChanges),
  },
  { additionalProperties: false, minProperties: 1, description: 'Only the fields to change; null removes a field' },
);
export const TieUpdateBody = Type.Object({ version: Version, changes: TieChanges }, { additionalProperties: false });

export const VersionQuery = Type.Object({ version: Version }, { additionalProperties: false });
export const VersionedRef = Type.Object({ id: NodeId, version: Version }, { additionalProperties: false });
