/**
 * What a driver error says about the database itself, as opposed to the query: unreachable
 * (ServiceUnavailable, SessionExpired, a database that is starting or stopping, a refused or reset
 * connection), too busy (no connection free within the acquisition timeout), out of disk space, or
 * unable to write its transaction log (`write_failed`: nothing was stored; most often a full disk
 * whose error Neo4j does not name).
 * The guard counts `unreachable` towards the circuit breaker; the error handler answers all three
 * with 503 (507 for disk space) and a message a user can act on.
 */
export type DatabaseFailure = 'unreachable' | 'busy' | 'storage_full' | 'write_failed';

const UNREACHABLE_CODES = new Set([
  'ServiceUnavailable', 'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable', 'Neo.ClientError.Database.DatabaseUnavailable',
  'Neo.TransientError.Database.DatabaseUnavailable',
  'ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH',
]);

function messages(error: unknown): string {
  const parts: string[] = [];
  for (let e = error as { message?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 4; e = e.cause as typeof e, depth++) {
    if (typeof e.message === 'string') parts.push(e.message);
  }
  return parts.join(' | ');
}

// "…after written to log": the change is in the log but not the store, and the database panics next.
const PANIC = /encountered a critical error, and needs to be restarted|Could not apply the transaction.* to the store after written to log/is;
const LOG_WRITE_FAILED = /Could not append transaction.* to log/is;

/** Whether the database has panicked (after a full disk, say): it refuses every transaction until its process is restarted. */
export function needsRestart(error: unknown): boolean {
  return !!error && typeof error === 'object' && PANIC.test(messages(error));
}

export function databaseFailure(error: unknown): DatabaseFailure | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const { code } = error as { code?: unknown };
  const text = messages(error);
  if (/No space left on device|not enough disk space|out of disk space|disk (is )?full/i.test(text)) return 'storage_full';
  if (LOG_WRITE_FAILED.test(text)) return 'write_failed';
  if (typeof code === 'string' && UNREACHABLE_CODES.has(code)) return 'unreachable';
  if (/Connection acquisition timed out/.test(text)) return 'busy';
  // A database that panicked (after a full disk, say) refuses every transaction until it is restarted.
  if (/Failed to connect to server|Connection was closed by server|connect ECONNREFUSED|Pool is closed/i.test(text) || PANIC.test(text)) return 'unreachable';
  return undefined;
}
