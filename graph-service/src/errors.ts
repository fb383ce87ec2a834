/** Typed errors that the one error handler maps to HTTP codes. */

export interface FieldProblem {
  field: string;
  message: string;
}

export class BadRequestError extends Error {
  readonly statusCode = 400;
  constructor(message: string, readonly fields: FieldProblem[] = []) {
    super(message);
    this.name = 'BadRequestError';
  }
}

export class UnauthorizedError extends Error {
  readonly statusCode = 401;
  constructor(message = 'Editing needs the editor key: send it as "Authorization: Bearer <key>".') {
    super(message);
    this.name = 'UnauthorizedError';
  }
}

export class NotFoundError extends Error {
  readonly statusCode = 404;
  constructor(message: string) {
    super(message);
    this.name = 'NotFoundError';
  }
}

/** A write based on an old version, or one that would clash with what is stored; `current` is the state now. */
export class ConflictError extends Error {
  readonly statusCode = 409;
  constructor(message: string, readonly current?: unknown) {
    super(message);
    this.name = 'ConflictError';
  }
}
