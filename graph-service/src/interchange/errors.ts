/** Errors from reading or writing interchange files: members of the service's one error family (src/errors.ts). */
export { FileTooLargeError, InterchangeError } from '../errors.ts';
