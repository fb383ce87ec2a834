/**
 * API failures worded for the person using the map. Decisions go by the HTTP status, the answer's
 * machine code (`error`) and each field problem's `code`; the service's English is never parsed.
 */
import type { Entity, ErrorAnswer, ErrorCode, FieldError, ProblemCode, TieEntity } from './types';

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
    /** The service's machine code, when it answered with one. */
    readonly code: ErrorCode | null = null,
    /** 409 duplicate_tie: the tie already joining the two nodes. */
    readonly existingTie: TieEntity | null = null,
  ) {
    super(message);
    this.name = 'AtlasError';
  }
}

export const UNREACHABLE_MESSAGE = 'Cannot reach the Atlas service.';

export function unreachable(): AtlasError {
  return new AtlasError(UNREACHABLE_MESSAGE, 'Is `npm start` running? Start it in a terminal, then press “Try again”.');
}

/** What the app says for each field problem code, whatever language the service answered in. */
export const PROBLEM_WORDS: Record<ProblemCode, string> = {
  required: 'Fill this in.',
  blank: 'This cannot be empty.',
  unknown_field: 'The Atlas does not keep this field.',
  wrong_type: 'This is not the kind of value expected here.',
  bad_format: 'Some characters here are not allowed.',
  bad_date: 'Write a real date as YYYY, YYYY-MM or YYYY-MM-DD.',
  date_order: '“Until” is before “since”.',
  too_large: 'Too long: shorten it.',
  not_allowed: 'Choose one of the values offered.',
  reserved: 'The Atlas keeps this name for itself: choose another.',
  own_field: 'This has its own field: fill that in instead.',
  wrong_end: 'This kind of tie cannot join these two.',
  personal_data: 'The Atlas never stores personal e-mail addresses or phone numbers.',
  not_found: 'Nothing in the Atlas has this id.',
  duplicate: 'This is already used: choose another.',
};

/**
 * Codes whose answer depends on a detail only the service's sentence carries (the length limit, the
 * values allowed, the ends a tie takes): for these the user sees that sentence, since the app's
 * words alone would not say what to change.
 */
const DETAILED_CODES: ReadonlySet<ProblemCode> = new Set(['too_large', 'not_allowed', 'wrong_end']);

/** A rule's message as a sentence of its own: capital first letter, full stop at the end. */
const asSentence = (message: string): string => {
  const text = message.trim();
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}${/[.!?]$/.test(text) ? '' : '.'}`;
};

/** The words to show under a field: the app's own for a known code (with the service's detail where it matters), else the message as sent. */
export function problemWords(problem: FieldError): string {
  const { code, message } = problem;
  if (!code || !(code in PROBLEM_WORDS)) return message;
  return DETAILED_CODES.has(code) && message.trim() ? asSentence(message) : PROBLEM_WORDS[code];
}

/** The form field a problem belongs to: the last part of its JSON pointer ("/changes/since" → "since"). */
export function problemField(problem: FieldError): string {
  return problem.field.split(/[./]/).filter(Boolean).pop() ?? '';
}

/** An error answer as read: every part may be missing when something other than the service answered. */
type ErrorBody = Partial<Omit<ErrorAnswer, 'fields'>> & { fields?: FieldError[] };

/** Turns an error answer into words the user can act on. */
export function errorFromResponse(status: number, body: ErrorBody | undefined): AtlasError {
  const code = body?.error ?? null;
  const message = body?.message;
  const current = (body?.current as Entity | undefined) ?? null;
  switch (status) {
    case 400:
      return new AtlasError(message ?? 'Some of what you entered cannot be saved.', 'Correct the fields marked below, then save again.', 400, body?.fields ?? [], null, code);
    case 401:
      if (code === 'wrong_credentials') return new AtlasError(message ?? 'That e-mail and password do not match an account.', 'Check both and try again.', 401, [], null, code);
      return new AtlasError('This needs you to sign in.', 'Sign in (top right), or ask one of the map\'s admins for a role.', 401, [], null, code);
    case 404:
      if (code === 'no_route') return new AtlasError('This Atlas service does not offer that yet.', 'Update the service, or carry on with what the map already shows.', 404, [], null, code);
      if (code === 'no_map') return new AtlasError(message ?? 'There is no such map.', 'It may have been deleted or renamed. Choose a map from the list of maps.', 404, [], null, code);
      return new AtlasError(message ?? 'Not found.', 'It may have been removed. Pick another item on the map.', 404, [], null, code);
    case 409:
      if (code === 'duplicate_tie') return new AtlasError(message ?? 'These two already have a tie of this kind.', 'Change that tie instead, or give this one dates that do not overlap it.', 409, [], null, code, (body?.existing as TieEntity | undefined) ?? null);
      if (code === 'map_archived') return new AtlasError('This map is archived, so it cannot be changed.', 'Unarchive it from the map menu first, or duplicate it and change the copy.', 409, [], null, code);
      // Without `current` it is a clash the version cannot explain (a tie made at the same moment, too many alike): the service says which.
      if (!current) return new AtlasError(message ?? 'That clashes with something saved meanwhile.', 'Reload, then try again.', 409, [], null, code);
      return new AtlasError('Someone else changed this since you opened it.', 'Compare their values with yours, then reload theirs or apply yours on top.', 409, [], current, code);
    case 413:
      return new AtlasError('That is too much to send at once.', 'Shorten the text and try again.', 413, [], null, code);
    case 502:
    case 503:
    case 504:
      return unreachable();
    default:
      return new AtlasError(
        message ?? `The Atlas service answered with an error (${status}).`,
        'Check the terminal running `npm start` (is Neo4j up?), then press “Try again”.',
        status, [], null, code,
      );
  }
}

/** True when the endpoint is simply not there (an older service): callers fall back. */
export function isMissingEndpoint(error: unknown): boolean {
  return error instanceof AtlasError && error.status === 404 && error.code === 'no_route';
}
