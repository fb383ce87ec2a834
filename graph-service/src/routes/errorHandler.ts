/**
 * The one error handler: every 4xx and 5xx answer has the shape of the contract's ErrorResponse,
 * `{ error: <machine code>, message, fields?, current?, plan? }`. A 5xx never carries internals.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { errorCodeForStatus } from '../contract/errorCodes.ts';
import { databaseFailure } from '../db/failures.ts';
import { AtlasHttpError, StorageFullError, UnavailableError } from '../errors.ts';
import { validationProblems } from './validationProblems.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** What to say when this route's body is over its limit (the default names the service-wide limit). */
    tooLargeMessage?: string;
  }
}

const FAILED = 'The Atlas service failed to answer this request. Try again; if it happens again, ask whoever runs the service to look at its log.';

/** A driver error that says the database is away, busy or full, as the family's 503 or 507. */
function asDatabaseError(error: unknown): UnavailableError | StorageFullError | undefined {
  if (error instanceof UnavailableError || error instanceof StorageFullError) return error;
  const failure = databaseFailure(error);
  if (failure === 'storage_full') return new StorageFullError();
  if (failure === 'write_failed') {
    return new StorageFullError('The atlas database could not write this change to its disk (most often because the disk is full), so nothing was saved. Ask whoever runs the service to check its disk space, then try again.');
  }
  if (failure === 'busy') return new UnavailableError(2, 'The atlas database is too busy to answer just now. Try again in a few seconds.');
  return failure === 'unreachable' ? new UnavailableError(3) : undefined;
}

export function errorHandler(bodyLimit: number) {
  const tooLarge = `The request is larger than ${bodyLimit / 1_048_576} MiB. Send less at once.`;
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (error.validation) {
      const fields = validationProblems(error.validation);
      return reply.status(400).send({ error: 'invalid_fields', message: `The request was not accepted: ${fields.map((f) => f.message).join(' ')}`, fields });
    }
    if (error instanceof AtlasHttpError && error.statusCode < 500) {
      return reply.status(error.statusCode).headers(error.headers()).send({ error: error.code, message: error.message, ...error.details() });
    }
    const database = asDatabaseError(error);
    if (database) {
      request.log.warn({ err: database, cause: (error as { code?: string }).code }, 'database unavailable');
      return reply.status(database.statusCode).headers(database.headers()).send({ error: database.code, message: database.message });
    }
    const status = error.statusCode ?? 500;
    if (status === 413) {
      return reply.status(413).send({ error: 'too_large', message: request.routeOptions.config.tooLargeMessage ?? tooLarge });
    }
    if (status < 500) return reply.status(status).send({ error: errorCodeForStatus(status), message: error.message });
    // Internals stay in the log; the caller gets a message it can act on.
    // The route's pattern, never the address asked for: that can carry names in its query.
    request.log.error({ err: error }, 'request failed');
    if (!request.log.level || request.log.level === 'silent') console.error(`graph-service: ${request.method} ${request.routeOptions.url ?? '(no route)'} failed:`, error);
    if (status === 503) reply.header('retry-after', '3');
    const answered = status === 503 ? 503 : 500;
    return reply.status(answered).send({ error: errorCodeForStatus(answered), message: status === 503 ? new UnavailableError(3).message : FAILED });
  };
}
