/**
 * Every error the service answers with, as one family: each class has its HTTP status and a
 * machine code (the `error` field of the answer), so the one error handler in app.ts needs no
 * list of classes and the app decides by status and code, never by the English message.
 */
import type { Static } from 'typebox';
import type { ErrorCode } from './contract/errorCodes.ts';
import type { ImportPlan } from './contract/interchange.ts';
import type { FieldProblem } from './model/problems.ts';

export type { ErrorCode, FieldProblem };

/** The base of the family: a status, a machine code and a message a user can act on. */
export class AtlasHttpError extends Error {
  constructor(readonly statusCode: number, readonly code: ErrorCode, message: string) {
    super(message);
    this.name = new.target.name;
  }

  /** Fields of the answer beyond `error` and `message` (field problems, the current entity, ...). */
  details(): Record<string, unknown> {
    return {};
  }

  /** Headers the answer carries (Retry-After, ...). */
  headers(): Record<string, string> {
    return {};
  }
}

/** Input that breaks a rule; `fields` says which field and why, by code. */
export class BadRequestError extends AtlasHttpError {
  constructor(message: string, readonly fields: FieldProblem[] = [], code: ErrorCode = fields.length ? 'invalid_fields' : 'bad_request') {
    super(400, code, message);
  }

  override details(): Record<string, unknown> {
    return this.fields.length ? { fields: this.fields } : {};
  }
}

export class UnauthorizedError extends AtlasHttpError {
  constructor(message = 'This needs you to sign in, or a personal API token (or the editor key) sent as "Authorization: Bearer <token>".') {
    super(401, 'editor_key_needed', message);
  }
}

/** Signed in, but the caller's role in this map does not allow it: 403 `forbidden`. */
export class ForbiddenError extends AtlasHttpError {
  constructor(needed: string, message = `This needs the ${needed} role in this map; ask one of the map's admins.`) {
    super(403, 'forbidden', message);
  }
}

export class NotFoundError extends AtlasHttpError {
  constructor(message: string, code: ErrorCode = 'not_found') {
    super(404, code, message);
  }
}

/** A write based on an old version, or one that would clash with what is stored; `current` is the state now. */
export class ConflictError extends AtlasHttpError {
  constructor(message: string, readonly current?: unknown) {
    super(409, 'conflict', message);
  }

  override details(): Record<string, unknown> {
    return this.current === undefined ? {} : { current: this.current };
  }
}

/** A tie that would repeat one already there (model/rules/duplicateTies.ts): 409 `duplicate_tie` with `existing`. */
export class DuplicateTieError extends AtlasHttpError {
  constructor(message: string, readonly existing: unknown) {
    super(409, 'duplicate_tie', message);
  }

  override details(): Record<string, unknown> {
    return { existing: this.existing };
  }
}

/** Asked to e-mail, with no SMTP server configured: 409 `no_mail`. */
export class NoMailError extends AtlasHttpError {
  constructor() {
    super(409, 'no_mail', 'This atlas sends no e-mail, so it cannot send you a reset link. Ask a site admin of your atlas for one: they can make it for you.');
  }
}

/** A later change that stops a revert, as the refusal names it. */
export interface LaterChange {
  id: string;
  at: string;
  actorName: string;
  action: string;
  targetName?: string;
}

/** A revert refused because later changes to the same node or tie depend on it: 409 `later_changes` naming them. */
export class LaterChangesError extends AtlasHttpError {
  constructor(message: string, readonly later: LaterChange[]) {
    super(409, 'later_changes', message);
  }

  override details(): Record<string, unknown> {
    return { later: this.later };
  }
}

/** A map id that names no map: 404 `no_map`. */
export class NoMapError extends NotFoundError {
  constructor(map: string) {
    super(`No map has the id "${map}". GET /api/maps lists the maps you can see.`, 'no_map');
  }
}

/** A write to an archived map: 409 `map_archived`. */
export class MapArchivedError extends AtlasHttpError {
  constructor(title: string) {
    super(409, 'map_archived', `The map "${title}" is archived, so it cannot be changed. Unarchive it first (PATCH the map with archived: false).`);
  }
}

/** A file that cannot be read at all (malformed, wrong encoding, wrong format): 400. */
export class InterchangeError extends AtlasHttpError {
  constructor(message: string, statusCode = 400, code: ErrorCode = 'unreadable_file') {
    super(statusCode, code, message);
  }
}

/** A file over the size limit for its format: 413. */
export class FileTooLargeError extends InterchangeError {
  constructor(message: string) {
    super(message, 413, 'file_too_large');
  }
}

/** Too many imports at once, from this caller or altogether: 429 with Retry-After. */
export class TooManyImportsError extends AtlasHttpError {
  constructor(message: string, readonly retryAfterSeconds: number) {
    super(429, 'too_many_imports', message);
  }

  override headers(): Record<string, string> {
    return { 'retry-after': String(this.retryAfterSeconds) };
  }
}

/** A commit refused because the plan has rejected rows or file problems: 422 with the plan. */
export class ImportRejectedError extends AtlasHttpError {
  constructor(message: string, readonly plan: Static<typeof ImportPlan>) {
    super(422, 'import_rejected', message);
  }

  override details(): Record<string, unknown> {
    return { plan: this.plan };
  }
}

/** A sign-in whose e-mail and password do not match (never says which of the two was wrong). */
export class WrongCredentialsError extends AtlasHttpError {
  constructor(message = 'That e-mail and password do not match an account. Check both and try again.') {
    super(401, 'wrong_credentials', message);
  }
}

/** Too many failed sign-ins: 423 until `until`. */
export class AccountLockedError extends AtlasHttpError {
  constructor(until: string) {
    super(423, 'account_locked', `Too many failed sign-ins: this account is locked until ${until.slice(11, 16)} UTC (${until.slice(0, 10)}). Try again then, or ask a site admin for a reset link.`);
  }
}

/** A write refused before its body is read, because of where it came from (Origin) or a missing CSRF token. */
export class RequestRefusedError extends AtlasHttpError {
  constructor(statusCode: 403 | 415 | 421, code: 'csrf_failed' | 'cross_origin' | 'unsupported_media_type' | 'unknown_host', message: string) {
    super(statusCode, code, message);
  }
}

/** Too many requests from one caller in a while: 429, with Retry-After. */
export class RateLimitedError extends AtlasHttpError {
  constructor(readonly retryAfterSeconds: number, what = 'requests') {
    super(429, 'rate_limited', `Too many ${what} from you just now: wait ${retryAfterSeconds} seconds and try again.`);
  }

  override headers(): Record<string, string> {
    return { 'retry-after': String(this.retryAfterSeconds) };
  }
}

/** The database cannot answer now (down, restarting or too busy): 503 `unavailable` with Retry-After. */
export class UnavailableError extends AtlasHttpError {
  constructor(readonly retryAfterSeconds: number, message = 'The atlas database is not answering just now (it may be restarting). Try again in a few seconds; if it goes on, ask whoever runs the service.') {
    super(503, 'unavailable', message);
  }

  override headers(): Record<string, string> {
    return { 'retry-after': String(this.retryAfterSeconds) };
  }
}

/** The database's disk is full: 507 `storage_full`; nothing was written. */
export class StorageFullError extends AtlasHttpError {
  constructor(message = 'The atlas database has no disk space left, so nothing was saved. Ask whoever runs the service to free space, then try again.') {
    super(507, 'storage_full', message);
  }
}
