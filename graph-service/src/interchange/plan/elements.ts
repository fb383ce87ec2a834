/** The import plan for element rows: which element each row becomes, then what it changes. */
import type { NodeLabel, PropertyValue } from '../../model/model.ts';
import { PROVENANCE_FIELDS } from '../../model/rules/reserved.ts';
import type { ElementRow } from '../types.ts';
import { normaliseName } from './names.ts';
import { elementProblems, reject } from './rowRules.ts';
import { same, type ElementStep, type PlanState, type Target } from './state.ts';
import type { PlanRow, Properties } from './types.ts';

/** Element fields that are stored as properties of the same name. */
const ELEMENT_PROPERTIES = ['description', ...PROVENANCE_FIELDS] as const;

/** Decides which element each row becomes; returns the atlas ids whose stored properties the diff needs. */
export function resolveElements(state: PlanState, rows: ElementRow[]): string[] {
  for (const row of rows) {
    const plan: PlanRow = { record: 'element', kind: 'elements', origin: row.ref.origin, line: row.ref.line, outcome: 'rejected', name: row.name, type: row.label, reasons: [...row.problems], problems: [], notes: [...row.notes] };
    const step: ElementStep = { row, plan };
    state.elementSteps.push(step);
    if (plan.reasons.length === 0) reject(plan, elementProblems(row));
    const { label, name } = row;
    if (plan.reasons.length === 0 && label && name) {
      const decision = decide(state, row, label, name, plan);
      if ('reason' in decision) plan.reasons.push(decision.reason);
      else state.attach(step, name, decision.target, decision.matchedBy, decision.fileId);
    }
    if (plan.reasons.length > 0) {
      plan.outcome = 'rejected';
      if (row.id) state.rejectedElements.set(row.id, row.ref);
      if (row.name) state.rejectedElements.set(normaliseName(row.name), row.ref);
    }
  }
  return [...state.targets.values()].filter((t) => t.existing).map((t) => t.id);
}

/** Which element a row becomes, and how it was found; or why it cannot become one. */
type Decision = { reason: string } | { target: Target; matchedBy?: PlanRow['matchedBy']; fileId?: string };

function decide(state: PlanState, row: ElementRow, label: NodeLabel, name: string, plan: PlanRow): Decision {
  const atlasIndex = state.atlasByLabel.get(label);
  const fileId = row.id ?? row.importedId;
  if (fileId) {
    const earlier = state.fileIds.get(fileId);
    if (earlier) return { reason: `id "${fileId}" is also on line ${earlier.line}; each element appears once` };
    const stored = row.id ? state.atlasById.get(row.id) : state.atlasByImportedId.get(fileId);
    if (stored) {
      if (stored.label !== label) return { reason: `"${fileId}" is a ${stored.label} in the atlas but a ${label} here; an import cannot change an element's type` };
      return { target: state.existingTarget(stored), matchedBy: 'id', fileId };
    }
    // A new id: unless it names someone already in the atlas, create it. People are told apart
    // by id only, since two people may share a first name.
    const found = label === 'Person' ? undefined : atlasIndex?.find(name);
    if (found && found.ids.length > 1) return { reason: `"${name}" matches several ${label} elements in the atlas: ${state.describe(found.ids)}; use one of their ids` };
    if (found) {
      plan.notes.push(`the atlas already has this ${label} as ${state.describe(found.ids)}; the row is merged into it rather than duplicated (id "${fileId}" is not used)`);
      return { target: state.existingTarget(state.atlasNode(found.ids[0])), matchedBy: found.kind, fileId };
    }
    return { target: state.createdTarget(row, row.id ?? state.newId(label, name), label, name), fileId };
  }
  const found = atlasIndex?.find(name);
  if (found && found.ids.length > 1) {
    return { reason: `"${name}" matches several ${label} elements in the atlas${found.kind === 'near-duplicate' ? ' closely' : ''}: ${state.describe(found.ids)}; add an id column to say which` };
  }
  if (found) {
    if (found.kind === 'near-duplicate') plan.notes.push(`"${name}" looks like ${state.describe(found.ids)}, so it is merged into it rather than duplicated; give the row an id of its own to keep them apart`);
    return { target: state.existingTarget(state.atlasNode(found.ids[0])), matchedBy: found.kind };
  }
  const inFile = state.fileByLabel.get(label)?.find(name);
  const earlierRow = inFile && state.targets.get(inFile.ids[0]);
  if (inFile && earlierRow) {
    plan.notes.push(`"${name}" ${inFile.kind === 'near-duplicate' ? 'looks like' : 'is'} "${String(earlierRow.state.name)}" on line ${earlierRow.firstRow}; the two rows are merged`);
    return { target: earlierRow, matchedBy: 'earlier row' };
  }
  return { target: state.createdTarget(row, state.newId(label, name), label, name) };
}

/**
 * The aliases after a row: a merged row's name is added unless it is the same name spelt alike;
 * the file's own aliases are kept exactly as written (curly and straight apostrophes are both worth finding).
 */
function aliasesAfter(step: ElementStep, target: Target): string[] {
  const { row } = step;
  const name = step.name ?? '';
  const aliases = [...((target.state.aliases as string[] | undefined) ?? [])];
  const spellings = new Set([String(target.state.name ?? ''), ...aliases]);
  const normalised = new Set([...spellings].map(normaliseName));
  for (const alias of step.matchedBy && step.matchedBy !== 'id' && !normalised.has(normaliseName(name)) ? [name, ...row.aliases] : row.aliases) {
    if (!spellings.has(alias)) {
      aliases.push(alias);
      spellings.add(alias);
    }
  }
  return aliases;
}

function diffElement(state: PlanState, step: ElementStep, first: boolean): void {
  const { row, plan, target } = step;
  if (!target) return;
  const changed: string[] = [];
  const set = (field: string, value: PropertyValue | undefined) => {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) return;
    if (same(target.state[field], value)) return;
    if (target.setByFile.has(field)) return void plan.notes.push(`${field} differs from the value on line ${target.firstRow}, which is kept`);
    target.state[field] = value;
    target.changes[field] = value;
    target.setByFile.add(field);
    changed.push(field);
  };
  if (first) {
    set('id', target.id);
    set('name', row.name);
    if (row.importedId) set('importedId', row.importedId);
  } else if (step.matchedBy === 'id' && !row.nameFromId) {
    set('name', row.name);
  }
  // Merged rows keep the stored name and add theirs as an alias, so search finds both.
  const aliases = aliasesAfter(step, target);
  if (aliases.length > ((target.state.aliases as string[] | undefined)?.length ?? 0)) {
    target.setByFile.delete('aliases');
    set('aliases', aliases);
  }
  for (const field of ELEMENT_PROPERTIES) set(field, row[field]);
  if (row.tags.length > 0) set('tags', row.tags);
  for (const [name, value] of Object.entries(row.properties)) set(name, value);
  if (first && target.state.source === undefined) set('source', state.defaultSource(row.ref));

  plan.changes = changed.filter((c) => c !== 'id');
  if (first) plan.outcome = 'created';
  else if (!target.existing || step.merging) plan.outcome = changed.length > 0 || !target.existing ? 'merged' : 'unchanged';
  else plan.outcome = changed.length > 0 ? 'updated' : 'unchanged';
  if (plan.outcome === 'merged') plan.into = { id: target.id, name: String(target.state.name) };
  if (step.matchedBy) plan.matchedBy = step.matchedBy;
}

/** Works out each row's changes against what is stored; `stored` holds the properties of the ids resolveElements returned. */
export function diffElements(state: PlanState, stored: Map<string, Properties>): void {
  for (const target of state.targets.values()) if (target.existing) target.state = { ...(stored.get(target.id) ?? {}) };
  const started = new Set<Target>();
  for (const step of state.elementSteps) {
    if (!step.target) continue;
    const first = !step.target.existing && !started.has(step.target);
    started.add(step.target);
    diffElement(state, step, first);
  }
}
