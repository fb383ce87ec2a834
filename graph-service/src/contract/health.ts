/**
 * Contract of the probes for load balancers and supervisors: liveness (the process answers, no
 * database asked) and readiness (the database answers now; 503 with Retry-After otherwise). Neither
 * shows an address, a version or a count.
 */
import { Type } from 'typebox';
import { ErrorResponse, needs, NoQuery, queryErrors } from './common.ts';

/** The 503 every route can answer while the database is away; documented on every operation. */
export const Unavailable = Type.Object(ErrorResponse.properties, {
  description: 'The database is not answering (down, restarting or too busy): try again after the seconds the Retry-After header gives',
  examples: [{ error: 'unavailable', message: 'The atlas database is not answering just now (it may be restarting). Try again in a few seconds; if it goes on, ask whoever runs the service.' }],
});
/** The 507 a write can answer when the database's disk is full. */
export const StorageFull = Type.Object(ErrorResponse.properties, {
  description: "The database's disk is full; nothing was written",
  examples: [{ error: 'storage_full', message: 'The atlas database has no disk space left, so nothing was saved. Ask whoever runs the service to free space, then try again.' }],
});

export const LiveAnswer = Type.Object({ status: Type.Literal('live') }, { examples: [{ status: 'live' }] });
export const ReadyAnswer = Type.Object({ status: Type.Literal('ready') }, { examples: [{ status: 'ready' }] });

const probe = { tags: ['graph'], ...needs('public'), querystring: NoQuery } as const;

export const getLiveness = {
  ...probe, operationId: 'getLiveness', summary: 'Whether the service process answers (it does not ask the database): for a supervisor deciding whether to restart it',
  response: { 200: LiveAnswer, ...queryErrors },
} as const;

export const getReadiness = {
  ...probe, operationId: 'getReadiness', summary: 'Whether the service can answer requests now, its database included: for a load balancer deciding whether to send it traffic',
  response: { 200: ReadyAnswer, ...queryErrors, 503: Unavailable },
} as const;
