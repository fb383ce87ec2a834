/**
 * `validateNode` and `validateTie`: every rule a write must keep, for API writes, imports and the
 * seed alike. They never throw: they return the properties to store and what is wrong, as
 * FieldProblems with codes (model/problems.ts), whose `field` is a JSON pointer under `at`.
 */
import { MODEL, tieTypeEntry, type AtlasModel, type PropertyValue } from '../model.ts';
import type { FieldProblem } from '../problems.ts';
import type { PropertySpec } from '../tieTypes.ts';
import { checkDates, checkProperties, checkText, checkTextList } from './fields.ts';
import { NODE_FIELDS, TIE_FIELDS } from './reserved.ts';
import { SIZES } from './sizes.ts';

/** Create: a new record (name and source required, nulls dropped). Update: only the fields given; null removes one. */
export type WriteMode = 'create' | 'update';

export interface ValidateOptions {
  /** Where the fields sit in the request: "" for a create body, "/changes" for an update. */
  at?: string;
  model?: AtlasModel;
}

export interface Provenance {
  source?: string;
  since?: string | null;
  until?: string | null;
  lastConfirmed?: string | null;
  dateBasis?: string | null;
  confirmedBy?: string | null;
}

export interface NodeInput extends Provenance {
  name?: string;
  description?: string | null;
  aliases?: string[] | null;
  properties?: Record<string, PropertyValue>;
}

export interface TieInput extends Provenance {
  properties?: Record<string, PropertyValue>;
}

export interface Validated {
  properties: Record<string, PropertyValue>;
  problems: FieldProblem[];
}

const SOURCE_BLANK = 'must say where this comes from (a document, meeting or person)';

function checkRequired(input: Record<string, unknown>, names: string[], at: string, problems: FieldProblem[]): void {
  for (const name of names) if (input[name] === undefined || input[name] === null) problems.push({ field: `${at}/${name}`, code: 'required', message: 'is required' });
}

function checkProvenance(input: Provenance, at: string, problems: FieldProblem[]): void {
  checkText(input.source, `${at}/source`, SIZES.source, problems, SOURCE_BLANK);
  checkText(input.dateBasis, `${at}/dateBasis`, SIZES.source, problems);
  checkText(input.confirmedBy, `${at}/confirmedBy`, SIZES.name, problems);
  checkDates(input, at, problems);
}

/** The fields and properties as stored: fields given at the top win, nulls are dropped on create. */
function stored(input: Record<string, unknown>, fields: readonly string[], mode: WriteMode): Record<string, PropertyValue> {
  const properties: Record<string, PropertyValue> = { ...((input.properties as Record<string, PropertyValue> | undefined) ?? {}) };
  for (const key of fields) if (input[key] !== undefined) properties[key] = input[key] as PropertyValue;
  if (mode === 'create') for (const [key, value] of Object.entries(properties)) if (value === null) delete properties[key];
  return properties;
}

/** Aliases trimmed and without repeats; the full-text index reads them through `aliasText`. */
function withAliases(properties: Record<string, PropertyValue>, aliases: string[] | null | undefined, mode: WriteMode): void {
  if (aliases === undefined) return;
  const kept = aliases === null ? [] : [...new Set(aliases.map((a) => a.trim()).filter(Boolean))];
  properties.aliases = kept.length > 0 ? kept : null;
  properties.aliasText = kept.length > 0 ? kept.join(' | ') : null;
  if (mode === 'create' && kept.length === 0) {
    delete properties.aliases;
    delete properties.aliasText;
  }
}

export function validateNode(input: NodeInput, mode: WriteMode, options: ValidateOptions = {}): Validated {
  const at = options.at ?? '';
  const problems: FieldProblem[] = [];
  if (mode === 'create') checkRequired({ ...input }, ['name', 'source'], at, problems);
  checkText(input.name, `${at}/name`, SIZES.name, problems, 'must not be blank');
  checkText(input.description, `${at}/description`, SIZES.description, problems);
  checkTextList(input.aliases, `${at}/aliases`, { items: SIZES.aliases, item: SIZES.alias }, problems);
  checkProvenance(input, at, problems);
  checkProperties(input.properties, NODE_FIELDS, () => undefined, at, problems);
  const properties = stored({ ...input }, NODE_FIELDS.filter((f) => f !== 'aliases'), mode);
  withAliases(properties, input.aliases, mode);
  return { properties, problems };
}

/** A property's kind: as the tie type declares it, else as any other type declares a property of that name. */
function propertySpec(type: string, model: AtlasModel): (name: string) => PropertySpec | undefined {
  const own = tieTypeEntry(type, model)?.properties ?? {};
  return (name) => own[name] ?? Object.values(model.tieTypes).find((entry) => name in entry.properties)?.properties[name];
}

export function validateTie(type: string, input: TieInput, mode: WriteMode, options: ValidateOptions = {}): Validated {
  const at = options.at ?? '';
  const model = options.model ?? MODEL;
  const problems: FieldProblem[] = [];
  if (!tieTypeEntry(type, model)) problems.push({ field: `${at}/tieType`, code: 'not_allowed', message: `"${type}" is not a tie type; use one of ${Object.keys(model.tieTypes).join(', ')}` });
  if (mode === 'create') checkRequired({ ...input }, ['source'], at, problems);
  checkProvenance(input, at, problems);
  checkProperties(input.properties, TIE_FIELDS, propertySpec(type, model), at, problems);
  return { properties: stored({ ...input }, TIE_FIELDS, mode), problems };
}

/** One sentence for a refused write, e.g. "The new entry was not saved: /name must not be blank." */
export function problemSummary(problems: FieldProblem[], what: string): string {
  return `The ${what} was not saved: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}.`;
}
