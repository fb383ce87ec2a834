import { DATE_HINT, endsBeforeStart, isDate, isDay } from '../../../../graph-service/src/model/dates';
import { problemField, problemWords } from '../api/errors';
import type { Entity, FieldError, NodeChanges } from '../api/types';
import type { PropertyValue } from '../graph/types';
import { FORM_FIELDS, type ConflictRow, type NodeForm } from './types';

const text = (value: PropertyValue | undefined): string => (value === undefined || value === null ? '' : Array.isArray(value) ? value.join(', ') : String(value));

export function formFromEntity(entity: Record<string, PropertyValue | undefined>): NodeForm {
  return {
    name: text(entity.name),
    description: text(entity.description),
    aliases: text(entity.aliases),
    source: text(entity.source),
    since: text(entity.since),
    until: text(entity.until),
    lastConfirmed: text(entity.lastConfirmed),
  };
}

export function parseAliases(value: string): string[] {
  return value
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
}

/**
 * Only what changed, in the PATCH body's shape: a cleared optional field becomes null (the API
 * removes it), name and source are never cleared (the API requires them).
 */
export function changesFromForm(original: NodeForm, edited: NodeForm): NodeChanges {
  const changes: NodeChanges = {};
  const trimmed = (key: keyof NodeForm) => edited[key].trim();
  if (trimmed('name') !== original.name.trim()) changes.name = trimmed('name');
  if (trimmed('source') !== original.source.trim()) changes.source = trimmed('source');
  for (const key of ['description', 'since', 'until', 'lastConfirmed'] as const) {
    if (trimmed(key) !== original[key].trim()) changes[key] = trimmed(key) === '' ? null : trimmed(key);
  }
  const aliases = parseAliases(edited.aliases);
  if (aliases.join('\u0000') !== parseAliases(original.aliases).join('\u0000')) changes.aliases = aliases.length > 0 ? aliases : null;
  return changes;
}

/**
 * Checks the browser can make before sending, in the words the API would use; the API still
 * has the last word and its messages are shown the same way.
 */
export function validateForm(form: NodeForm): FieldError[] {
  const errors: FieldError[] = [];
  if (!form.name.trim()) errors.push({ field: 'name', message: 'Give it a name.' });
  if (!form.source.trim()) errors.push({ field: 'source', message: 'Say where this comes from (a document, meeting or person).' });
  for (const key of ['since', 'until'] as const) {
    if (form[key].trim() && !isDate(form[key])) errors.push({ field: key, message: `Write a real date as ${DATE_HINT}.` });
  }
  if (form.lastConfirmed.trim() && !isDay(form.lastConfirmed.trim())) errors.push({ field: 'lastConfirmed', message: 'Write a real date as YYYY-MM-DD.' });
  if (!errors.some((e) => e.field === 'since' || e.field === 'until') && endsBeforeStart(form.since, form.until)) {
    errors.push({ field: 'until', message: '“Until” is before “since”.' });
  }
  return errors;
}

/** Maps API field paths ("/changes/name", "changes.since", "name") onto form keys. */
export function fieldMessages(errors: FieldError[]): Partial<Record<keyof NodeForm, string>> & { other?: string } {
  const result: Partial<Record<keyof NodeForm, string>> & { other?: string } = {};
  const keys = FORM_FIELDS.map((f) => f.key);
  for (const problem of errors) {
    const last = problemField(problem);
    const key = keys.find((k) => k === last);
    const words = problemWords(problem);
    if (key) result[key] = result[key] ? `${result[key]} ${words}` : words;
    else result.other = result.other ? `${result.other} ${words}` : words;
  }
  return result;
}

/** Fields where what the user typed differs from what someone else saved meanwhile. */
export function conflictRows(edited: NodeForm, current: Entity): ConflictRow[] {
  const theirs = formFromEntity(current);
  return FORM_FIELDS.filter((f) => edited[f.key].trim() !== theirs[f.key].trim()).map((f) => ({ key: f.key, label: f.label, mine: edited[f.key].trim(), theirs: theirs[f.key].trim() }));
}
