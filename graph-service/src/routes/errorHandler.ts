/**
 * The one error handler: every 4xx and 5xx answer has the shape of the contract's ErrorResponse,
 * `{ error: <machine code>, message, fields?, current?, plan? }`. A 5xx never carries internals.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { errorCodeForStatus } from '../contract/errorCodes.ts';
import { AtlasHttpError } from '../errors.ts';
import { validationProblems } from './validationProblems.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** What to say when this route's body is over its limit (the default names the service-wide limit). */
    tooLargeMessage?: string;
  }
}

const UNAVAILABLE = 'The Atlas service could not answer. Check that Neo4j is running, then try again.';

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
    const status = error.statusCode ?? 500;
    if (status === 413) {
      return reply.status(413).send({ error: 'too_large', message: request.routeOptions.config.tooLargeMessage ?? tooLarge });
    }
    if (status < 500) return reply.status(status).send({ error: errorCodeForStatus(status), message: error.message });
    // Internals stay in the log; the caller gets a message it can act on.
    request.log.error(error);
    console.error(`graph-service: ${request.method} ${request.url} failed:`, error);
    const answered = status === 503 ? 503 : 500;
    return reply.status(answered).send({ error: errorCodeForStatus(answered), message: UNAVAILABLE });
  };
}
