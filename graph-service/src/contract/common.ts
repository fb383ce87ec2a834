/**
 * Building blocks of the API contract: ids, names from the model, dates, properties, the shapes of
 * a node, a tie and a graph, and the one error answer. Fastify validates requests and serialises
 * answers with these schemas, @fastify/swagger turns them into the OpenAPI document, and the app
 * takes its types from them with `import type` and `Static<>`.
 */
import { Type, type Static, type TObject, type TProperties, type TSchema } from 'typebox';
import { MEMBERSHIP_TIERS, NODE_LABELS, TIE_TYPE_NAMES, type MembershipTier, type NodeLabel, type TieType } from '../model/model.ts';
import { DATE_HINT, DATE_PATTERN, DAY_PATTERN } from '../model/dates.ts';
import { PROBLEM_CODES, type ProblemCode } from '../model/problems.ts';
import { MAP_ID_PATTERN } from '../model/maps.ts';
import { NODE_ID_PATTERN } from '../model/rules/ids.ts';
import { ROUTE_ACCESS, type RouteAccess } from '../model/roles.ts';
import { SIZES } from '../model/rules/sizes.ts';
import { ERROR_CODES, type ErrorCode } from './errorCodes.ts';

/** The model's date (YYYY, YYYY-MM or YYYY-MM-DD); real-calendar checks happen in the write rules. */
export { DATE_HINT, DATE_PATTERN };
/** A full day, YYYY-MM-DD, where a day is needed (the analysis's "as of"): the model's too. */
export { DAY_PATTERN };
export { NODE_ID_PATTERN };

/**
 * What a route needs (model/roles.ts), written as the operation's OpenAPI security: `[{}]` is open
 * to anyone (what is shown still depends on who asks); otherwise a session cookie or a bearer
 * token with the level as its role (OpenAPI 3.1 lets non-OAuth schemes list roles). The hook in
 * app.ts enforces it and the authorisation tests are generated from it, so it is written once.
 */
export const needs = (access: RouteAccess): { security: Record<string, string[]>[] } =>
  ({ security: access === 'public' ? [{}] : [{ session: [access] }, { bearer: [access] }] });

/** The access an operation declares, read back from its security; undefined when it declares none. */
export function accessOf(schema: { security?: readonly Record<string, readonly string[]>[] } | undefined): RouteAccess | undefined {
  const security = schema?.security;
  if (!security?.length) return undefined;
  if (security.some((entry) => Object.keys(entry).length === 0)) return 'public';
  const role = Object.values(security[0])[0]?.[0];
  return (ROUTE_ACCESS as readonly string[]).includes(role ?? '') ? (role as RouteAccess) : undefined;
}

export const MapId = Type.String({ pattern: MAP_ID_PATTERN, description: 'A map id, e.g. battersea-alliance', examples: ['battersea-alliance'] });
/**
 * The path parameters of a route inside one map (`/api/maps/:map/...`), with the route's own.
 * Every such route is checked by the map hook in app.ts: an unknown map is 404 `no_map`.
 */
export const inMap = <T extends TProperties = Record<never, never>>(own: T = {} as T) => Type.Object({ map: MapId, ...own });
export const NodeId = Type.String({ pattern: NODE_ID_PATTERN, description: 'A node id, e.g. org-providence-house', examples: ['org-providence-house'] });
/** Tie ids are made from their type and ends (`MEMBER_OF:org-a->alliance-b`), so they allow more characters. */
export const TieId = Type.String({
  minLength: 1, maxLength: SIZES.tieId, pattern: '^[^\\u0000-\\u001f/?#]+$',
  description: 'A tie id, e.g. MEMBER_OF:org-a->alliance-b (URL-encode it in paths)', examples: ['MEMBER_OF:org-a->alliance-b'],
});
/** A string limited to one of the model's names, typed as that name. */
export const oneOf = <T extends string>(values: readonly T[], description: string) => Type.Unsafe<T>(Type.String({ enum: [...values], description }));
export const NodeLabelSchema = oneOf<NodeLabel>(NODE_LABELS, 'A kind of node');
export const TieTypeSchema = oneOf<TieType>(TIE_TYPE_NAMES, 'A kind of tie');
export const TierSchema = oneOf<MembershipTier>(MEMBERSHIP_TIERS, 'An alliance membership tier');
export const DateText = Type.String({ pattern: DATE_PATTERN, description: `A date: ${DATE_HINT}`, examples: ['2024-03'] });

/**
 * The network on a date, for every read and analysis route: `asOf` keeps the ties and nodes that
 * held then (the time rule, model/time.ts); `undated=include` counts ties with no known start as
 * holding (by default they are left out on a date, and answers say how many).
 */
export const asOfQuery = {
  asOf: Type.Optional(Type.String({ pattern: DATE_PATTERN, description: `The network on this date (${DATE_HINT}; a year or month is read as its first day). Default: the whole record, every date`, examples: ['2022-03-31'] })),
  undated: Type.Optional(Type.Union([Type.Literal('include'), Type.Literal('exclude')], { description: 'On a date: "include" counts ties with no known start as holding; default "exclude" leaves them out and counts them' })),
};
export const Version = Type.Integer({ minimum: 0, description: 'The version you read; a write based on an older one gets 409' });

/** What a stored property can hold (the model's PropertyValue). */
export const PropertyValueSchema = Type.Union([
  Type.String({ maxLength: SIZES.propertyText }),
  Type.Number(),
  Type.Boolean(),
  Type.Array(Type.String({ maxLength: SIZES.listItem }), { maxItems: SIZES.listItems }),
]);
/** A stored value as answers carry it: any property value, or null. */
export const StoredValue = Type.Union([Type.Null(), Type.String(), Type.Number(), Type.Boolean(), Type.Array(Type.String())]);
/** An object with some known fields and any number of other stored properties. */
function withProperties<T extends TProperties>(known: T, description: string, examples: unknown[] = []) {
  const schema = Type.Object(known, { additionalProperties: StoredValue, description, ...(examples.length ? { examples } : {}) });
  // The schema says it (additionalProperties); TypeBox's static type does not, so it is added here.
  return Type.Unsafe<Static<TObject<T>> & Record<string, Static<typeof StoredValue>>>(schema);
}

/** A node as reads answer it (all visible properties; `version` among them once it was written). */
export const NodeSchema = withProperties(
  {
    id: Type.String(), nodeType: NodeLabelSchema, name: Type.String(),
    description: Type.Optional(Type.String()), aliases: Type.Optional(Type.Array(Type.String())),
    source: Type.Optional(Type.String()), since: Type.Optional(Type.String()), until: Type.Optional(Type.String()), lastConfirmed: Type.Optional(Type.String()),
  },
  'A node with all its visible properties',
);
/** A node as writes answer it: with the version the next write must name. */
export const EntitySchema = withProperties(
  { id: Type.String(), nodeType: NodeLabelSchema, name: Type.String(), version: Type.Integer() },
  'A node with all its visible properties',
  [{ id: 'org-providence-house', nodeType: 'Organisation', name: 'Providence House', version: 1, source: 'Annual report 2023 §2' }],
);
export const TieSchema = withProperties(
  { id: Type.String(), tieType: TieTypeSchema, from: Type.String(), to: Type.String(), version: Type.Integer() },
  'A tie with all its properties',
  [{ id: 'WORKS_ON:org-a->theme-youth', tieType: 'WORKS_ON', from: 'org-a', to: 'theme-youth', version: 1, source: 'Meeting notes 2024-02-12', lead: true }],
);

/** Node attributes in a served graph: the node's properties plus `label` (its name) and `nodeType`. */
export const GraphNodeAttributes = withProperties({ label: Type.String(), name: Type.String(), nodeType: NodeLabelSchema }, 'The node\'s properties, its label and kind');
export const GraphEdgeAttributes = withProperties({ tieType: TieTypeSchema }, 'The tie\'s properties and kind');
export const GraphSchema = Type.Object(
  {
    attributes: Type.Record(Type.String(), Type.Unknown(), { description: 'About the answer: filter, cursor, truncation' }),
    options: Type.Object({ type: Type.Literal('directed'), multi: Type.Literal(true), allowSelfLoops: Type.Literal(false) }),
    nodes: Type.Array(Type.Object({ key: Type.String(), attributes: GraphNodeAttributes })),
    edges: Type.Array(Type.Object({ key: Type.String(), source: Type.String(), target: Type.String(), attributes: GraphEdgeAttributes })),
  },
  {
    description: "A graph in graphology's serialised format",
    examples: [{
      attributes: {},
      options: { type: 'directed', multi: true, allowSelfLoops: false },
      nodes: [
        { key: 'org-a', attributes: { label: 'Providence House', name: 'Providence House', nodeType: 'Organisation' } },
        { key: 'theme-youth', attributes: { label: 'Youth work', name: 'Youth work', nodeType: 'Theme' } },
      ],
      edges: [{ key: 'WORKS_ON:org-a->theme-youth', source: 'org-a', target: 'theme-youth', attributes: { tieType: 'WORKS_ON', lead: true } }],
    }],
  },
);

export const FieldProblemSchema = Type.Object(
  {
    field: Type.String({ description: 'A JSON pointer into the request, e.g. /changes/since' }),
    code: Type.Unsafe<ProblemCode>(Type.String({ enum: [...PROBLEM_CODES] })),
    message: Type.String(),
  },
  { description: 'What is wrong with one field, as a code for programs and a sentence for people' },
);

const errorProperties = {
  error: Type.Unsafe<ErrorCode>(Type.String({ enum: [...ERROR_CODES], description: 'What kind of failure, for programs' })),
  message: Type.String({ description: 'What went wrong, in words a user can act on' }),
  fields: Type.Optional(Type.Array(FieldProblemSchema)),
  current: Type.Optional(Type.Unknown({ description: 'On 409: the node or tie as it is now' })),
  existing: Type.Optional(Type.Unknown({ description: 'On 409 duplicate_tie: the tie that already joins the two nodes' })),
};
export const ErrorResponse = Type.Object(errorProperties, {
  description: 'The one shape of every error answer',
  examples: [{ error: 'invalid_fields', message: 'The node was not saved: /since must be a date.', fields: [{ field: '/since', code: 'bad_date', message: 'Write a date as YYYY, YYYY-MM or YYYY-MM-DD.' }] }],
});
/** The error answer with extra fields for one status (the import plan on 422). */
export const errorWith = <T extends Record<string, TSchema>>(extra: T, description: string) =>
  Type.Object({ ...errorProperties, ...extra }, { description });

/** Answers every read of something by id can give besides its own. */
export const readErrors = { 400: ErrorResponse, 404: ErrorResponse, 500: ErrorResponse } as const;
/** Answers a read with only query parameters can give besides its own. */
export const queryErrors = { 400: ErrorResponse, 500: ErrorResponse } as const;
/** For routes that take no parameters: an unknown one is an error the caller should hear about. */
export const NoQuery = Type.Object({}, { additionalProperties: false });
/** Answers every write can give besides its own. */
export const writeErrors = { 400: ErrorResponse, 401: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse, 413: ErrorResponse, 500: ErrorResponse } as const;

/** The OpenAPI tags, each route has one. */
export const TAGS = [
  { name: 'accounts', description: 'Sign in and out, your account, password, API tokens, reset links, and the members of a map' },
  { name: 'directory', description: 'Keeping the directory true (the review queue) and people\'s contact details, export and erasure' },
  { name: 'analysis', description: 'Clusters, gap lists, what-if and health of the organisation network' },
  { name: 'graph', description: 'The whole graph, one node and the service health' },
  { name: 'history', description: 'Who changed what and when; revert a change or an import; confirm a fact is still true' },
  { name: 'interchange', description: 'Import files (dry run, then commit) and export the atlas' },
  { name: 'maps', description: 'The maps: list with headline figures, create, change, archive, duplicate, delete, saved layout, copy a node across maps' },
  { name: 'queries', description: 'Search, counts, neighbourhoods, paths, themes and filtered subgraphs' },
  { name: 'writes', description: 'Create, change, delete and merge nodes and ties (editor role in the map, or steward for their organisation)' },
] as const;
export type Tag = (typeof TAGS)[number]['name'];
