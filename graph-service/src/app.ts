/**
 * Builds the HTTP service in order: error handling, repositories, routes, then the built app.
 * The database is opened by the caller (server.ts or a test) and handed in.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import type { Database } from './db/connection.ts';
import { GraphRepository } from './repositories/graphRepository.ts';
import { analysisRoutes } from './routes/analysisRoutes.ts';
import { AnalysisService } from './services/analysisService.ts';
import { graphRoutes } from './routes/graphRoutes.ts';

export interface AppOptions {
  db: Database;
  /** The built frontend (dist/app); served with a fallback to index.html. */
  staticDir?: string;
  logger?: boolean;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 1_048_576,
    // Unknown fields are an error the caller should hear about, not something to drop silently.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true, allErrors: true } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error.validation) {
      return reply.status(400).send({ error: 'Bad Request', message: error.message, fields: error.validation.map((v) => ({ field: v.instancePath || (v.params as { missingProperty?: string }).missingProperty || '', message: v.message })) });
    }
    const status = error.statusCode ?? 500;
    if (status < 500) return reply.status(status).send({ error: error.name, message: error.message });
    // Internals stay in the log; the caller gets a message it can act on.
    request.log.error(error);
    console.error(`graph-service: ${request.method} ${request.url} failed:`, error);
    return reply.status(status === 503 ? 503 : 500).send({ error: 'Internal Server Error', message: 'The Atlas service could not answer. Check that Neo4j is running, then try again.' });
  });

  const repository = new GraphRepository(options.db.driver, options.db.database);
  await app.register(graphRoutes, { repository, databaseUri: options.db.uri });
  await app.register(analysisRoutes, { service: new AnalysisService(repository) });

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
