/**
 * HTTP for import and export. An upload is the file's bytes as the request body (any of the
 * content types below), or several files as JSON with base64 contents; preview plans without
 * writing, commit plans and writes in one transaction. Exports are downloads.
 */
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyError, FastifyRequest } from 'fastify';
import { viewerFor } from '../access.ts';
import type { Database } from '../db/connection.ts';
import { InterchangeError } from '../interchange/errors.ts';
import { formatSize, SIZE_LIMITS } from '../interchange/limits.ts';
import type { ImportFile } from '../interchange/read.ts';
import { FORMATS, type ColumnMapping, type Format } from '../interchange/types.ts';
import { NODE_LABELS, TIE_TYPE_NAMES } from '../model/model.ts';
import { ExportService } from '../services/exportService.ts';
import { ImportRejectedError, ImportService, type ImportOptions } from '../services/importService.ts';

export interface InterchangeRoutesOptions {
  db: Database;
  /** The editor key (ATLAS_EDITOR_KEY); when set, imports need it and exports leave people out without it. */
  editorKey?: string;
}

/** Content types an upload may be sent as; all are read as raw bytes. */
export const UPLOAD_TYPES = [
  'application/octet-stream', 'text/csv', 'text/plain', 'text/tab-separated-values', 'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/xml', 'text/xml',
  'application/gexf+xml', 'application/graphml+xml',
];
const LARGEST = Math.max(...Object.values(SIZE_LIMITS));
/** JSON uploads carry base64 (4 bytes per 3) of up to two of the largest files. */
const JSON_LIMIT = Math.ceil((LARGEST * 2 * 4) / 3) + 64 * 1024;

const FormatParam = Type.Union(FORMATS.map((f) => Type.Literal(f)));
const Table = Type.Union([Type.Literal('elements'), Type.Literal('connections')]);
const PlanOptions = {
  defaultNodeType: Type.Optional(Type.Union(NODE_LABELS.map((l) => Type.Literal(l)), { description: 'type for elements whose row gives none' })),
  defaultTieType: Type.Optional(Type.Union(TIE_TYPE_NAMES.map((t) => Type.Literal(t)), { description: 'type for connections whose row gives none' })),
  source: Type.Optional(Type.String({ minLength: 1, maxLength: 500, description: 'provenance for new records whose row names none' })),
};
const ColumnMap = Type.Record(Type.String(), Type.Union([Type.String(), Type.Null()]));
const Mapping = Type.Object({ elements: Type.Optional(ColumnMap), connections: Type.Optional(ColumnMap) }, { additionalProperties: false });

const RawQuery = Type.Object({
  format: Type.Optional(FormatParam),
  name: Type.Optional(Type.String({ maxLength: 255, description: "the file's name, for messages and to guess the format" })),
  table: Type.Optional(Table),
  mapping: Type.Optional(Type.String({ maxLength: 20_000, description: 'JSON: { elements?: { header: field | null }, connections?: {...} }' })),
  ...PlanOptions,
}, { additionalProperties: false });

const FilesBody = Type.Object({
  files: Type.Array(Type.Object({
    name: Type.Optional(Type.String({ maxLength: 255 })),
    format: Type.Optional(FormatParam),
    table: Type.Optional(Table),
    data: Type.String({ description: "the file's bytes in base64" }),
  }, { additionalProperties: false }), { minItems: 1, maxItems: 10 }),
  mapping: Type.Optional(Mapping),
  ...PlanOptions,
}, { additionalProperties: false });

function parseMapping(text: string | undefined): ColumnMapping | undefined {
  if (text === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new InterchangeError('interchange: "mapping" must be JSON, e.g. {"elements":{"Organisation":"name"}}.');
  }
  const ok = typeof value === 'object' && value !== null && Object.entries(value).every(([table, columns]) =>
    ['elements', 'connections'].includes(table) && typeof columns === 'object' && columns !== null
    && Object.values(columns).every((target) => target === null || typeof target === 'string'));
  if (!ok) throw new InterchangeError('interchange: "mapping" must look like {"elements":{"header":"field or property"},"connections":{"header":null}}; null ignores a column.');
  return value as ColumnMapping;
}

function planOptions(source: { defaultNodeType?: string; defaultTieType?: string; source?: string }, mapping?: ColumnMapping): ImportOptions {
  return { defaultNodeType: source.defaultNodeType as ImportOptions['defaultNodeType'], defaultTieType: source.defaultTieType as ImportOptions['defaultTieType'], source: source.source, mapping };
}

function rawFiles(request: FastifyRequest<{ Querystring: Static<typeof RawQuery> }>): ImportFile[] {
  const body = request.body;
  if (!Buffer.isBuffer(body)) throw new InterchangeError(`interchange: send the file's bytes as the request body (e.g. Content-Type: application/octet-stream), or JSON { files: [...] } to /api/import/files/preview.`);
  const { format, name, table } = request.query;
  return [{ bytes: body, format, name, kind: table }];
}

function jsonFiles(body: Static<typeof FilesBody>): ImportFile[] {
  return body.files.map((file, index) => {
    if (!/^[A-Za-z0-9+/=\s]*$/.test(file.data)) throw new InterchangeError(`interchange: files[${index}].data must be base64.`);
    return { bytes: Buffer.from(file.data, 'base64'), name: file.name, format: file.format, kind: file.table };
  });
}

export const interchangeRoutes: FastifyPluginAsyncTypebox<InterchangeRoutesOptions> = async (app, { db, editorKey }) => {
  const imports = new ImportService(db);
  const exports = new ExportService(db);

  app.removeContentTypeParser(['text/plain']);
  app.addContentTypeParser(UPLOAD_TYPES, { parseAs: 'buffer', bodyLimit: LARGEST }, (_request, body, done) => done(null, body));

  // Too-large bodies and refused commits get answers a person can act on; the rest go to the app's handler.
  app.setErrorHandler((error: FastifyError, _request, reply) => {
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return reply.status(413).send({ error: 'Payload Too Large', message: `interchange: the upload is over ${formatSize(LARGEST)}, the largest any import accepts (${FORMATS.map((f) => `${f.toUpperCase()} ${formatSize(SIZE_LIMITS[f])}`).join(', ')}). Split it into smaller files.` });
    }
    if (error instanceof InterchangeError) return reply.status(error.statusCode).send({ error: error.statusCode === 413 ? 'Payload Too Large' : 'Bad Request', message: error.message });
    if (error instanceof ImportRejectedError) return reply.status(422).send({ error: 'Unprocessable Entity', message: error.message, plan: error.plan });
    throw error;
  });

  // The app decorates each request with its viewer; the fallback keeps this plugin usable on its own.
  const viewerOf = (request: FastifyRequest) => request.viewer ?? viewerFor(request.headers.authorization, editorKey);
  const requireEditor = async (request: FastifyRequest) => {
    if (!viewerOf(request).mayWrite) {
      throw Object.assign(new Error('Importing needs the editor key: send it as "Authorization: Bearer <key>".'), { statusCode: 401, name: 'Unauthorized' });
    }
  };

  app.post('/api/import/preview', { schema: { querystring: RawQuery }, preHandler: requireEditor }, async (request) =>
    imports.preview(rawFiles(request), planOptions(request.query, parseMapping(request.query.mapping))));

  app.post('/api/import/commit', { schema: { querystring: RawQuery }, preHandler: requireEditor }, async (request) =>
    imports.commit(rawFiles(request), planOptions(request.query, parseMapping(request.query.mapping))));

  app.post('/api/import/files/preview', { schema: { body: FilesBody }, bodyLimit: JSON_LIMIT, preHandler: requireEditor }, async (request) =>
    imports.preview(jsonFiles(request.body), planOptions(request.body, request.body.mapping)));

  app.post('/api/import/files/commit', { schema: { body: FilesBody }, bodyLimit: JSON_LIMIT, preHandler: requireEditor }, async (request) =>
    imports.commit(jsonFiles(request.body), planOptions(request.body, request.body.mapping)));

  app.get('/api/export/:format', {
    schema: {
      params: Type.Object({ format: FormatParam }),
      querystring: Type.Object({ table: Type.Optional(Table) }, { additionalProperties: false }),
    },
  }, async (request, reply) => {
    const viewer = viewerOf(request);
    const file = await exports.export(request.params.format as Format, { table: request.query.table, hidden: viewer.hiddenLabels });
    return reply
      .header('Content-Type', file.contentType)
      .header('Content-Disposition', `attachment; filename="${file.fileName}"`)
      .header('Cache-Control', 'no-store')
      .send(file.body);
  });
};
