/**
 * The machine codes an error answer carries in `error`, one per kind of failure. Plain data (no
 * TypeBox), so the app can import the list itself; the schema in contract/common.ts is built from it.
 */
export const ERROR_CODES = [
  /** 400: the request cannot be read (not JSON, empty body, two nodes where two different ones are needed). */
  'bad_request',
  /** 400: some fields break a rule; `fields` lists them, each with a problem code. */
  'invalid_fields',
  /** 400: an import file cannot be read (malformed, wrong encoding, wrong format). */
  'unreadable_file',
  /** 401: this needs a signed-in account, a personal API token or the editor key (the name is from before accounts). */
  'editor_key_needed',
  /** 401: the e-mail and password do not match an account. */
  'wrong_credentials',
  /** 403: a write with a session cookie did not carry the session's CSRF token (header x-atlas-csrf). */
  'csrf_failed',
  /** 403: a write sent from a page of another site (its Origin is not this service's nor an allowed one). */
  'cross_origin',
  /** 403: signed in, but the caller's role in the map does not allow it. */
  'forbidden',
  /** 404: no node, tie, theme or organisation has that id. */
  'not_found',
  /** 404: the id belonged to an organisation that was merged into another. */
  'merged_away',
  /** 404: no map has that id (GET /api/maps lists them). */
  'no_map',
  /** 404: no such route. */
  'no_route',
  /** 409: the record changed since it was read, or the write would clash; `current` is the state now. */
  'conflict',
  /** 409: a tie of that type already joins those two nodes over an overlapping period (model/rules/duplicateTies.ts); `existing` is that tie. */
  'duplicate_tie',
  /** 409: a revert refused because later changes to the same node or tie depend on it; `later` lists them. */
  'later_changes',
  /** 409: the map is archived, so it is read-only until it is unarchived. */
  'map_archived',
  /** 409: the atlas sends no e-mail (no SMTP server is configured), so a reset link comes from an admin. */
  'no_mail',
  /** 413: the request body is larger than the service takes. */
  'too_large',
  /** 413: an import file is over the limit for its format. */
  'file_too_large',
  /** 415: a content type the route does not read. */
  'unsupported_media_type',
  /** 421: the request's Host is not one this service answers to (ATLAS_ALLOWED_HOSTS). */
  'unknown_host',
  /** 423: too many failed sign-ins; the account is locked for a while. */
  'account_locked',
  /** 429: too many requests from this caller; try again after Retry-After seconds. */
  'rate_limited',
  /** 429: too many imports at once from this caller (or altogether); `Retry-After` says when to try again. */
  'too_many_imports',
  /** 422: an import commit refused because rows are rejected; `plan` lists them, nothing was written. */
  'import_rejected',
  /** 500: the service failed; the details are in its log. */
  'internal_error',
  /** 503: the database is not reachable (down, restarting or too busy); `Retry-After` says when to try again. */
  'unavailable',
  /** 507: the database's disk is full; nothing was written. */
  'storage_full',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The code for a status when nothing more specific is known (errors raised by Fastify itself). */
export function errorCodeForStatus(status: number): ErrorCode {
  switch (status) {
    case 401: return 'editor_key_needed';
    case 404: return 'not_found';
    case 409: return 'conflict';
    case 413: return 'too_large';
    case 415: return 'unsupported_media_type';
    case 422: return 'import_rejected';
    case 423: return 'account_locked';
    case 429: return 'rate_limited';
    case 503: return 'unavailable';
    case 507: return 'storage_full';
    default: return status < 500 ? 'bad_request' : 'internal_error';
  }
}
