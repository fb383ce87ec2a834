/**
 * HTTP for import and export. An upload is the file's bytes as the request body (any of the
 * UPLOAD_TYPES), or several files as JSON with base64 contents; preview plans without writing,
 * commit plans and writes in one transaction. Imports go into the map the path names, or (under
 * /api/import/) into a new map the commit makes. Exports are downloads of one map.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Static } from 'typebox';
import {
  commitImport, commitImportFiles, commitImportFilesToNewMap, commitImportToNewMap, exportMap, previewImport, previewImportFiles,
  previewImportFilesToNewMap, previewImportToNewMap, UPLOAD_TYPES, type FilesBody, type RawUploadQuery,
} from '../contract/interchange.ts';
import { InterchangeError } from '../errors.ts';
import { formatSize, SIZE_LIMITS } from '../interchange/limits.ts';
import type { ImportFile } from '../interchange/read.ts';
import { FORMATS, type ColumnMapping } from '../interchange/types.ts';
import { DATE_HINT, isDate } from '../model/dates.ts';
import { undatedFromQuery, type AsOf } from '../model/time.ts';
import type { AccessService } from '../services/accessService.ts';
import type { ExportService } from '../services/exportService.ts';
import { ImportGate } from '../services/importGate.ts';
import type { ImportOptions, ImportService } from '../services/importService.ts';

export interface InterchangeRoutesOptions {
  imports: ImportService;
  exports: ExportService;
  /** How many imports run at once (per caller and altogether). */
  gate?: ImportGate;
  /** Makes whoever imports into a new map its admin, as creating a map does. */
  access: AccessService;
}

const LARGEST = Math.max(...Object.values(SIZE_LIMITS));
/** JSON uploads carry base64 (4 bytes per 3) of up to two of the largest files. */
const JSON_LIMIT = Math.ceil((LARGEST * 2 * 4) / 3) + 64 * 1024;
const TOO_LARGE = `interchange: the upload is over ${formatSize(LARGEST)}, the largest any import accepts (${FORMATS.map((f) => `${f.toUpperCase()} ${formatSize(SIZE_LIMITS[f])}`).join(', ')}). Split it into smaller files.`;

function parseMapping(text: string | undefined): ColumnMapping | undefined {
  if (text === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new InterchangeError('interchange: "mapping" must be JSON, e.g. {"elements":{"Organisation":"name"}}.', 400, 'bad_request');
  }
  const ok = typeof value === 'object' && value !== null && Object.entries(value).every(([table, columns]) =>
    ['elements', 'connections'].includes(table) && typeof columns === 'object' && columns !== null
    && Object.values(columns).every((target) => target === null || typeof target === 'string'));
  if (!ok) throw new InterchangeError('interchange: "mapping" must look like {"elements":{"header":"field or property"},"connections":{"header":null}}; null ignores a column.', 400, 'bad_request');
  return value as ColumnMapping;
}

function planOptions(source: { defaultNodeType?: string; defaultTieType?: string; source?: string; fingerprint?: string; rejectedRows?: ImportOptions['rejectedRows'] }, mapping?: ColumnMapping): ImportOptions {
  return { defaultNodeType: source.defaultNodeType as ImportOptions['defaultNodeType'], defaultTieType: source.defaultTieType as ImportOptions['defaultTieType'], source: source.source, mapping, fingerprint: source.fingerprint, rejectedRows: source.rejectedRows };
}

function rawFiles(request: FastifyRequest<{ Querystring: Static<typeof RawUploadQuery> }>): ImportFile[] {
  const body = request.body;
  if (!Buffer.isBuffer(body)) throw new InterchangeError(`interchange: send the file's bytes as the request body (e.g. Content-Type: application/octet-stream), or JSON { files: [...] } to the import's files/preview route.`, 400, 'bad_request');
  const { format, name, table } = request.query;
  return [{ bytes: body, format, name, kind: table }];
}

function jsonFiles(body: Static<typeof FilesBody>): ImportFile[] {
  return body.files.map((file, index) => {
    if (!/^[A-Za-z0-9+/=\s]*$/.test(file.data)) throw new InterchangeError(`interchange: files[${index}].data must be base64.`);
    return { bytes: Buffer.from(file.data, 'base64'), name: file.name, format: file.format, kind: file.table };
  });
}

/** The export's date: a real calendar day (the pattern lets 2022-02-31 through), read by the time rule. */
function exportDate(asOf: string | undefined, undated: string | undefined): AsOf {
  if (asOf !== undefined && !isDate(asOf)) throw new InterchangeError(`"asOf" is ${asOf}, which is not on the calendar; give a real date as ${DATE_HINT}, e.g. 2022-03-31.`, 400, 'bad_request');
  return { date: asOf ?? null, undated: undatedFromQuery(undated) };
}

/** The caller an import is counted against: the signed-in account, else the address it comes from. */
function callerOf(request: FastifyRequest): string {
  return request.viewer.actor.id ?? `address:${request.ip}`;
}

/** Route hooks that take an import's place before its body is read and give it back when the answer is sent or the client leaves. */
function gateHooks(gate: ImportGate) {
  const places = new WeakMap<FastifyRequest, () => void>();
  const leave = async (request: FastifyRequest) => places.get(request)?.();
  return {
    onRequest: async (request: FastifyRequest, _reply: FastifyReply) => { places.set(request, gate.enter(callerOf(request))); },
    onResponse: leave,
    onRequestAbort: leave,
  };
}

export const interchangeRoutes: FastifyPluginAsyncTypebox<InterchangeRoutesOptions> = async (app, { imports, exports, access, gate = new ImportGate() }) => {
  app.removeContentTypeParser(['text/plain']);
  app.addContentTypeParser(UPLOAD_TYPES, { parseAs: 'buffer', bodyLimit: LARGEST }, (_request, body, done) => done(null, body));

  // A raw upload's body is a file (its parser above checks the type), not JSON.
  const raw = { ...gateHooks(gate), config: { tooLargeMessage: TOO_LARGE, rawBody: true } };
  const json = { ...gateHooks(gate), config: { tooLargeMessage: TOO_LARGE }, bodyLimit: JSON_LIMIT };
  // A dry run changes nothing, so an archived map allows it (see the map hook in app.ts).
  const dryRun = { tooLargeMessage: TOO_LARGE, reads: true };

  app.post('/api/maps/:map/import/preview', { ...raw, config: { ...dryRun, rawBody: true }, schema: previewImport }, async (request) =>
    imports.preview(request.params.map, rawFiles(request), planOptions(request.query, parseMapping(request.query.mapping))));

  app.post('/api/maps/:map/import/commit', { ...raw, schema: commitImport }, async (request) =>
    imports.commit(request.params.map, rawFiles(request), planOptions(request.query, parseMapping(request.query.mapping)), request.viewer.actor));

  app.post('/api/maps/:map/import/files/preview', { ...json, config: dryRun, schema: previewImportFiles }, async (request) =>
    imports.preview(request.params.map, jsonFiles(request.body), planOptions(request.body, request.body.mapping)));

  app.post('/api/maps/:map/import/files/commit', { ...json, schema: commitImportFiles }, async (request) =>
    imports.commit(request.params.map, jsonFiles(request.body), planOptions(request.body, request.body.mapping), request.viewer.actor));

  app.post('/api/import/preview', { ...raw, schema: previewImportToNewMap }, async (request) =>
    imports.preview(null, rawFiles(request), planOptions(request.query, parseMapping(request.query.mapping))));

  app.post('/api/import/commit', { ...raw, schema: commitImportToNewMap }, async (request, reply) => {
    const { title, description } = request.query;
    const result = await imports.commitToNewMap({ title, description }, rawFiles(request), planOptions(request.query, parseMapping(request.query.mapping)), request.viewer.actor);
    await access.madeMap(request.identity, result.map.id);
    return reply.status(201).send(result);
  });

  app.post('/api/import/files/preview', { ...json, schema: previewImportFilesToNewMap }, async (request) =>
    imports.preview(null, jsonFiles(request.body), planOptions(request.body, request.body.mapping)));

  app.post('/api/import/files/commit', { ...json, schema: commitImportFilesToNewMap }, async (request, reply) => {
    const { title, description } = request.query;
    const result = await imports.commitToNewMap({ title, description }, jsonFiles(request.body), planOptions(request.body, request.body.mapping), request.viewer.actor);
    await access.madeMap(request.identity, result.map.id);
    return reply.status(201).send(result);
  });

  app.get('/api/maps/:map/export/:format', { schema: exportMap }, async (request, reply) => {
    const { table, style, asOf, undated } = request.query;
    const file = await exports.export(request.params.map, request.params.format, { table, style, hidden: request.viewer.hiddenLabels, asOf: exportDate(asOf, undated) });
    return reply
      .header('Content-Type', file.contentType)
      .header('Content-Disposition', `attachment; filename="${file.fileName}"`)
      .header('Cache-Control', 'no-store')
      // Text for most formats, bytes for XLSX; the contract documents every one as a binary download.
      .send(file.body as string);
  });
};
