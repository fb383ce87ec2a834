/**
 * Builds the HTTP service in order: error handling, repositories, routes, then the built app.
 * The database is opened by the caller (server.ts or a test) and handed in.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Ajv } from 'ajv';
import Fastify, { type FastifyInstance } from 'fastify';
import { permits, viewerFor, type Viewer } from './access.ts';
import { accessOf } from './contract/common.ts';
import { OPENAPI_DOCUMENT, OPENAPI_ROUTES } from './contract/openapi.ts';
import type { Database } from './db/connection.ts';
import { ForbiddenError, MapArchivedError, NoMapError, UnauthorizedError } from './errors.ts';
import type { MapRecord } from './model/maps.ts';
import { MapContentRepository } from './repositories/mapContentRepository.ts';
import { MapRepository } from './repositories/mapRepository.ts';
import { EntityRepository } from './repositories/entityRepository.ts';
import { GraphRepository } from './repositories/graphRepository.ts';
import { TieRepository } from './repositories/tieRepository.ts';
import { analysisRoutes } from './routes/analysisRoutes.ts';
import { directoryRoutes } from './routes/directoryRoutes.ts';
import { documentRoute } from './routes/documentRoute.ts';
import { errorHandler } from './routes/errorHandler.ts';
import { graphRoutes } from './routes/graphRoutes.ts';
import { interchangeRoutes } from './routes/interchangeRoutes.ts';
import { mapRoutes } from './routes/mapRoutes.ts';
import { queryRoutes } from './routes/queryRoutes.ts';
import { timeRoutes } from './routes/timeRoutes.ts';
import { writeRoutes } from './routes/writeRoutes.ts';
import { AnalysisService } from './services/analysisService.ts';
import { DirectoryService } from './services/directoryService.ts';
import { ContactRepository } from './repositories/contactRepository.ts';
import { PersonDataRepository } from './repositories/personDataRepository.ts';
import { ReviewRepository } from './repositories/reviewRepository.ts';
import { EntityService } from './services/entityService.ts';
import { ExportService } from './services/exportService.ts';
import { GraphService } from './services/graphService.ts';
import { ImportService } from './services/importService.ts';
import { MapService } from './services/mapService.ts';
import { QueryService } from './services/queryService.ts';
import { TimeService } from './services/timeService.ts';

declare module 'fastify' {
  interface FastifyRequest {
    viewer: Viewer;
    /** The map a `/api/maps/:map/...` route works in, found by the map hook; unset elsewhere. */
    atlasMap: MapRecord;
  }
  interface FastifyContextConfig {
    /** A POST inside a map that changes nothing (a preview, a what-if): allowed on an archived map. */
    reads?: boolean;
  }
}

/** Paths of routes that work inside one map; the hook below checks the map for each of them. */
export const MAP_SCOPE_PREFIX = '/api/maps/:map/';

/** Query parameters that take a list accept `a,b` as well as `x=a&x=b`. */
const LIST_PARAMETERS = new Set(['types', 'tieTypes', 'themes', 'areas', 'alliances', 'tiers']);

export function parseQueryString(text: string): Record<string, string | string[]> {
  const parsed: Record<string, string | string[]> = {};
  for (const [key, value] of new URLSearchParams(text)) {
    const values = LIST_PARAMETERS.has(key) ? value.split(',').map((v) => v.trim()).filter(Boolean) : [value];
    const existing = parsed[key];
    if (existing === undefined) parsed[key] = LIST_PARAMETERS.has(key) ? values : values[0];
    else parsed[key] = [...(Array.isArray(existing) ? existing : [existing]), ...values];
  }
  return parsed;
}

const BODY_LIMIT = 1_048_576;

/**
 * Query strings and paths are text, so their values are converted to the schema's types; bodies are
 * JSON and are taken exactly as sent, so "123" stays text and null is never turned into "".
 * Unknown fields are an error the caller should hear about, not something to drop silently.
 */
const ajvOptions = { removeAdditional: false, useDefaults: true, allErrors: true, strict: false } as const;
const queryAjv = new Ajv({ ...ajvOptions, coerceTypes: 'array' });
const bodyAjv = new Ajv({ ...ajvOptions, coerceTypes: false });

export interface AppOptions {
  db: Database;
  /** The built frontend (dist/app); served with a fallback to index.html. */
  staticDir?: string;
  logger?: boolean;
  /** When set, only callers with this key see people and may write (see access.ts). */
  editorKey?: string;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: BODY_LIMIT,
    routerOptions: { querystringParser: parseQueryString },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.setValidatorCompiler(({ schema, httpPart }) => (httpPart === 'body' ? bodyAjv : queryAjv).compile(schema));

  app.setErrorHandler(errorHandler(BODY_LIMIT));

  app.decorateRequest('viewer', null as unknown as Viewer);
  app.addHook('onRequest', async (request) => {
    request.viewer = viewerFor(request.headers.authorization, options.editorKey);
  });

  // A caller with no credentials at all is refused on request, before any body is read or parsed.
  app.addHook('onRequest', async (request) => {
    const needed = accessOf(request.routeOptions.schema as never);
    if (needed !== undefined && request.viewer.level === 'public' && !permits(request.viewer, needed)) throw new UnauthorizedError();
  });

  app.decorateRequest('atlasMap', null as unknown as MapRecord);
  const maps = new MapRepository(options.db.driver, options.db.database);
  // One check for every route inside a map, after the request is validated (so a malformed request
  // is told so without a database): the map exists (else 404 no_map) and, for a write, is not archived.
  app.addHook('preHandler', async (request) => {
    const url = request.routeOptions.url ?? '';
    if (!url.startsWith(MAP_SCOPE_PREFIX)) return;
    const id = (request.params as { map: string }).map;
    const found = await maps.find(id);
    if (!found) throw new NoMapError(id);
    if (found.archived && request.method !== 'GET' && request.routeOptions.config.reads !== true) throw new MapArchivedError(found.title);
    request.atlasMap = found;
  });

  // One check of what every route needs (its contract's `needs`), once the map is known: a caller
  // who may not gets 401 (not signed in) or 403 (signed in, but not enough in this map).
  app.addHook('preHandler', async (request) => {
    const needed = accessOf(request.routeOptions.schema as never);
    if (needed === undefined || permits(request.viewer, needed)) return;
    throw request.viewer.level === 'public' ? new UnauthorizedError() : new ForbiddenError(needed);
  });

  await app.register(fastifySwagger, { openapi: OPENAPI_DOCUMENT as never, transform: documentRoute });
  await app.register(fastifySwaggerUi, { routePrefix: OPENAPI_ROUTES.ui });

  const { driver, database } = options.db;
  const graphs = new GraphRepository(driver, database);
  const entities = new EntityService(new EntityRepository(driver, database), new TieRepository(driver, database));
  const directory = new DirectoryService(new ReviewRepository(driver, database), new ContactRepository(driver, database), new PersonDataRepository(driver, database));
  await app.register(graphRoutes, { service: new GraphService(graphs, entities, options.db.uri), contacts: directory });
  await app.register(directoryRoutes, { service: directory });
  const analysis = new AnalysisService(graphs);
  await app.register(analysisRoutes, { service: analysis });
  await app.register(timeRoutes, { service: new TimeService(analysis) });
  await app.register(queryRoutes, { service: new QueryService(options.db) });
  await app.register(writeRoutes, { service: entities });
  await app.register(interchangeRoutes, { imports: new ImportService(options.db), exports: new ExportService(options.db) });
  await app.register(mapRoutes, { service: new MapService(new MapContentRepository(driver, database), analysis) });

  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || !options.staticDir) {
      return reply.status(404).send({ error: 'no_route', message: `No route ${request.method} ${request.url.split('?')[0]}.` });
    }
    return reply.sendFile('index.html');
  });
  if (options.staticDir && existsSync(path.join(options.staticDir, 'index.html'))) {
    await app.register(fastifyStatic, { root: path.resolve(options.staticDir), wildcard: false });
  }
  return app;
}
