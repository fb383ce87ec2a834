/**
 * The command line's exit codes, one list for every command (seed, import, export, backup,
 * restore, user, start, neo4j), and the one way a command ends on an error: a sentence on
 * standard error, never a stack trace, and the code that says what kind of failure it was. The
 * codes past 2 are the BSD sysexits.h ones (EX_DATAERR, EX_UNAVAILABLE, EX_TEMPFAIL), which
 * scripts and supervisors already know. The README lists them.
 */
import { DatabaseUnreachableError } from '../graph-service/src/db/connection.ts';
import { ConfigError } from '../graph-service/src/config.ts';
import { Neo4jRuntimeError } from '../graph-service/src/neo4j/runtime.ts';
import { InterchangeError } from '../graph-service/src/errors.ts';

export const EXIT = {
  ok: 0,
  /** The work ran and was refused or failed for a reason its message gives (a rejected import, a seed left alone). */
  failed: 1,
  /** The arguments (or the environment) were wrong: nothing was done. */
  badArguments: 2,
  /** A file given to the command cannot be read or is not what it should be: nothing was changed. */
  invalidFile: 65,
  /** The database could not be reached or started. */
  unreachable: 69,
  /** The store is in use by a running service and the command needs it stopped (a dump or a load): try again later. */
  storeInUse: 75,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** An error a command raises on purpose, with the exit code it means. */
export class CommandError extends Error {
  constructor(readonly exitCode: ExitCode, message: string) {
    super(message);
    this.name = 'CommandError';
  }
}

export const badArguments = (message: string) => new CommandError(EXIT.badArguments, message);
export const invalidFile = (message: string) => new CommandError(EXIT.invalidFile, message);

/** Neo4j driver errors that mean the server is away, not that the query was wrong. */
const AWAY = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

export function exitCodeOf(error: unknown): ExitCode {
  if (error instanceof CommandError) return error.exitCode;
  if (error instanceof ConfigError) return EXIT.badArguments;
  // A file the readers cannot make sense of (not what its name says, malformed, too large).
  if (error instanceof InterchangeError) return EXIT.invalidFile;
  if (error instanceof DatabaseUnreachableError || error instanceof Neo4jRuntimeError) return EXIT.unreachable;
  const code = (error as { code?: string })?.code;
  if (code && AWAY.has(code)) return EXIT.unreachable;
  if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) return EXIT.badArguments;
  return EXIT.failed;
}

/** What a command prints for an error: its own sentence, or for the driver's a plain one. */
export function messageOf(error: unknown): string {
  const code = (error as { code?: string })?.code;
  if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) return `${(error as Error).message} (--help lists the options)`;
  if (code && AWAY.has(code)) return `database: Neo4j stopped answering (${(error as Error).message.split('\n')[0]}). Check that it is running, then try again.`;
  return (error as Error)?.message ?? String(error);
}

/**
 * A reader that stops reading (`| head`) closes the pipe: the command has nothing more to say,
 * so it ends quietly instead of dying on EPIPE.
 */
function endQuietlyOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(EXIT.ok);
      throw error;
    });
  }
}

/** Runs a command's body: on an error, prints its message and exits with its code. */
export async function runCommand(body: () => Promise<void>): Promise<void> {
  endQuietlyOnClosedPipe();
  try {
    await body();
  } catch (error) {
    console.error(messageOf(error));
    process.exit(exitCodeOf(error));
  }
}
