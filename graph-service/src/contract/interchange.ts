/**
 * Contract of import and export. An upload is the file's bytes as the request body (any of the
 * UPLOAD_TYPES), or several files as JSON with base64 contents; preview plans without writing,
 * commit plans and writes in one transaction. Imports go into one map (`/api/maps/:map/import/...`)
 * or make a new one (`/api/import/...`, the commit naming its `title`). Exports are downloads of one map.
 */
import { Type } from 'typebox';
import { MAP_DESCRIPTION_LENGTH, MAP_TITLE_LENGTH } from '../model/maps.ts';
import { NODE_LABELS, TIE_TYPE_NAMES } from '../model/model.ts';
import { asOfQuery, errorWith, ErrorResponse, FieldProblemSchema, inMap, needs, MapId, oneOf, queryErrors } from './common.ts';
import { FORMATS, JSON_STYLES, OUTCOMES, REJECTED_ROWS, type Outcome } from './lists.ts';

/** Content types an upload may be sent as; all are read as raw bytes. */
export const UPLOAD_TYPES = [
  'application/octet-stream', 'text/csv', 'text/plain', 'text/tab-separated-values', 'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/xml', 'text/xml',
  'application/gexf+xml', 'application/graphml+xml',
];

export const FormatParam = oneOf(FORMATS, 'A file format');
const Table = Type.Union([Type.Literal('elements'), Type.Literal('connections')]);
const PlanOptions = {
  defaultNodeType: Type.Optional(oneOf(NODE_LABELS, 'type for elements whose row gives none')),
  defaultTieType: Type.Optional(oneOf(TIE_TYPE_NAMES, 'type for connections whose row gives none')),
  source: Type.Optional(Type.String({ minLength: 1, maxLength: 500, description: 'provenance for new records whose row names none' })),
  rejectedRows: Type.Optional(oneOf(REJECTED_ROWS, 'what a commit does with rejected rows: "refuse" the whole import (the default), or "skip" them, writing the valid rows in one transaction and answering the rejected ones as a CSV with a reason column')),
};
/** The dry run's fingerprint of its plan; a commit given it refuses (409) if its own plan differs. */
const Fingerprint = Type.String({ pattern: '^[0-9a-f]{64}$', description: "the preview's plan fingerprint: the commit refuses with 409 if its own plan (made inside the write transaction) differs" });
const ColumnMap = Type.Record(Type.String(), Type.Union([Type.String(), Type.Null()]));
export const ColumnMapping = Type.Object({ elements: Type.Optional(ColumnMap), connections: Type.Optional(ColumnMap) }, { additionalProperties: false });

export const RawUploadQuery = Type.Object({
  format: Type.Optional(FormatParam),
  name: Type.Optional(Type.String({ maxLength: 255, description: "the file's name, for messages and to guess the format" })),
  table: Type.Optional(Table),
  mapping: Type.Optional(Type.String({ maxLength: 20_000, description: 'JSON: { elements?: { header: field | null }, connections?: {...} }' })),
  fingerprint: Type.Optional(Fingerprint),
  ...PlanOptions,
}, { additionalProperties: false });

/** What an import into a new map names it: its title (the map's id is made from it) and a description. */
const NewMapFields = {
  title: Type.String({ minLength: 1, maxLength: MAP_TITLE_LENGTH, pattern: '\\S', description: "the new map's title; its id is made from it", examples: ['Florentine families'] }),
  description: Type.Optional(Type.String({ maxLength: MAP_DESCRIPTION_LENGTH, description: "the new map's description" })),
};
export const RawUploadToNewMapQuery = Type.Object({ ...RawUploadQuery.properties, ...NewMapFields }, { additionalProperties: false });
export const NewMapQuery = Type.Object(NewMapFields, { additionalProperties: false });

export const FilesBody = Type.Object({
  files: Type.Array(Type.Object({
    name: Type.Optional(Type.String({ maxLength: 255 })),
    format: Type.Optional(FormatParam),
    table: Type.Optional(Table),
    data: Type.String({ description: "the file's bytes in base64" }),
  }, { additionalProperties: false }), { minItems: 1, maxItems: 10 }),
  mapping: Type.Optional(ColumnMapping),
  fingerprint: Type.Optional(Fingerprint),
  ...PlanOptions,
}, { additionalProperties: false, examples: [{ files: [{ name: 'elements.csv', data: 'aWQsbmFtZSx0eXBlCm9yZy1hLFByb3ZpZGVuY2UgSG91c2UsT3JnYW5pc2F0aW9uCg==' }], defaultNodeType: 'Organisation' }] });

export const MATCHED_BY = ['id', 'name', 'alias', 'near-duplicate', 'earlier row'] as const;
export const OutcomeSchema = oneOf<Outcome>(OUTCOMES, 'What the row becomes');
const Counts = Type.Object(Object.fromEntries(OUTCOMES.map((o) => [o, Type.Integer()])) as Record<Outcome, ReturnType<typeof Type.Integer>>);

export const PlanRow = Type.Object({
  record: Type.Union([Type.Literal('element'), Type.Literal('connection')], { description: 'An element, or a connection (also for ties from an element\'s themes or area column)' }),
  kind: Table,
  origin: Type.String(),
  line: Type.Integer(),
  outcome: OutcomeSchema,
  id: Type.Optional(Type.String({ description: "The element's or connection's id in the atlas (after the import)" })),
  name: Type.Optional(Type.String()),
  type: Type.Optional(Type.String()),
  from: Type.Optional(Type.String()),
  to: Type.Optional(Type.String()),
  matchedBy: Type.Optional(oneOf(MATCHED_BY, 'How an existing element was found')),
  into: Type.Optional(Type.Object({ id: Type.String(), name: Type.String() }, { description: 'For merged rows: the element the row is merged into' })),
  changes: Type.Optional(Type.Array(Type.String(), { description: 'The properties this row sets or changes' })),
  reasons: Type.Array(Type.String(), { description: 'Why a row is rejected' }),
  problems: Type.Array(FieldProblemSchema, { description: 'The write rules\' problems among those reasons, with their codes, by column' }),
  notes: Type.Array(Type.String()),
});
export const ColumnUse = Type.Object({
  kind: Table, origin: Type.String(), header: Type.String(),
  use: Type.String({ description: 'A field of the convention (e.g. "name"), "property:<name>", or "ignored"' }),
  note: Type.Optional(Type.String()),
});
const planExample = {
  committable: true, problems: [], notes: [],
  columns: [{ kind: 'elements', origin: 'file "elements.csv"', header: 'name', use: 'name' }],
  summary: { elements: { created: 1, updated: 0, unchanged: 0, merged: 0, rejected: 0 }, connections: { created: 0, updated: 0, unchanged: 0, merged: 0, rejected: 0 } },
  rows: [{ record: 'element', kind: 'elements', origin: 'file "elements.csv"', line: 2, outcome: 'created', id: 'org-a', name: 'Providence House', type: 'Organisation', reasons: [], problems: [], notes: [] }],
};
export const ImportPlan = Type.Object(
  {
    committable: Type.Boolean({ description: 'True when nothing stops the commit: no file problems and no rejected rows' }),
    problems: Type.Array(Type.String()),
    notes: Type.Array(Type.String()),
    columns: Type.Array(ColumnUse),
    summary: Type.Object({ elements: Counts, connections: Counts }),
    rows: Type.Array(PlanRow),
    fingerprint: Type.Optional(Type.String({ description: 'A hash of what the plan would write; give it to the commit so it writes exactly this or nothing (409)' })),
  },
  { examples: [planExample] },
);
export const WriteCounts = Type.Object({ nodesCreated: Type.Integer(), nodesUpdated: Type.Integer(), tiesCreated: Type.Integer(), tiesUpdated: Type.Integer() });
const ImportId = Type.String({ description: 'The history\'s name for this import: POST /api/maps/{map}/imports/{importId}/revert undoes it as a whole' });
const importIdExample = '0b6f1c2e-5d7a-4f7e-9a51-3c1d2e4f5a6b';
const RejectedCsv = Type.String({ description: 'With rejectedRows "skip": the rejected rows as CSV (table, line, record, id, name, type, from, to, reason); empty when none was' });
export const CommitResult = Type.Object(
  { plan: ImportPlan, written: WriteCounts, importId: ImportId, rejectedCsv: Type.Optional(RejectedCsv) },
  { examples: [{ plan: planExample, written: { nodesCreated: 1, nodesUpdated: 0, tiesCreated: 0, tiesUpdated: 0 }, importId: importIdExample }] },
);
export const NewMapCommitResult = Type.Object(
  { map: Type.Object({ id: MapId, title: Type.String() }, { description: 'The map the import made' }), plan: ImportPlan, written: WriteCounts, importId: ImportId, rejectedCsv: Type.Optional(RejectedCsv) },
  { examples: [{ map: { id: 'florentine-families', title: 'Florentine families' }, plan: planExample, written: { nodesCreated: 1, nodesUpdated: 0, tiesCreated: 0, tiesUpdated: 0 }, importId: importIdExample }] },
);
export const ImportRejected = errorWith({ plan: ImportPlan }, 'The commit was refused and nothing was written; the plan says which rows and why');

const importErrors = { 400: ErrorResponse, 401: ErrorResponse, 413: ErrorResponse, 415: ErrorResponse, 429: ErrorResponse, 500: ErrorResponse } as const;
/** Inside a map the map may also be unknown (404) or, for a commit, archived (409). */
const mapImportErrors = { ...importErrors, 404: ErrorResponse } as const;
const upload = { tags: ['interchange'], ...needs('editor') } as const;
const uploadToNewMap = { tags: ['interchange'], ...needs('account') } as const;
const rawBody = { description: "The file's bytes", content: Object.fromEntries(UPLOAD_TYPES.map((t) => [t, { schema: { type: 'string', format: 'binary' } }])) };
const MapParams = inMap({});

export const previewImport = {
  ...upload, operationId: 'previewImport', summary: "Dry run of one uploaded file into the map: what a commit would do, row by row; writes nothing",
  params: MapParams, querystring: RawUploadQuery, response: { 200: ImportPlan, ...mapImportErrors },
} as const;
export const commitImport = {
  ...upload, operationId: 'commitImport', summary: 'Import one uploaded file into the map in one transaction, or nothing if any row is rejected',
  params: MapParams, querystring: RawUploadQuery, response: { 200: CommitResult, 409: ErrorResponse, 422: ImportRejected, ...mapImportErrors },
} as const;
export const previewImportFiles = {
  ...upload, operationId: 'previewImportFiles', summary: 'Dry run of several files sent as JSON (e.g. an elements CSV and a connections CSV) into the map',
  params: MapParams, body: FilesBody, response: { 200: ImportPlan, ...mapImportErrors },
} as const;
export const commitImportFiles = {
  ...upload, operationId: 'commitImportFiles', summary: 'Import several files sent as JSON into the map in one transaction, or nothing if any row is rejected',
  params: MapParams, body: FilesBody, response: { 200: CommitResult, 409: ErrorResponse, 422: ImportRejected, ...mapImportErrors },
} as const;

export const previewImportToNewMap = {
  ...uploadToNewMap, operationId: 'previewImportToNewMap', summary: 'Dry run of one uploaded file into a new, empty map; writes nothing',
  querystring: RawUploadQuery, response: { 200: ImportPlan, ...importErrors },
} as const;
export const commitImportToNewMap = {
  ...uploadToNewMap, operationId: 'commitImportToNewMap', summary: 'Make a new map (?title=) from one uploaded file: the map and its data in one transaction, or nothing',
  querystring: RawUploadToNewMapQuery, response: { 201: NewMapCommitResult, 409: ErrorResponse, 422: ImportRejected, ...importErrors },
} as const;
export const previewImportFilesToNewMap = {
  ...uploadToNewMap, operationId: 'previewImportFilesToNewMap', summary: 'Dry run of several files sent as JSON into a new, empty map; writes nothing',
  body: FilesBody, response: { 200: ImportPlan, ...importErrors },
} as const;
export const commitImportFilesToNewMap = {
  ...uploadToNewMap, operationId: 'commitImportFilesToNewMap', summary: 'Make a new map (?title=) from several files sent as JSON: the map and its data in one transaction, or nothing',
  querystring: NewMapQuery, body: FilesBody, response: { 201: NewMapCommitResult, 409: ErrorResponse, 422: ImportRejected, ...importErrors },
} as const;
/** For the OpenAPI document only: the raw upload bodies are read by a content-type parser, not validated. */
export const RAW_UPLOAD_BODY = rawBody;
/** The operations whose body is a raw upload. */
export const RAW_UPLOAD_OPERATIONS: ReadonlySet<string> = new Set([previewImport, commitImport, previewImportToNewMap, commitImportToNewMap].map((route) => route.operationId));

/** Each download's content type with a taste of what it holds. */
const EXPORT_EXAMPLES: Record<string, string> = {
  'application/gexf+xml': '<?xml version="1.0" encoding="UTF-8"?><gexf version="1.2" xmlns="http://www.gexf.net/1.2draft">…</gexf>',
  'application/graphml+xml': '<?xml version="1.0" encoding="UTF-8"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">…</graphml>',
  'text/csv': 'ID,Label,Type,Description\norg-a,Providence House,Organisation,A community centre\n',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': '(an XLSX workbook with the sheets Elements and Connections)',
  'application/json': '{"attributes":{},"options":{"type":"directed","multi":true,"allowSelfLoops":false},"nodes":[],"edges":[]}',
};
export const exportMap = {
  operationId: 'exportMap', tags: ['interchange'], ...needs('public'),
  summary: 'Download the map as GEXF (dynamic, for Gephi\'s timeline), GraphML, CSV (one table), XLSX or JSON (graphology\'s or node-link); with asOf, the network on that date',
  params: inMap({ format: FormatParam }),
  querystring: Type.Object({ table: Type.Optional(Table), style: Type.Optional(oneOf(JSON_STYLES, 'For JSON: graphology (the default) or node-link, as networkx and d3 read')), ...asOfQuery }, { additionalProperties: false }),
  response: {
    200: {
      description: 'The file, as an attachment',
      content: Object.fromEntries(Object.entries(EXPORT_EXAMPLES).map(([type, example]) => [type, { schema: Type.String({ format: 'binary', examples: [example] }) }])),
    },
    ...queryErrors,
    404: ErrorResponse,
  },
} as const;
