/**
 * Start-up in order: config checked, database opened, schema applied, a database from before maps
 * moved into maps, the caller's preparation (scripts/start.ts seeds an empty database), HTTP up.
 * The service never imports the seed; the start script hands in the seed's document maps.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import { listSetting, type Config } from './config.ts';
import { closeDatabase, openDatabase, type Database } from './db/connection.ts';
import type { LogSetting } from './logging.ts';
import { reportTieIdClashes } from './migrations/tieIdClashes.ts';
import { migrateToMaps } from './migrations/toMaps.ts';
import type { DocumentMap } from './model/maps.ts';
import { applySchema } from './repositories/schemaRepository.ts';
import { isLoopback, LOOPBACK_HOSTS } from './security/guards.ts';
import { mailerFor } from './security/mail.ts';
import type { AccessMode } from './services/accessService.ts';

/**
 * Who may do what: ATLAS_ACCESS when set; else accounts with an editor key or on a HOST other
 * than loopback; else auto (open until the first account is created, then accounts, without a restart).
 */
export function accessModeFor(config: Config): AccessMode {
  if (config.ATLAS_ACCESS) return config.ATLAS_ACCESS;
  if (config.ATLAS_EDITOR_KEY || !isLoopback(config.HOST)) return 'accounts';
  return 'auto';
}

/** The Host names answered: ATLAS_ALLOWED_HOSTS, else the loopback names and HOST (any, on a wildcard HOST). */
export function allowedHostsFor(config: Config): readonly string[] | 'any' {
  const listed = listSetting(config.ATLAS_ALLOWED_HOSTS);
  if (listed.length > 0) return listed;
  if (config.HOST === '0.0.0.0' || config.HOST === '::') return 'any';
  return [...LOOPBACK_HOSTS, config.HOST];
}

export const DIST_APP = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/app');

export interface RunningServer {
  app: FastifyInstance;
  db: Database;
  url: string;
  /**
   * Graceful stop: no new connections, requests in flight (writes among them) answered, for at most
   * the config's ATLAS_SHUTDOWN_GRACE_MS; then the driver is closed (a transaction still open rolls
   * back, unacknowledged) and the managed Neo4j is stopped.
   */
  close(): Promise<void>;
}

export interface StartOptions {
  /** An open database to use (and leave open); without it one is opened from the config. */
  db?: Database;
  log?: (line: string) => void;
  /** Maps made of source documents, for the move of a database from before maps (the seed's). */
  documentMaps?: readonly DocumentMap[];
  /** Runs after the schema is applied and before HTTP is up, e.g. to seed an empty database. */
  prepare?: (db: Database, log: (line: string) => void) => Promise<void>;
  /** Request logs (logging.ts); off unless given (npm start gives the config's level). */
  logger?: LogSetting;
}

export async function startServer(config: Config, options: StartOptions = {}): Promise<RunningServer> {
  const log = options.log ?? console.log;
  const db = options.db ?? (await openDatabase(config, log));
  try {
    await applySchema(db.driver, db.database);
    await migrateToMaps(db.driver, db.database, { documentMaps: options.documentMaps, log });
    await reportTieIdClashes(db.driver, db.database, log);
    await options.prepare?.(db, log);
    const access = accessModeFor(config);
    const app = await buildApp({
      db, staticDir: DIST_APP, editorKey: config.ATLAS_EDITOR_KEY, access, logger: options.logger,
      allowedHosts: allowedHostsFor(config), allowedOrigins: listSetting(config.ATLAS_ALLOWED_ORIGINS), trustProxy: config.ATLAS_TRUST_PROXY === true,
      mailer: mailerFor(config),
    });
    if (access !== 'accounts') {
      log(access === 'open' ? 'Open mode: anyone who can reach this Atlas can edit (ATLAS_ACCESS=open).'
        : 'Open mode until the first account exists: anyone who can reach this Atlas can edit. To require sign-in, create an admin: npm run user -- add --admin');
    }
    try {
      await app.listen({ port: config.PORT, host: config.HOST });
    } catch (error) {
      if ((error as { code?: string }).code === 'EADDRINUSE') {
        throw new Error(`server: port ${config.PORT} on ${config.HOST} is taken: stop the other program or set PORT to a free port.`);
      }
      throw error;
    }
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.PORT;
    const url = `http://${config.HOST}:${port}/`;
    return {
      app, db, url,
      async close() {
        let timer: NodeJS.Timeout | undefined;
        const cap = new Promise<'cap'>((resolve) => { timer = setTimeout(() => resolve('cap'), config.ATLAS_SHUTDOWN_GRACE_MS); });
        const ended = await Promise.race([app.close().then(() => 'closed' as const), cap]);
        clearTimeout(timer);
        if (ended === 'cap') log(`Requests still running after ${config.ATLAS_SHUTDOWN_GRACE_MS / 1000}s; closing the database anyway (their transactions roll back).`);
        if (!options.db) await closeDatabase(db);
      },
    };
  } catch (error) {
    if (!options.db) await closeDatabase(db).catch(() => {});
    throw error;
  }
}
