/** Errors from reading or writing interchange files; the app's error handler maps statusCode to HTTP. */

/** A file that cannot be read at all (malformed, wrong encoding, wrong format): 400. */
export class InterchangeError extends Error {
  readonly statusCode: number = 400;
  constructor(message: string) {
    super(message);
    this.name = 'InterchangeError';
  }
}

/** A file over the size limit for its format: 413. */
export class FileTooLargeError extends InterchangeError {
  override readonly statusCode = 413;
  constructor(message: string) {
    super(message);
    this.name = 'FileTooLargeError';
  }
}
