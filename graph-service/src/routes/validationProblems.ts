/**
 * Schema validation errors (ajv's, in JSON Schema terms) turned into the field problems every other
 * rule reports: one per field, with a code from model/problems.ts and a sentence for people.
 */
import { DATE_HINT, DATE_PATTERN, DAY_PATTERN } from '../contract/common.ts';
import type { FieldProblem, ProblemCode } from '../model/problems.ts';

/** The parts of an ajv error this needs (Fastify's FastifySchemaValidationError has them). */
export interface SchemaError {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
}

const DATE_PATTERNS = new Set([DATE_PATTERN, DAY_PATTERN]);

/** The field a validation problem is about; for a missing or unknown field, that field's own name. */
export function fieldOf(error: SchemaError): string {
  const child = (error.params.missingProperty ?? error.params.additionalProperty) as string | undefined;
  return child ? `${error.instancePath}/${child}` : error.instancePath || '/';
}

/** The field's name for a sentence: its last part, not counting list positions ("/types/0" → "types"). */
function nameOf(field: string): string {
  return field.split('/').filter((part) => part && !/^\d+$/.test(part)).pop() ?? 'the request';
}

function codeOf(error: SchemaError): ProblemCode | null {
  const { keyword, params } = error;
  switch (keyword) {
    case 'required':
    case 'minProperties':
    case 'minItems':
      return 'required';
    case 'additionalProperties':
      return 'unknown_field';
    case 'type':
      return 'wrong_type';
    case 'pattern':
      return DATE_PATTERNS.has(params.pattern as string) ? 'bad_date' : 'bad_format';
    case 'format':
      return params.format === 'date' ? 'bad_date' : 'bad_format';
    case 'minLength':
      return params.limit === 1 ? 'blank' : 'bad_format';
    case 'maxLength':
    case 'maxItems':
    case 'maxProperties':
    case 'maximum':
    case 'exclusiveMaximum':
      return 'too_large';
    case 'enum':
    case 'const':
    case 'minimum':
    case 'exclusiveMinimum':
      return 'not_allowed';
    default:
      // anyOf / oneOf say only that no branch fitted; the branches' own errors say why.
      return null;
  }
}

function messageOf(code: ProblemCode, error: SchemaError, name: string): string {
  const { params } = error;
  switch (code) {
    case 'required':
      return error.keyword === 'required' ? `"${name}" is missing: fill it in.` : `"${name}" is empty: give at least one value.`;
    case 'unknown_field':
      return `"${name}" is not a field here: leave it out.`;
    case 'wrong_type':
      return `"${name}" must be ${params.type === 'integer' ? 'a whole number' : `a ${params.type}`}.`;
    case 'bad_date':
      return `"${name}" must be a real date written ${params.pattern === DAY_PATTERN ? 'YYYY-MM-DD' : DATE_HINT}.`;
    case 'blank':
      return `"${name}" cannot be empty.`;
    case 'too_large':
      return error.keyword === 'maxLength' ? `"${name}" is too long: keep it to ${params.limit} characters.` : `"${name}" is too large: at most ${params.limit}.`;
    case 'not_allowed':
      if (Array.isArray(params.allowedValues)) return `"${name}" must be one of: ${params.allowedValues.join(', ')}.`;
      return params.limit !== undefined ? `"${name}" must be at least ${params.limit}.` : `"${name}" has a value that is not allowed.`;
    default:
      return `"${name}" is not written in a form the service reads.`;
  }
}

/** How telling a code is when several errors concern one field (a union gives one per branch). */
const rank = (code: ProblemCode | null): number => (code === null ? 0 : code === 'wrong_type' ? 1 : 2);

export function validationProblems(errors: readonly SchemaError[]): FieldProblem[] {
  const best = new Map<string, { code: ProblemCode | null; error: SchemaError }>();
  for (const error of errors) {
    const field = fieldOf(error);
    const code = codeOf(error);
    const known = best.get(field);
    if (!known || rank(code) > rank(known.code)) best.set(field, { code, error });
  }
  return [...best].map(([field, { code, error }]) => {
    const chosen = code ?? 'wrong_type';
    return { field, code: chosen, message: messageOf(chosen, error, nameOf(field)) };
  });
}
