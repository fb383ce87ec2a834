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
import { permits, type Identity, type Viewer } from './access.ts';
import { accessOf } from './contract/common.ts';
import { OPENAPI_DOCUMENT, OPENAPI_ROUTES } from './contract/openapi.ts';
import type { Database } from './db/connection.ts';
import { guardDatabase } from './db/guard.ts';
import type { SupervisedNeo4j } from './neo4j/supervisor.ts';
import type { Mailer } from './security/mail.ts';
import { ForbiddenError, MapArchivedError, NoMapError, RateLimitedError, RequestRefusedError, UnauthorizedError } from './errors.ts';
import { loggingOptions, requestLogHooks, type LogSetting } from './logging.ts';
import type { MapRecord } from './model/maps.ts';
import { AccountRepository } from './repositories/accountRepository.ts';
import { MapContentRepository } from './repositories/mapContentRepository.ts';
import { MembershipRepository } from './repositories/membershipRepository.ts';
import { SessionRepository } from './repositories/sessionRepository.ts';
import { MapRepository } from './repositories/mapRepository.ts';
import { SavedViewsRepository } from './repositories/savedViewsRepository.ts';
import { EntityRepository } from './repositories/entityRepository.ts';
import { GraphRepository } from './repositories/graphRepository.ts';
import { HistoryRepository } from './repositories/historyRepository.ts';
import { RevertRepository } from './repositories/revertRepository.ts';
import { TieRepository } from './repositories/tieRepository.ts';
import { accountRoutes, setSessionCookie } from './routes/accountRoutes.ts';
import { analysisRoutes } from './routes/analysisRoutes.ts';
import { answersRoutes } from './routes/answersRoutes.ts';
import { directoryRoutes } from './routes/directoryRoutes.ts';
import { documentRoute } from './routes/documentRoute.ts';
import { errorHandler } from './routes/errorHandler.ts';
import { graphRoutes } from './routes/graphRoutes.ts';
import { healthRoutes } from './routes/healthRoutes.ts';
import { historyRoutes } from './routes/historyRoutes.ts';
import { interchangeRoutes } from './routes/interchangeRoutes.ts';
import { mapRoutes } from './routes/mapRoutes.ts';
import { memberRoutes } from './routes/memberRoutes.ts';
import { savedViewsRoutes } from './routes/savedViewsRoutes.ts';
import { queryRoutes } from './routes/queryRoutes.ts';
import { timeRoutes } from './routes/timeRoutes.ts';
import { writeRoutes } from './routes/writeRoutes.ts';
import { csrfMatches, CSRF_HEADER, LOOPBACK_HOSTS, WRITE_METHODS } from './security/guards.ts';
import { registerEmbedding } from './security/embed.ts';
import { overLimit, registerSecurity, SESSION_COOKIE } from './security/plugin.ts';
import { AccessService, type AccessMode } from './services/accessService.ts';
import { AccountService } from './services/accountService.ts';
import { AnalysisService } from './services/analysisService.ts';
import { SavedViewsService } from './services/savedViewsService.ts';
import { AnswersService } from './services/answersService.ts';
import { ClusterMemories } from './analysis/stability.ts';
import { DirectoryService } from './services/directoryService.ts';
import { ContactRepository } from './repositories/contactRepository.ts';
import { PersonDataRepository } from './repositories/personDataRepository.ts';
import { ReviewRepository } from './repositories/reviewRepository.ts';
import { EntityService } from './services/entityService.ts';
import { ExportService } from './services/exportService.ts';
import { GraphService } from './services/graphService.ts';
import { GraphPayloads } from './services/graphPayloads.ts';
import { MapRevisionRepository } from './repositories/mapRevisionRepository.ts';
import { HealthService } from './services/healthService.ts';
import { HistoryService } from './services/historyService.ts';
import { ImportService } from './services/importService.ts';
import { MapService } from './services/mapService.ts';
import { MemberService } from './services/memberService.ts';
import { QueryService } from './services/queryService.ts';
import { TimeService } from './services/timeService.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Who sent the request (session, API token, editor key or nobody), found before any map. */
    identity: Identity;
    viewer: Viewer;
    /** The map a `/api/maps/:map/...` route works in, found by the map hook; unset elsewhere. */
    atlasMap: MapRecord;
  }
  interface FastifyInstance {
    /** Accounts' service, for tests and tools that run the app in-process (creating an account). */
    atlasAccounts: AccountService;
  }
  interface FastifyContextConfig {
    /** A POST inside a map that changes nothing (a preview, a what-if): allowed on an archived map. */
    reads?: boolean;
  }
}

/** Paths of routes that work inside one map; the hook below checks the map for each of them. */
export const MAP_SCOPE_PREFIX = '/api/maps/:map/';
/** The map's own record: the same hook finds the map and the caller's role in it. */
const MAP_RECORD_ROUTE = '/api/maps/:map';

/** Query parameters that take a list accept `a,b` as well as `x=a&x=b`. */
const LIST_PARAMETERS = new Set(['types', 'tieTypes', 'themes', 'areas', 'alliances', 'tiers', 'ids']);

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
  /** Request logs (logging.ts): off unless asked; npm start turns them on. */
  logger?: LogSetting;
  /** A site-wide admin key for scripts (ATLAS_EDITOR_KEY), sent as "Authorization: Bearer <key>". */
  editorKey?: string;
  /**
   * open: everyone is an admin (a local install); accounts: sign-in decides; auto: open until the
   * first account exists. Default: open, or accounts when an editor key is given (as before accounts).
   */
  access?: AccessMode;
  /** Host names answered; default the loopback names. 'any' answers every Host. */
  allowedHosts?: readonly string[] | 'any';
  /** Origins besides the service's own whose pages may write. */
  allowedOrigins?: readonly string[];
  /** Behind a reverse proxy: trust its X-Forwarded-* headers (https, the caller's address). */
  trustProxy?: boolean;
  limits?: Partial<AccessLimits>;
  /** Sends e-mail (reset links) when an SMTP server is configured; none by default. */
  mailer?: Mailer;
}

export interface AccessLimits {
  /** Requests per minute per caller, every route: generous, a brake on floods only. */
  requestsPerMinute: number;
  signInsPerAddress: number;
  signInsPerAccount: number;
  /** Requests with a bearer token per minute from one address, and per account. */
  tokenUsesPerMinute: number;
}

export const DEFAULT_LIMITS: AccessLimits = { requestsPerMinute: 6000, signInsPerAddress: 30, signInsPerAccount: 20, tokenUsesPerMinute: 1200 };

export async function buildApp(appOptions: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    ...loggingOptions(appOptions.logger),
    trustProxy: appOptions.trustProxy ?? false,
    bodyLimit: BODY_LIMIT,
    routerOptions: { querystringParser: parseQueryString },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.setValidatorCompiler(({ schema, httpPart }) => (httpPart === 'body' ? bodyAjv : queryAjv).compile(schema));

  app.setErrorHandler(errorHandler(BODY_LIMIT));
  requestLogHooks(app);
  // Every database call of every route goes through the circuit breaker (db/guard.ts).
  // A managed Neo4j that panics (a full disk, say) is restarted by its supervisor; one named by NEO4J_URI is its owner's to restart.
  const managed = appOptions.db.managed;
  const onPanic = managed && 'recover' in managed ? () => (managed as SupervisedNeo4j).recover('it reported a critical error') : undefined;
  const options = { ...appOptions, db: guardDatabase(appOptions.db, { log: (line) => app.log.warn(line), onPanic }) };

  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  // Host, JSON-only and Origin checks, security headers and the request rate, before anything else.
  await registerSecurity(app, { allowedHosts: options.allowedHosts ?? LOOPBACK_HOSTS, allowedOrigins: options.allowedOrigins ?? [], requestsPerMinute: limits.requestsPerMinute });

  const { driver, database } = options.db;
  const maps = new MapRepository(driver, database);
  registerEmbedding(app, (id) => maps.find(id));
  const accountRepository = new AccountRepository(driver, database);
  const sessions = new SessionRepository(driver, database);
  const memberships = new MembershipRepository(driver, database);
  const access = new AccessService(accountRepository, sessions, memberships, maps, options.access ?? (options.editorKey ? 'accounts' : 'open'), options.editorKey);
  const accounts = new AccountService(accountRepository, sessions, memberships, access, options.mailer, (line) => app.log.warn(line));
  app.decorate('atlasAccounts', accounts);

  // Who is asking: a session cookie (a write with it carries its CSRF token), a personal API token
  // (rate-limited per address and per account; a revoked or unknown one is 401), or the editor key.
  const tokenUsesByAddress = app.createRateLimit({ max: limits.tokenUsesPerMinute, timeWindow: 60_000, keyGenerator: (request) => `token:${request.ip}` });
  const tokenUsesByAccount = app.createRateLimit({ max: limits.tokenUsesPerMinute, timeWindow: 60_000, keyGenerator: (request) => `token-account:${request.identity.account?.id ?? ''}` });
  app.decorateRequest('identity', null as unknown as Identity);
  app.decorateRequest('viewer', null as unknown as Viewer);
  app.addHook('onRequest', async (request, reply) => {
    const bearer = request.headers.authorization !== undefined;
    if (bearer) {
      const wait = overLimit(await tokenUsesByAddress(request));
      if (wait) throw new RateLimitedError(wait, 'requests with a token');
    }
    const { badBearer, renewed, ...identity } = await access.identify(request.cookies[SESSION_COOKIE], request.headers.authorization);
    request.identity = identity;
    if (badBearer) throw new UnauthorizedError('That API token is not valid: it was revoked, or mistyped. Create a new one in the app (your account menu, API tokens).');
    if (identity.via === 'token') {
      const wait = overLimit(await tokenUsesByAccount(request));
      if (wait) throw new RateLimitedError(wait, 'requests with your tokens');
    }
    if (identity.session && WRITE_METHODS.has(request.method) && !csrfMatches(request.headers[CSRF_HEADER], identity.session.csrf)) {
      throw new RequestRefusedError(403, 'csrf_failed', `This change needs the session's CSRF token in the ${CSRF_HEADER} header (GET /api/account answers it). Reload the app and try again.`);
    }
    if (renewed) setSessionCookie(request, reply, request.cookies[SESSION_COOKIE] as string, renewed);
    request.viewer = await access.general(identity);
  });

  // A caller with no credentials at all is refused on request, before any body is read or parsed.
  app.addHook('onRequest', async (request) => {
    const needed = accessOf(request.routeOptions.schema as never);
    if (needed !== undefined && request.viewer.level === 'public' && !permits(request.viewer, needed)) throw new UnauthorizedError();
  });

  app.decorateRequest('atlasMap', null as unknown as MapRecord);
  // One check for every route inside a map (and the map's own record), after the request is validated
  // (so a malformed request is told so without a database): the map exists (else 404 no_map), the
  // caller's role in it (an unpublished map is 404 to those without one) and, for a write, not archived.
  app.addHook('preHandler', async (request) => {
    const url = request.routeOptions.url ?? '';
    if (!url.startsWith(MAP_SCOPE_PREFIX) && url !== MAP_RECORD_ROUTE) return;
    const id = (request.params as { map: string }).map;
    const found = await maps.find(id);
    if (!found) throw new NoMapError(id);
    request.viewer = await access.inMap(request.identity, found);
    // The map's own record decides about archiving itself (an archived map takes a change that unarchives it, and a delete).
    if (url !== MAP_RECORD_ROUTE && found.archived && request.method !== 'GET' && request.routeOptions.config.reads !== true) throw new MapArchivedError(found.title);
    request.atlasMap = found;
  });

  // One check of what every route needs (its contract's `needs`), once the map is known: a caller
  // who may not gets 401 (not signed in) or 403 (signed in, but not enough in this map).
  app.addHook('preHandler', async (request) => {
    const needed = accessOf(request.routeOptions.schema as never);
    if (needed === undefined || permits(request.viewer, needed)) return;
    // Signed in (or with a token) but without the role here is 403; nobody at all is 401.
    throw request.identity.via === 'none' ? new UnauthorizedError() : new ForbiddenError(needed);
  });

  await app.register(fastifySwagger, { openapi: OPENAPI_DOCUMENT as never, transform: documentRoute });
  await app.register(fastifySwaggerUi, { routePrefix: OPENAPI_ROUTES.ui });

  const graphs = new GraphRepository(driver, database);
  const entityRepository = new EntityRepository(driver, database);
  const tieRepository = new TieRepository(driver, database);
  const entities = new EntityService(entityRepository, tieRepository);
  const directory = new DirectoryService(new ReviewRepository(driver, database), new ContactRepository(driver, database), new PersonDataRepository(driver, database));
  await app.register(healthRoutes, { service: new HealthService(options.db) });
  const payloads = new GraphPayloads(new MapRevisionRepository(driver, database));
  await app.register(graphRoutes, { service: new GraphService(graphs, entities), payloads, contacts: directory });
  await app.register(directoryRoutes, { service: directory });
  const clusterMemories = new ClusterMemories();
  const analysis = new AnalysisService(graphs, maps, clusterMemories);
  await app.register(analysisRoutes, { service: analysis });
  await app.register(answersRoutes, { service: new AnswersService(analysis) });
  await app.register(timeRoutes, { service: new TimeService(analysis) });
  await app.register(queryRoutes, { service: new QueryService(options.db), access });
  await app.register(writeRoutes, { service: entities });
  await app.register(historyRoutes, { service: new HistoryService(new HistoryRepository(driver, database), new RevertRepository(driver, database), entityRepository, tieRepository) });
  await app.register(interchangeRoutes, { imports: new ImportService(options.db), exports: new ExportService(options.db, clusterMemories), access });
  await app.register(mapRoutes, { service: new MapService(new MapContentRepository(driver, database), analysis), access });
  await app.register(accountRoutes, { service: accounts, signInsPerMinute: { perAddress: limits.signInsPerAddress, perAccount: limits.signInsPerAccount } });
  await app.register(memberRoutes, { service: new MemberService(accountRepository, memberships) });
  await app.register(savedViewsRoutes, { service: new SavedViewsService(new SavedViewsRepository(driver, database)) });

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
