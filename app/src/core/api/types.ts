/**
 * The API's shapes, taken from the service's contract (graph-service/src/contract/types.ts) and
 * never typed here by hand: `import type` keeps TypeBox out of the app's bundle.
 */
import type { FieldProblem } from '../../../../graph-service/src/model/problems';
import type { Reads, Writes } from '../../../../graph-service/src/contract/types';

export type { Reads, Writes };

export type { ErrorAnswer, ErrorCode } from '../../../../graph-service/src/contract/types';
export type { FieldProblem, ProblemCode } from '../../../../graph-service/src/model/problems';

/** A hit of GET /api/search, and the steps and ties of a path from GET /api/paths. */
export type SearchResult = Reads['search']['results'][number];
export type PathStep = Reads['paths']['paths'][number]['nodes'][number];
export type PathTie = Reads['paths']['paths'][number]['ties'][number];

/**
 * A problem with one field: the service's (with a code) or one the app finds before sending
 * (worded by the app, so it may have no code).
 */
export type FieldError = Pick<FieldProblem, 'field' | 'message'> & { code?: FieldProblem['code'] };

/** A node as writes answer it (and as 409 reports it in `current`), a tie with its id and version, and PATCH's `changes` (null removes). */
export type Entity = Writes['entity'];
export type TieEntity = Writes['tie'];
export type NodeChanges = Writes['nodeChanges'];
