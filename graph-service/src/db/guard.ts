/**
 * Puts the circuit breaker (breaker.ts) in front of a database: every session, query and
 * connectivity check the service starts asks the breaker first, and refuses at once with a 503
 * (Retry-After) while it is open; whatever they end in tells the breaker whether the database
 * answered. Repositories keep using the plain Driver API, so nothing above db/ knows of it.
 */
import type { Driver, Session } from 'neo4j-driver';
import { UnavailableError } from '../errors.ts';
import { CircuitBreaker } from './breaker.ts';
import type { Database } from './connection.ts';
import { databaseFailure, needsRestart } from './failures.ts';

export interface GuardedDatabase extends Database {
  breaker: CircuitBreaker;
}

const SESSION_CALLS = new Set(['executeRead', 'executeWrite', 'readTransaction', 'writeTransaction']);

export interface GuardOptions {
  log?: (line: string) => void;
  /** Called when the database says it has panicked and needs its process restarted. */
  onPanic?: () => void;
}

export function guardDatabase(db: Database, { log, onPanic }: GuardOptions = {}): GuardedDatabase {
  if ('breaker' in db && db.breaker instanceof CircuitBreaker) return db as GuardedDatabase;
  const raw = db.driver;
  const breaker = new CircuitBreaker({ probe: () => raw.verifyConnectivity({ database: db.database }).then(() => undefined), log });

  const admit = () => {
    if (!breaker.admits()) throw new UnavailableError(breaker.retryAfterSeconds());
  };
  /** Tells the breaker how a call ended and passes its result or error on unchanged. */
  const observe = <T>(call: Promise<T>): Promise<T> => call.then(
    (value) => { breaker.succeeded(); return value; },
    (error: unknown) => {
      if (needsRestart(error)) onPanic?.();
      if (databaseFailure(error) === 'unreachable') breaker.failed();
      else if (!databaseFailure(error)) breaker.succeeded();
      throw error;
    },
  );

  const guardSession = (session: Session): Session => new Proxy(session, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof property !== 'string' || !SESSION_CALLS.has(property) || typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        admit();
        return observe((value as (...a: unknown[]) => Promise<unknown>).apply(target, args));
      };
    },
  });

  const driver = new Proxy(raw, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (property === 'session') {
        return (...args: Parameters<Driver['session']>) => {
          admit();
          return guardSession(target.session(...args));
        };
      }
      if (property === 'executeQuery' || property === 'verifyConnectivity') {
        return (...args: unknown[]) => {
          admit();
          return observe((value as (...a: unknown[]) => Promise<unknown>).apply(target, args));
        };
      }
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { ...db, driver, breaker };
}
