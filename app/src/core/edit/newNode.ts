/**
 * A new node from the add form: the same fields and browser checks as the edit form (FORM_FIELDS,
 * validateForm), then the model's own create rule (validateNode), so the form refuses what the
 * service would, worded by field.
 */
import { NODE_LABELS, type NodeLabel } from '../../../../graph-service/src/model/model';
import { validateNode } from '../../../../graph-service/src/model/rules/validate';
import type { FieldError, Writes } from '../api/types';
import { FORM_FIELDS, type NodeForm } from './types';
import { parseAliases, validateForm } from './utils';

/** Every kind of node the model has, in its order: the add form offers them all. */
export const NEW_NODE_KINDS: readonly NodeLabel[] = NODE_LABELS;

export const EMPTY_FORM: NodeForm = Object.fromEntries(FORM_FIELDS.map((f) => [f.key, ''])) as unknown as NodeForm;

/** The create body: only the fields filled in, trimmed; aliases split at commas. */
export function createBody(nodeType: NodeLabel, form: NodeForm): Writes['nodeCreate'] {
  const body: Writes['nodeCreate'] = { nodeType, name: form.name.trim(), source: form.source.trim() };
  for (const key of ['description', 'since', 'until', 'lastConfirmed'] as const) if (form[key].trim()) body[key] = form[key].trim();
  const aliases = parseAliases(form.aliases);
  if (aliases.length > 0) body.aliases = aliases;
  return body;
}

/** What is wrong with the form before it is sent: the form's own checks first, then the model's for the fields they left alone. */
export function newNodeProblems(nodeType: NodeLabel, form: NodeForm): FieldError[] {
  const own = validateForm(form);
  const { nodeType: _type, ...fields } = createBody(nodeType, form);
  const flagged = new Set(own.map((p) => p.field));
  const model = validateNode(fields, 'create').problems.filter((p) => !flagged.has(p.field.split('/').pop() ?? ''));
  return [...own, ...model];
}
