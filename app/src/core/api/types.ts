/**
 * The API's shapes, taken from the service's contract (graph-service/src/contract) and never typed
 * here by hand: `import type` keeps TypeBox out of the app's bundle.
 */
import type { Static } from 'typebox';
import type { EntitySchema, ErrorResponse, TieSchema } from '../../../../graph-service/src/contract/common';
import type { NodeDetailsSchema } from '../../../../graph-service/src/contract/graph';
import type { PathAnswer as PathAnswerSchema, SearchAnswer as SearchAnswerSchema, SearchResult as SearchResultSchema } from '../../../../graph-service/src/contract/queries';
import type { NodeChanges as NodeChangesSchema, TieCreateBody } from '../../../../graph-service/src/contract/writes';
import type { FieldProblem } from '../../../../graph-service/src/model/problems';

export type { ErrorCode } from '../../../../graph-service/src/contract/errorCodes';
export type { FieldProblem, ProblemCode } from '../../../../graph-service/src/model/problems';

/** GET /api/search */
export type SearchAnswer = Static<typeof SearchAnswerSchema>;
export type SearchResult = Static<typeof SearchResultSchema>;

/** GET /api/paths */
export type PathAnswer = Static<typeof PathAnswerSchema>;
export type PathStep = PathAnswer['paths'][number]['nodes'][number];
export type PathTie = PathAnswer['paths'][number]['ties'][number];

/** GET /api/nodes/:id */
export type NodeDetailsAnswer = Static<typeof NodeDetailsSchema>;

/** A node as writes answer it (and as 409 reports it in `current`). */
export type Entity = Static<typeof EntitySchema>;
/** A tie as writes answer it (POST /api/ties: with its id and version). */
export type TieEntity = Static<typeof TieSchema>;

/** Body of PATCH /api/nodes/:id's `changes`. `null` removes a field. */
export type NodeChanges = Static<typeof NodeChangesSchema>;
/** Body of POST /api/ties. */
export type TieCreate = Static<typeof TieCreateBody>;

/** Every error answer. */
export type ErrorAnswer = Static<typeof ErrorResponse>;

/**
 * A problem with one field: the service's (with a code) or one the app finds before sending
 * (worded by the app, so it may have no code).
 */
export type FieldError = Pick<FieldProblem, 'field' | 'message'> & { code?: FieldProblem['code'] };
