/**
 * The rules a write must keep, as pure functions: which fields may be set, how ids are made,
 * which ties may join which nodes. Schema validation has already checked shapes and formats.
 */
import { BadRequestError, type FieldProblem } from '../errors.ts';
import { MEMBERSHIP_TIERS, TIE_TYPES, type NodeLabel, type PropertyValue, type TieType } from '../model/model.ts';

/** Set by the service itself, never by a caller. */
export const BOOKKEEPING = new Set(['id', 'nodeType', 'tieType', 'label', 'type', 'from', 'to', 'createdAt', 'updatedAt', 'version', 'seedHash', 'aliasText', '__lock', 'mergedIds']);
/** Fields with their own place in a request, so they cannot also come in `properties`. */
export const PROPERTY_KEY = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
const NODE_FIELDS = new Set(['name', 'description', 'aliases', 'source', 'since', 'until', 'lastConfirmed']);
const TIE_FIELDS = new Set(['source', 'since', 'until', 'lastConfirmed']);

export const ID_PREFIX: Record<NodeLabel, string> = {
  Organisation: 'org', Person: 'person', Theme: 'theme', Partnership: 'partnership', Event: 'event', Area: 'area', Alliance: 'alliance',
};

export interface NodeFields {
  name?: string;
  description?: string | null;
  aliases?: string[] | null;
  source?: string;
  since?: string | null;
  until?: string | null;
  lastConfirmed?: string | null;
  properties?: Record<string, PropertyValue>;
}

/** "St Peter's, Battersea" → "st-peters-battersea"; empty when nothing Latin is left. */
export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
}

/** Ids to try, in order, for a new node: the readable one first, then numbered ones. */
export function idCandidates(label: NodeLabel, name: string, random: () => number = Math.random): string[] {
  const base = slug(name);
  const stem = base ? `${ID_PREFIX[label]}-${base}` : `${ID_PREFIX[label]}-${Math.floor(random() * 36 ** 6).toString(36)}`;
  return [stem, ...Array.from({ length: 20 }, (_, i) => `${stem}-${i + 2}`), `${stem}-${Math.floor(random() * 36 ** 6).toString(36)}`];
}

function checkDates(fields: { since?: string | null; until?: string | null }, problems: FieldProblem[], prefix: string): void {
  if (fields.since && fields.until && fields.until.localeCompare(fields.since.slice(0, fields.until.length)) < 0) {
    problems.push({ field: `${prefix}until`, code: 'date_order', message: `must not be before "since" (${fields.since})` });
  }
}

function checkProperties(properties: Record<string, PropertyValue> | undefined, topLevel: Set<string>, problems: FieldProblem[], prefix: string): void {
  for (const key of Object.keys(properties ?? {})) {
    if (!PROPERTY_KEY.test(key)) problems.push({ field: `${prefix}properties/${key}`, code: 'bad_format', message: 'must be a name of letters, digits and _ starting with a letter (at most 64)' });
    else if (BOOKKEEPING.has(key)) problems.push({ field: `${prefix}properties/${key}`, code: 'reserved', message: 'is kept by the service and cannot be set' });
    else if (topLevel.has(key)) problems.push({ field: `${prefix}properties/${key}`, code: 'own_field', message: `has its own field: send it as "${key}", not inside "properties"` });
  }
}

function throwIfAny(problems: FieldProblem[], what: string): void {
  if (problems.length > 0) throw new BadRequestError(`The ${what} was not saved: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}.`, problems);
}

/**
 * The properties to store for a node's fields. `null` (allowed on updates) removes a field; the
 * full-text index reads aliases through `aliasText`, so that follows `aliases`.
 */
export function nodeProperties(fields: NodeFields, mode: 'create' | 'update'): Record<string, PropertyValue> {
  const problems: FieldProblem[] = [];
  const prefix = mode === 'update' ? '/changes/' : '/';
  if (fields.name !== undefined && fields.name.trim() === '') problems.push({ field: `${prefix}name`, code: 'blank', message: 'must not be blank' });
  if (fields.source !== undefined && fields.source.trim() === '') problems.push({ field: `${prefix}source`, code: 'blank', message: 'must say where this comes from (a document, meeting or person)' });
  checkDates(fields, problems, prefix);
  checkProperties(fields.properties, NODE_FIELDS, problems, prefix);
  throwIfAny(problems, mode === 'create' ? 'new entry' : 'change');

  const stored: Record<string, PropertyValue> = { ...(fields.properties ?? {}) };
  for (const key of ['name', 'description', 'source', 'since', 'until', 'lastConfirmed'] as const) {
    if (fields[key] !== undefined) stored[key] = fields[key] as PropertyValue;
  }
  if (fields.aliases !== undefined) {
    const aliases = fields.aliases === null ? [] : [...new Set(fields.aliases.map((a) => a.trim()).filter(Boolean))];
    stored.aliases = aliases.length > 0 ? aliases : null;
    stored.aliasText = aliases.length > 0 ? aliases.join(' | ') : null;
  }
  if (mode === 'create') for (const [key, value] of Object.entries(stored)) if (value === null) delete stored[key];
  return stored;
}

export interface TieFields {
  source?: string;
  since?: string | null;
  until?: string | null;
  lastConfirmed?: string | null;
  properties?: Record<string, PropertyValue>;
}

function checkTieProperties(type: TieType, properties: Record<string, PropertyValue>, problems: FieldProblem[], prefix: string): void {
  const tier = properties.tier;
  if (type === 'MEMBER_OF' && tier !== undefined && tier !== null && !(MEMBERSHIP_TIERS as readonly string[]).includes(tier as string)) {
    problems.push({ field: `${prefix}properties/tier`, code: 'not_allowed', message: `must be one of: ${MEMBERSHIP_TIERS.join(', ')}` });
  }
  if (properties.lead !== undefined && properties.lead !== null && typeof properties.lead !== 'boolean') {
    problems.push({ field: `${prefix}properties/lead`, code: 'wrong_type', message: 'must be true or false' });
  }
  const amount = properties.amount;
  if (amount !== undefined && amount !== null && (typeof amount !== 'number' || amount < 0)) {
    problems.push({ field: `${prefix}properties/amount`, code: 'not_allowed', message: 'must be a number of zero or more' });
  }
}

export function tieProperties(type: TieType, fields: TieFields, mode: 'create' | 'update'): Record<string, PropertyValue> {
  const problems: FieldProblem[] = [];
  const prefix = mode === 'update' ? '/changes/' : '/';
  if (fields.source !== undefined && fields.source.trim() === '') problems.push({ field: `${prefix}source`, code: 'blank', message: 'must say where this comes from (a document, meeting or person)' });
  checkDates(fields, problems, prefix);
  checkProperties(fields.properties, TIE_FIELDS, problems, prefix);
  checkTieProperties(type, fields.properties ?? {}, problems, prefix);
  throwIfAny(problems, mode === 'create' ? 'new tie' : 'change');
  const stored: Record<string, PropertyValue> = { ...(fields.properties ?? {}) };
  for (const key of ['source', 'since', 'until', 'lastConfirmed'] as const) {
    if (fields[key] !== undefined) stored[key] = fields[key] as PropertyValue;
  }
  if (mode === 'create') for (const [key, value] of Object.entries(stored)) if (value === null) delete stored[key];
  return stored;
}

/** Whether a tie of this type may run from a node of one kind to a node of another. */
export function checkTieEnds(type: TieType, fromLabel: NodeLabel, toLabel: NodeLabel): void {
  const rule = TIE_TYPES[type];
  const problems: FieldProblem[] = [];
  if (!(rule.from as readonly string[]).includes(fromLabel)) problems.push({ field: '/from', code: 'wrong_end', message: `is a ${fromLabel}; a ${type} tie starts at a ${rule.from.join(' or ')}` });
  if (!(rule.to as readonly string[]).includes(toLabel)) problems.push({ field: '/to', code: 'wrong_end', message: `is a ${toLabel}; a ${type} tie ends at a ${rule.to.join(' or ')}` });
  throwIfAny(problems, 'new tie');
}

export function defaultTieId(type: TieType, from: string, to: string): string {
  return `${type}:${from}->${to}`;
}
