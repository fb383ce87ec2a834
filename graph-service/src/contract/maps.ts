/**
 * Contract of the map routes: the list of maps with their headline figures, one map's record
 * (create, change, archive, delete, duplicate), its saved layout, and copying a node into another map.
 */
import { Type, type TSchema } from 'typebox';
import { DEFAULT_FRESHNESS_MONTHS, FRESHNESS_MONTHS_MAX, FRESHNESS_MONTHS_MIN } from '../model/freshness.ts';
import { MAP_APPEARANCE_LENGTH, MAP_DESCRIPTION_LENGTH, MAP_LAYOUT_NODES, MAP_OWNER_LENGTH, MAP_TITLE_LENGTH } from '../model/maps.ts';
import { ACCESS_LEVELS, type AccessLevel } from '../model/roles.ts';
import { NODE_ID_PATTERN } from '../model/rules/ids.ts';
import { EntitySchema, ErrorResponse, inMap, needs, MapId, NodeId, oneOf, Version, writeErrors } from './common.ts';

const Title = Type.String({ minLength: 1, maxLength: MAP_TITLE_LENGTH, description: 'What the map is called, e.g. Battersea Alliance' });
const Description = Type.String({ maxLength: MAP_DESCRIPTION_LENGTH, description: 'What the map shows and where its data comes from' });
const Owner = Type.String({ minLength: 1, maxLength: MAP_OWNER_LENGTH, description: 'Who keeps the map: a group, or a person by role' });
const FreshnessMonths = Type.Integer({
  minimum: FRESHNESS_MONTHS_MIN, maximum: FRESHNESS_MONTHS_MAX,
  description: `How many months a fact stays fresh after someone confirmed it (default ${DEFAULT_FRESHNESS_MONTHS}): older facts go to the review queue and fade on the map`,
  examples: [DEFAULT_FRESHNESS_MONTHS],
});
const nullable = <T extends TSchema>(schema: T) => Type.Union([Type.Null(), schema]);
export const Appearance = Type.Record(Type.String({ maxLength: 100 }), Type.Unknown(), {
  maxProperties: 50,
  description: `The map's default appearance in the app (colour, size, labels), as the app writes it; up to ${MAP_APPEARANCE_LENGTH} characters of JSON`,
  examples: [{ colour: 'kind', size: 'degree' }],
});

const MAP_EXAMPLE = {
  id: 'battersea-alliance', title: 'Battersea Alliance', description: 'The Battersea Alliance of community organisations in Battersea, Wandsworth.',
  owner: 'Battersea Alliance core group', archived: false, published: true, freshnessMonths: 12, createdAt: '2026-01-05T10:00:00.000Z', updatedAt: '2026-01-05T10:00:00.000Z', version: 1,
};
const FIGURES_EXAMPLE = { organisations: 34, workingTies: 41, isolated: 3, clusters: 4 };

const mapProperties = {
  id: MapId,
  title: Type.String(),
  description: Type.Optional(Type.String()),
  owner: Type.Optional(Type.String()),
  archived: Type.Boolean({ description: 'An archived map is read-only, and the list leaves it out unless asked' }),
  published: Type.Boolean({ description: 'Anyone may see a published map (people never without a role); an unpublished one only its members' }),
  copiedFrom: Type.Optional(Type.String({ description: 'The map this one was duplicated from' })),
  appearance: Type.Optional(Appearance),
  freshnessMonths: FreshnessMonths,
  createdAt: Type.String(),
  updatedAt: Type.String(),
  version: Type.Integer({ description: 'The version a change or delete must name' }),
};
export const MapSchema = Type.Object(mapProperties, { description: "A map's own record", examples: [MAP_EXAMPLE] });

export const MapFigures = Type.Object(
  {
    organisations: Type.Integer({ description: 'Organisations in the map' }),
    workingTies: Type.Integer({ description: 'Working ties between organisations (the analysis network)' }),
    isolated: Type.Integer({ description: 'Organisations with no working tie' }),
    clusters: Type.Integer({ description: 'Clusters the analysis finds' }),
  },
  { description: 'Headline figures from the analysis of the whole map', examples: [FIGURES_EXAMPLE] },
);
export const MapWithFigures = Type.Object({ ...mapProperties, figures: MapFigures }, { description: 'A map with its headline figures', examples: [{ ...MAP_EXAMPLE, figures: FIGURES_EXAMPLE }] });
export const MapAccess = Type.Object(
  {
    level: oneOf<AccessLevel>(ACCESS_LEVELS, 'Your level in this map: public, viewer, member, editor or admin'),
    stewardOf: Type.Array(Type.String(), { description: 'The organisations in this map you are a steward of' }),
  },
  { description: 'What you may do in this map', examples: [{ level: 'member', stewardOf: ['org-providence-house'] }] },
);
export const MapDetails = Type.Object(
  { ...mapProperties, figures: MapFigures, access: MapAccess },
  { description: 'A map with its headline figures and what you may do in it', examples: [{ ...MAP_EXAMPLE, figures: FIGURES_EXAMPLE, access: { level: 'viewer', stewardOf: [] } }] },
);
export const MapList = Type.Object({ maps: Type.Array(MapWithFigures) }, { examples: [{ maps: [{ ...MAP_EXAMPLE, figures: FIGURES_EXAMPLE }] }] });
export const MapListQuery = Type.Object(
  { archived: Type.Optional(Type.Boolean({ description: 'true: archived maps too' })) },
  { additionalProperties: false },
);

export const MapCreateBody = Type.Object(
  { title: Title, id: Type.Optional(MapId), description: Type.Optional(Description), owner: Type.Optional(Owner), appearance: Type.Optional(Appearance), published: Type.Optional(Type.Boolean({ description: 'Default true' })) },
  { additionalProperties: false, examples: [{ title: 'Hounslow food network', owner: 'Hounslow CVS', description: 'Food banks, pantries and their funders.' }] },
);
export const MapChanges = Type.Object(
  {
    title: Type.Optional(Title),
    description: Type.Optional(nullable(Description)),
    owner: Type.Optional(nullable(Owner)),
    archived: Type.Optional(Type.Boolean()),
    published: Type.Optional(Type.Boolean({ description: 'false: only the map\'s members see it' })),
    appearance: Type.Optional(nullable(Appearance)),
    freshnessMonths: Type.Optional(FreshnessMonths),
  },
  { additionalProperties: false, minProperties: 1, description: 'Only the fields to change; null removes a field. An archived map takes only changes that unarchive it' },
);
export const MapUpdateBody = Type.Object(
  { version: Version, changes: MapChanges },
  { additionalProperties: false, examples: [{ version: 1, changes: { title: 'Battersea Alliance network', archived: false } }] },
);
export const MapVersionQuery = Type.Object({ version: Version }, { additionalProperties: false });
export const MapDeleted = Type.Object(
  { deleted: MapId, nodes: Type.Integer(), ties: Type.Integer() },
  { description: 'The map and everything in it is gone', examples: [{ deleted: 'hounslow-food-network', nodes: 40, ties: 88 }] },
);

export const DuplicateBody = Type.Object(
  { title: Title, id: Type.Optional(MapId) },
  { additionalProperties: false, examples: [{ title: 'Battersea Alliance (what if)' }] },
);
export const Duplicated = Type.Object(
  { map: MapSchema, nodes: Type.Integer(), ties: Type.Integer() },
  { examples: [{ map: { ...MAP_EXAMPLE, id: 'battersea-alliance-what-if', title: 'Battersea Alliance (what if)', copiedFrom: 'battersea-alliance' }, nodes: 74, ties: 174 }] },
);

export const Positions = Type.Record(
  Type.String({ pattern: NODE_ID_PATTERN }),
  Type.Array(Type.Number(), { minItems: 2, maxItems: 2 }),
  { maxProperties: MAP_LAYOUT_NODES, description: 'Node id → [x, y]' },
);
export const LayoutBody = Type.Object({ positions: Positions }, { additionalProperties: false, examples: [{ positions: { 'org-providence-house': [12.5, -3.25] } }] });
export const LayoutAnswer = Type.Object(
  { positions: Positions, updatedAt: Type.Optional(Type.String({ description: 'When the layout was last saved; absent if never' })) },
  { examples: [{ positions: { 'org-providence-house': [12.5, -3.25] }, updatedAt: '2026-01-05T10:00:00.000Z' }] },
);

export const CopyNodeBody = Type.Object({ to: MapId }, { additionalProperties: false, examples: [{ to: 'team-hackney' }] });
export const CopiedNode = Type.Object(
  { map: MapId, node: EntitySchema },
  { description: 'The copy, in the map it was copied to; `copiedFrom` says where from', examples: [{ map: 'team-hackney', node: { id: 'org-providence-house', nodeType: 'Organisation', name: 'Providence House', version: 1, copiedFrom: 'battersea-alliance/org-providence-house' } }] },
);

const MapParams = inMap({});
const read = { tags: ['maps'], ...needs('public') } as const;
const write = { tags: ['maps'], ...needs('editor') } as const;
const manage = { tags: ['maps'], ...needs('admin') } as const;
const newMap = { tags: ['maps'], ...needs('account') } as const;
const readErrors = { 400: ErrorResponse, 404: ErrorResponse, 500: ErrorResponse } as const;

export const listMaps = { ...read, operationId: 'listMaps', summary: 'The maps, each with its headline figures (organisations, working ties, isolated, clusters)', querystring: MapListQuery, response: { 200: MapList, 400: ErrorResponse, 500: ErrorResponse } } as const;
export const createMap = { ...newMap, operationId: 'createMap', summary: 'Create an empty map', body: MapCreateBody, response: { 201: MapSchema, ...writeErrors } } as const;
export const getMap = { ...read, operationId: 'getMap', summary: "One map's record and headline figures", params: MapParams, response: { 200: MapDetails, ...readErrors } } as const;
export const updateMap = { ...manage, operationId: 'updateMap', summary: 'Rename, describe, archive or unarchive a map, or set its owner, default appearance or freshness age, based on the version you read', params: MapParams, body: MapUpdateBody, response: { 200: MapSchema, ...writeErrors } } as const;
export const deleteMap = { ...manage, operationId: 'deleteMap', summary: 'Delete a map and all its nodes and ties, all or nothing, based on the version you read', params: MapParams, querystring: MapVersionQuery, response: { 200: MapDeleted, ...writeErrors } } as const;
export const duplicateMap = { ...write, operationId: 'duplicateMap', summary: "Copy a map's nodes and ties into a new map", params: MapParams, body: DuplicateBody, response: { 201: Duplicated, ...writeErrors } } as const;
export const getMapLayout = { ...read, operationId: 'getMapLayout', summary: "The map's saved node positions", params: MapParams, response: { 200: LayoutAnswer, ...readErrors } } as const;
export const saveMapLayout = { ...write, operationId: 'saveMapLayout', summary: "Save the map's node positions (replaces the saved ones)", params: MapParams, body: LayoutBody, response: { 200: LayoutAnswer, ...writeErrors } } as const;
export const copyNodeToMap = {
  ...write, operationId: 'copyNodeToMap', summary: 'Copy a node (an organisation with its description) into another map, remembering where it came from',
  params: inMap({ id: NodeId }), body: CopyNodeBody, response: { 201: CopiedNode, ...writeErrors },
} as const;
