import type { Entity, FieldError } from './types';

/** An API failure worded for the person using the map, not for a developer. */
export class AtlasError extends Error {
  constructor(
    message: string,
    readonly hint: string,
    /** HTTP status, or 0 when the service could not be reached. */
    readonly status = 0,
    /** 400: which fields were wrong and why. */
    readonly fields: FieldError[] = [],
    /** 409: the entity as it is now. */
    readonly current: Entity | null = null,
  ) {
    super(message);
    this.name = 'AtlasError';
  }
}

export const UNREACHABLE_MESSAGE = 'Cannot reach the Atlas service.';

export function unreachable(): AtlasError {
  return new AtlasError(UNREACHABLE_MESSAGE, 'Is `npm start` running? Start it in a terminal, then press “Try again”.');
}

interface ErrorBody {
  message?: string;
  fields?: FieldError[];
  current?: Entity;
}

/** Turns an error answer into words the user can act on. */
export function errorFromResponse(status: number, body: ErrorBody | undefined): AtlasError {
  const message = body?.message;
  switch (status) {
    case 400:
      return new AtlasError(message ?? 'Some of what you entered cannot be saved.', 'Correct the fields marked below, then save again.', 400, body?.fields ?? []);
    case 401:
      return new AtlasError('Editing needs the editor key.', 'Ask the person who runs this Atlas for the editor key.', 401);
    case 404:
      return new AtlasError(message ?? 'Not found.', 'It may have been removed. Pick another item on the map.', 404);
    case 409:
      return new AtlasError('Someone else changed this since you opened it.', 'Compare their values with yours, then reload theirs or apply yours on top.', 409, [], body?.current ?? null);
    case 413:
      return new AtlasError('That is too much to send at once.', 'Shorten the text and try again.', 413);
    case 502:
    case 503:
    case 504:
      return unreachable();
    default:
      return new AtlasError(
        message ?? `The Atlas service answered with an error (${status}).`,
        'Check the terminal running `npm start` (is Neo4j up?), then press “Try again”.',
        status,
      );
  }
}
