/**
 * Builds the HTTP service in order: error handling, repositories, routes, then the built app.
 * The database is opened by the caller (server.ts or a test) and handed in.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Ajv } from 'ajv';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { viewerFor, type Viewer } from './access.ts';
import type { Database } from './db/connection.ts';
import { EntityRepository } from './repositories/entityRepository.ts';
import { GraphRepository } from './repositories/graphRepository.ts';
import { QueryRepository } from './repositories/queryRepository.ts';
import { SearchRepository } from './repositories/searchRepository.ts';
import { TieRepository } from './repositories/tieRepository.ts';
import { analysisRoutes } from './routes/analysisRoutes.ts';
import { AnalysisService } from './services/analysisService.ts';
import { graphRoutes } from './routes/graphRoutes.ts';
import { interchangeRoutes } from './routes/interchangeRoutes.ts';
import { queryRoutes } from './routes/queryRoutes.ts';
import { writeRoutes } from './routes/writeRoutes.ts';
import { EntityService } from './services/entityService.ts';

declare module 'fastify' {
  interface FastifyRequest {
    viewer: Viewer;
  }
}

/** Query parameters that take a list accept `a,b` as well as `x=a&x=b`. */
const LIST_PARAMETERS = new Set(['types', 'tieTypes']);

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

/** The field a validation problem is about; for a missing or unknown field, that field's own name. */
function fieldOf(problem: { instancePath: string; params: unknown }): string {
  const { missingProperty, additionalProperty } = problem.params as { missingProperty?: string; additionalProperty?: string };
  const child = missingProperty ?? additionalProperty;
  return child ? `${problem.instancePath}/${child}` : problem.instancePath;
}

/**
 * Query strings and paths are text, so their values are converted to the schema's types; bodies are
 * JSON and are taken exactly as sent, so "123" stays text and null is never turned into "".
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
    // Unknown fields are an error the caller should hear about, not something to drop silently.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true, allErrors: true } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.setValidatorCompiler(({ schema, httpPart }) => (httpPart === 'body' ? bodyAjv : queryAjv).compile(schema));

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error.validation) {
      return reply.status(400).send({ error: 'Bad Request', message: error.message, fields: error.validation.map((v) => ({ field: fieldOf(v), message: v.message })) });
    }
    const status = error.statusCode ?? 500;
    if (status === 413) {
      return reply.status(413).send({ error: 'Payload Too Large', message: `The request is larger than ${BODY_LIMIT / 1_048_576} MiB. Send less at once.` });
    }
    if (status < 500) {
      const { fields, current } = error as FastifyError & { fields?: unknown; current?: unknown };
      return reply.status(status).send({ error: error.name, message: error.message, ...(fields ? { fields } : {}), ...(current ? { current } : {}) });
    }
    // Internals stay in the log; the caller gets a message it can act on.
    request.log.error(error);
    console.error(`graph-service: ${request.method} ${request.url} failed:`, error);
    return reply.status(status === 503 ? 503 : 500).send({ error: 'Internal Server Error', message: 'The Atlas service could not answer. Check that Neo4j is running, then try again.' });
  });

  app.decorateRequest('viewer', null as unknown as Viewer);
  app.addHook('onRequest', async (request) => {
    request.viewer = viewerFor(request.headers.authorization, options.editorKey);
  });

  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'Alliance Atlas API', version: '1', description: 'Read and change the stakeholder graph. See graph-service/API.md.' },
      components: { securitySchemes: { editorKey: { type: 'http', scheme: 'bearer', description: 'Needed to see people and to write when ATLAS_EDITOR_KEY is set' } } },
    },
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  const { driver, database } = options.db;
  const repository = new GraphRepository(driver, database);
  const entities = new EntityService(new EntityRepository(driver, database), new TieRepository(driver, database));
  await app.register(graphRoutes, { repository, databaseUri: options.db.uri, entities });
  await app.register(analysisRoutes, { service: new AnalysisService(repository) });
  await app.register(queryRoutes, { queries: new QueryRepository(driver, database), search: new SearchRepository(driver, database) });
  await app.register(writeRoutes, { service: entities });
  await app.register(interchangeRoutes, { db: options.db, editorKey: options.editorKey });

  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || !options.staticDir) {
      return reply.status(404).send({ error: 'Not Found', message: `No route ${request.method} ${request.url.split('?')[0]}.` });
    }
    return reply.sendFile('index.html');
  });
  if (options.staticDir && existsSync(path.join(options.staticDir, 'index.html'))) {
    await app.register(fastifyStatic, { root: path.resolve(options.staticDir), wildcard: false });
  }
  return app;
}
