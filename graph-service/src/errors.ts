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
  constructor(message = 'Editing needs the editor key: send it as "Authorization: Bearer <key>".') {
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

/** A commit refused because the plan has rejected rows or file problems: 422 with the plan. */
export class ImportRejectedError extends AtlasHttpError {
  constructor(message: string, readonly plan: Static<typeof ImportPlan>) {
    super(422, 'import_rejected', message);
  }

  override details(): Record<string, unknown> {
    return { plan: this.plan };
  }
}

/** The database cannot answer now (down, restarting or too busy): 503 `unavailable` with Retry-After. */
export class UnavailableError extends AtlasHttpError {
  constructor(readonly retryAfterSeconds: number, message = 'The atlas database is not answering just now (it may be restarting). Try again in a few seconds; if it goes on, ask whoever runs the service.') {
    super(503, 'unavailable', message);
  }
}

/** The database's disk is full: 507 `storage_full`; nothing was written. */
export class StorageFullError extends AtlasHttpError {
  constructor(message = 'The atlas database has no disk space left, so nothing was saved. Ask whoever runs the service to free space, then try again.') {
    super(507, 'storage_full', message);
  }
}
