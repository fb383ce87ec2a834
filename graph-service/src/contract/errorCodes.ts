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
  /** 401: writing (or importing) needs the editor key. */
  'editor_key_needed',
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
  /** 409: the map is archived, so it is read-only until it is unarchived. */
  'map_archived',
  /** 413: the request body is larger than the service takes. */
  'too_large',
  /** 413: an import file is over the limit for its format. */
  'file_too_large',
  /** 415: a content type the route does not read. */
  'unsupported_media_type',
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
    case 503: return 'unavailable';
    case 507: return 'storage_full';
    default: return status < 500 ? 'bad_request' : 'internal_error';
  }
}
