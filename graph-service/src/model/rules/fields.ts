/** Checks of single fields and properties, each reporting FieldProblems; validate.ts puts them together. */
import { parseDate, DATE_HINT, endsBeforeStart } from '../dates.ts';
import type { PropertyValue } from '../model.ts';
import type { FieldProblem } from '../problems.ts';
import type { PropertySpec } from '../tieTypes.ts';
import { looksLikeContactDetails, PERSONAL_DATA_MESSAGE } from './personalData.ts';
import { DATE_FIELDS, PROPERTY_NAME, RESERVED_PROPERTIES } from './reserved.ts';
import { SIZES } from './sizes.ts';
import { NODE_ID_PATTERN } from './ids.ts';

const NODE_ID = new RegExp(NODE_ID_PATTERN);

export type Problems = FieldProblem[];

/** Text that must say something (a name, a source), within its length, without contact details. */
export function checkText(value: unknown, field: string, limit: number, problems: Problems, blankMessage?: string): void {
  if (value === undefined || value === null) return;
  if (typeof value !== 'string') return void problems.push({ field, code: 'wrong_type', message: 'must be text' });
  if (blankMessage && value.trim() === '') return void problems.push({ field, code: 'blank', message: blankMessage });
  if (value.length > limit) return void problems.push({ field, code: 'too_large', message: `is ${value.length.toLocaleString('en-GB')} characters long; keep it to ${limit.toLocaleString('en-GB')}` });
  if (looksLikeContactDetails(value)) problems.push({ field, code: 'personal_data', message: PERSONAL_DATA_MESSAGE });
}

export function checkTextList(value: unknown, field: string, sizes: { items: number; item: number }, problems: Problems): void {
  if (value === undefined || value === null) return;
  if (!Array.isArray(value)) return void problems.push({ field, code: 'wrong_type', message: 'must be a list of text' });
  if (value.length > sizes.items) return void problems.push({ field, code: 'too_large', message: `has ${value.length} items; keep it to ${sizes.items}` });
  for (const [i, item] of value.entries()) checkText(item, `${field}/${i}`, sizes.item, problems);
}

/** since, until and lastConfirmed are real dates, and until is not before since. */
export function checkDates(fields: { since?: unknown; until?: unknown; lastConfirmed?: unknown }, at: string, problems: Problems): void {
  let valid = true;
  for (const key of DATE_FIELDS) {
    const value = fields[key];
    if (value === undefined || value === null) continue;
    if (parseDate(value) === undefined || typeof value !== 'string') {
      valid = false;
      problems.push({ field: `${at}/${key}`, code: 'bad_date', message: `is "${String(value)}", which is not a real date; write it as ${DATE_HINT}` });
    }
  }
  if (valid && endsBeforeStart(fields.since, fields.until)) {
    problems.push({ field: `${at}/until`, code: 'date_order', message: `must not be before "since" (${String(fields.since)})` });
  }
}

/** The names and values of `properties`: allowed names, within the sizes, no contact details, and the kinds a tie type declares. */
export function checkProperties(
  properties: Record<string, PropertyValue | undefined> | undefined,
  ownFields: readonly string[],
  specOf: (name: string) => PropertySpec | undefined,
  at: string,
  problems: Problems,
): void {
  const entries = Object.entries(properties ?? {});
  if (entries.length > SIZES.properties) problems.push({ field: `${at}/properties`, code: 'too_large', message: `has ${entries.length} properties; keep it to ${SIZES.properties}` });
  for (const [name, value] of entries) {
    const field = `${at}/properties/${name}`;
    if (!PROPERTY_NAME.test(name)) problems.push({ field, code: 'bad_format', message: 'must be a name of letters, digits and _ starting with a letter (at most 64)' });
    else if (RESERVED_PROPERTIES.has(name)) problems.push({ field, code: 'reserved', message: 'is kept by Atlas itself and cannot be set' });
    else if (ownFields.includes(name)) problems.push({ field, code: 'own_field', message: `has its own field: send it as "${name}", not inside "properties"` });
    else if (value !== null && value !== undefined) checkValue(value, field, specOf(name), problems);
  }
}

function checkValue(value: PropertyValue, field: string, spec: PropertySpec | undefined, problems: Problems): void {
  if (Array.isArray(value)) checkTextList(value, field, { items: SIZES.listItems, item: SIZES.listItem }, problems);
  else if (typeof value === 'string') checkText(value, field, SIZES.propertyText, problems);
  else if (typeof value === 'number' && !Number.isFinite(value)) problems.push({ field, code: 'wrong_type', message: 'must be a finite number' });
  if (!spec) return;
  if (spec.kind === 'choice' && !spec.values.includes(value as string)) problems.push({ field, code: 'not_allowed', message: `must be one of: ${spec.values.join(', ')}` });
  if (spec.kind === 'boolean' && typeof value !== 'boolean') problems.push({ field, code: 'wrong_type', message: 'must be true or false' });
  if (spec.kind === 'amount' && (typeof value !== 'number' || value < 0)) problems.push({ field, code: 'wrong_type', message: 'must be a number of zero or more' });
  if (spec.kind === 'node' && (typeof value !== 'string' || !NODE_ID.test(value))) problems.push({ field, code: 'bad_format', message: `must be the id of a node in this map that is one of: ${spec.labels.join(', ')}` });
}
