/**
 * Request logs: one JSON line per answered request through Fastify's pino logger, with the request
 * id (an incoming well-formed `x-request-id`, else a new UUID, returned in the answer's header),
 * method, route pattern, status and duration. Never personal data: no bodies, no addresses as asked
 * (their query strings and ids can hold names; the route pattern stands in), no cookies, no
 * authorization or CSRF headers (redacted should anything log a request or its headers anyway).
 */
import { randomUUID } from 'node:crypto';
import { LogController, type FastifyInstance, type FastifyServerOptions } from 'fastify';

/** Letters, digits and `._:-`, at most 64: what proxies and tracing tools send, nothing that could smuggle a line. */
export const REQUEST_ID_PATTERN = /^[A-Za-z0-9._:-]{1,64}$/;
export const REQUEST_ID_HEADER = 'x-request-id';

export type LogSetting = boolean | { level?: string; stream?: { write(line: string): void } };

const REDACT = [
  'req.headers.authorization', 'req.headers.cookie', 'req.headers["x-atlas-csrf"]', 'req.body', 'req.query',
  'res.headers["set-cookie"]', 'headers.authorization', 'headers.cookie', 'body',
];

/** A driver or service error without the values it may quote (a name in a constraint message, say). */
function errorSummary(error: { name?: string; code?: unknown; message?: string; stack?: string }) {
  const scrub = (text = '') => text.replace(/'[^']*'|"[^"]*"|`[^`]*`/g, '…');
  return { type: error.name ?? 'Error', code: error.code, message: scrub(error.message), stack: error.stack?.split('\n').slice(1, 6).join('\n') ?? '' };
}

/** Fastify's options for logging and request ids; logging off unless `setting` asks for it. */
export function loggingOptions(setting: LogSetting = false): Pick<FastifyServerOptions, 'logger' | 'genReqId' | 'requestIdHeader' | 'logController'> {
  const { level = 'info', stream } = typeof setting === 'object' ? setting : {};
  return {
    logger: setting === false ? false : {
      level,
      ...(stream ? { stream } : {}),
      redact: { paths: REDACT, censor: '[redacted]' },
      serializers: {
        req: (req: { method?: string; routeOptions?: { url?: string } }) => ({ method: req.method, route: req.routeOptions?.url }),
        res: (res: { statusCode?: number }) => ({ status: res.statusCode }),
        err: errorSummary,
      },
    },
    requestIdHeader: false,
    genReqId: (req) => {
      const given = req.headers[REQUEST_ID_HEADER];
      return typeof given === 'string' && REQUEST_ID_PATTERN.test(given) ? given : randomUUID();
    },
    // Fastify's own lines log the address as asked; the hook below logs the route pattern instead.
    logController: new LogController({ disableRequestLogging: true, requestIdLogLabel: 'reqId' }),
  };
}

/** Returns the request id in every answer and logs each request once it is answered. */
export function requestLogHooks(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    reply.header(REQUEST_ID_HEADER, request.id);
  });
  app.addHook('onResponse', async (request, reply) => {
    request.log.info({
      method: request.method,
      route: request.routeOptions.url ?? '(no route)',
      status: reply.statusCode,
      durationMs: Math.round(reply.elapsedTime * 10) / 10,
    }, 'request');
  });
}
