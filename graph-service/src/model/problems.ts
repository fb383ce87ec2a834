/**
 * What can be wrong with one field of a write, as a machine-readable code and a sentence for people.
 * The rules (model/rules), the HTTP schema validation and the import plan all report problems in
 * this one shape, so the app maps errors to its inputs by `field` and `code`, never by reading English.
 */

export const PROBLEM_CODES = [
  /** A field that must be present is missing. */
  'required',
  /** Text that must say something is empty or only spaces. */
  'blank',
  /** A field the request may not carry at all. */
  'unknown_field',
  /** A value of the wrong JSON type (text where a number belongs, ...). */
  'wrong_type',
  /** Text that does not have the form asked for (an id, a property name, ...). */
  'bad_format',
  /** Not a real date at a known precision (YYYY, YYYY-MM or YYYY-MM-DD). */
  'bad_date',
  /** `until` before `since`. */
  'date_order',
  /** Longer, larger or more numerous than allowed. */
  'too_large',
  /** A value outside the allowed list (a tier, a tie type, a node kind). */
  'not_allowed',
  /** A name the service keeps for itself (id, version, mergedIds, ...). */
  'reserved',
  /** A property sent inside `properties` that has its own top-level field. */
  'own_field',
  /** A tie end of a kind the tie type does not join. */
  'wrong_end',
  /** A personal e-mail address or phone number, which Atlas never stores. */
  'personal_data',
  /** A referenced node or tie that does not exist. */
  'not_found',
  /** A value that must be unique and is already used. */
  'duplicate',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export interface FieldProblem {
  /** JSON pointer into the request: `/name`, `/changes/since`, `/properties/tier`; a column name in an import. */
  field: string;
  code: ProblemCode;
  /** Worded for the person who sent it, saying what to do. */
  message: string;
}
