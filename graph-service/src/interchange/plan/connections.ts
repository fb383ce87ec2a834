/** The import plan for connection rows (and the ties an element's themes and area columns make): their ends, then what they change. */
import type { NodeLabel } from '../../model/model.ts';
import { duplicateTie } from '../../model/rules/duplicateTies.ts';
import { tieId, typedTieId } from '../../model/rules/ids.ts';
import { PROVENANCE_FIELDS } from '../../model/rules/reserved.ts';
import type { ConnectionRow } from '../types.ts';
import { normaliseName } from './names.ts';
import { PLAIN_TIE_TYPE } from '../typeNames.ts';
import { connectionProblems, endProblems, reject } from './rowRules.ts';
import { same, type PlanState, type Target, type TieStep } from './state.ts';
import type { AtlasNode, AtlasTie, PlanRow, Properties } from './types.ts';
import { isDefaultWeight } from '../exportGraph.ts';

const CONNECTION_PROPERTIES = PROVENANCE_FIELDS;
/** The element columns that make ties, with the tie type and the kind of node they name. */
const DERIVED_TIES = { themes: { type: 'WORKS_ON', label: 'Theme', what: 'theme' }, area: { type: 'LOCATED_IN', label: 'Area', what: 'area' } } as const;

type Planned = { row: ConnectionRow; derived?: (typeof DERIVED_TIES)[keyof typeof DERIVED_TIES] };

/** The ties an element row's themes and area columns make. */
function derivedConnections(state: PlanState): Planned[] {
  const rows: Planned[] = [];
  for (const { row, target } of state.elementSteps) {
    if (!target) continue;
    const derive = (column: keyof typeof DERIVED_TIES, to: string): Planned => ({
      row: { ref: row.ref, type: DERIVED_TIES[column].type, from: target.id, to, properties: {}, problems: [], notes: [`from the ${column} column`] },
      derived: DERIVED_TIES[column],
    });
    for (const theme of row.themes) rows.push(derive('themes', theme));
    if (row.area) rows.push(derive('area', row.area));
  }
  return rows;
}

/** A row whose type is a free word the model does not know: the plain tie, described by the word. */
function plainTieForWord(original: ConnectionRow): ConnectionRow {
  const row = { ...original, properties: { ...original.properties }, notes: [...original.notes] };
  if (row.typeWord !== undefined && row.typeMatched === false) {
    row.notes.push(`no model type is called "${row.typeWord}"; imported as a plain ${PLAIN_TIE_TYPE} tie described as "${row.typeWord}"`);
    describeByWord(row);
  }
  return row;
}

/** The plain tie keeps the file's word as its description (what the panel shows after the tie), before any description of its own. */
function describeByWord(row: ConnectionRow): void {
  const own = row.properties.description;
  row.properties.description = own === undefined ? String(row.typeWord) : `${row.typeWord}: ${String(own)}`;
}

/** Resolves each connection's ends; returns the node pairs whose stored ties the diff needs. */
export function resolveConnections(state: PlanState, connections: ConnectionRow[]): { from: string; to: string }[] {
  const byId = new Map<string, TieStep>();
  const planned: Planned[] = [...connections.map((row) => ({ row })), ...derivedConnections(state)];
  for (const { row: original, derived } of planned) {
    const row = plainTieForWord(original);
    const plan: PlanRow = { record: 'connection', kind: row.ref.kind, origin: row.ref.origin, line: row.ref.line, outcome: 'rejected', type: row.type, from: row.from, to: row.to, reasons: [...row.problems], problems: [], notes: [...row.notes] };
    const step: TieStep = { row, plan };
    if (plan.reasons.length === 0) reject(plan, connectionProblems(row));
    const { from: fromText, to: toText } = row;
    let { type } = row;
    if (plan.reasons.length === 0 && type && fromText && toText) {
      const from = resolveEnd(state, fromText, '"from"', undefined, plan);
      const to = resolveEnd(state, toText, derived ? derived.what : '"to"', derived?.label, plan);
      if (from && to) {
        const ends = endProblems({ type, from, to });
        // A word that names a model type whose ends do not fit (Kumu's "partnership" between two organisations) becomes the plain tie.
        if (ends.length > 0 && row.typeMatched && endProblems({ type: PLAIN_TIE_TYPE, from, to }).length === 0) {
          plan.notes.push(`"${row.typeWord}" is the model's ${type}, but ${ends[0].message}; imported as a plain ${PLAIN_TIE_TYPE} tie described as "${row.typeWord}"`);
          type = PLAIN_TIE_TYPE;
          row.type = type;
          plan.type = type;
          describeByWord(row);
        } else reject(plan, ends, true);
      }
      if (from && to && plan.reasons.length === 0) {
        step.tie = { type, from: from.id, to: to.id, id: row.id ? typedTieId(type, row.id) : tieId(type, from.id, to.id) };
        if (row.id && step.tie.id !== row.id) plan.notes.push(`id "${row.id}" kept as "${step.tie.id}": a tie's id begins with its type`);
        Object.assign(plan, { id: step.tie.id, from: from.id, to: to.id });
        const key = `${type}|${step.tie.id}`;
        const earlier = byId.get(key);
        if (earlier && derived) continue;
        if (earlier) plan.reasons.push(`the same ${type} connection is also on ${earlier.plan.origin} line ${earlier.plan.line}`);
        else byId.set(key, step);
      }
    }
    state.tieSteps.push(step);
  }
  const pairs = new Map<string, { from: string; to: string }>();
  for (const step of state.tieSteps) {
    if (step.plan.reasons.length === 0 && step.tie) pairs.set(`${step.tie.from}\u0000${step.tie.to}`, { from: step.tie.from, to: step.tie.to });
  }
  return [...pairs.values()];
}

/** An end of a connection: an id or a name, of an element in the file or in the atlas. */
function resolveEnd(state: PlanState, text: string, what: string, label: NodeLabel | undefined, plan: PlanRow): { id: string; label: NodeLabel } | undefined {
  const rejected = state.rejectedElements.get(text) ?? state.rejectedElements.get(normaliseName(text));
  const fileId = state.fileIds.get(text)?.target ?? state.targets.get(text);
  if (fileId && (!label || fileId.label === label)) return { id: fileId.id, label: fileId.label };
  const stored = state.atlasById.get(text) ?? state.atlasByImportedId.get(text);
  if (stored && (!label || stored.label === label)) return stored;
  if (rejected) {
    plan.reasons.push(`${what} "${text}" is an element that is rejected (${rejected.origin} line ${rejected.line})`);
    return undefined;
  }
  for (const [index, lookup] of [[state.fileAll, 'file'], [state.atlasAll, 'atlas']] as const) {
    const found = index.find(text);
    if (!found || found.kind === 'near-duplicate') continue;
    const candidates = found.ids
      .map((id) => state.targets.get(id) ?? state.atlasById.get(id))
      .filter((c): c is Target | AtlasNode => c !== undefined && (!label || c.label === label));
    const unique = [...new Map(candidates.map((c) => [c.id, c])).values()];
    if (unique.length === 1) return { id: unique[0].id, label: unique[0].label };
    if (unique.length > 1) {
      plan.reasons.push(`${what} "${text}" names several elements in the ${lookup}: ${state.describe(unique.map((c) => c.id))}; use an id`);
      return undefined;
    }
  }
  const near = (label ? state.atlasByLabel.get(label) : state.atlasAll)?.find(text) ?? (label ? state.fileByLabel.get(label) : state.fileAll)?.find(text);
  const hint = near ? `; did you mean ${state.describe(near.ids.slice(0, 3))}?` : label ? `; add it to the elements as a ${label} first` : '';
  plan.reasons.push(`${what} "${text}" is not the id or name of ${label ? `a ${label}` : 'an element'} in the file or the atlas${hint}`);
  return undefined;
}

/** The planned ties' ids, by type: the diff also needs ties stored with those ids between other ends. */
export function plannedTieIds(state: PlanState): { type: string; id: string }[] {
  return state.tieSteps.flatMap((step) => (step.plan.reasons.length === 0 && step.tie ? [{ type: step.tie.type, id: step.tie.id }] : []));
}

/** The stored and planned ties by type and unordered pair of ends, so the duplicate-tie rule looks at a handful, not all. */
class TiesBetween {
  private readonly byPair = new Map<string, AtlasTie[]>();

  private static key(type: string, a: string, b: string): string {
    return a < b ? `${type}\u0000${a}\u0000${b}` : `${type}\u0000${b}\u0000${a}`;
  }

  add(tie: AtlasTie): void {
    const key = TiesBetween.key(tie.type, tie.from, tie.to);
    const list = this.byPair.get(key);
    if (list) list.push(tie);
    else this.byPair.set(key, [tie]);
  }

  of(type: string, a: string, b: string): readonly AtlasTie[] {
    return this.byPair.get(TiesBetween.key(type, a, b)) ?? [];
  }
}

/** The tie another one of the same type between the same ends would repeat over the same time (model/rules/duplicateTies.ts); the plan warns of it. */
function repeatOf(tie: { type: string; from: string; to: string; id: string }, after: Record<string, unknown>, known: TiesBetween): AtlasTie | undefined {
  const others = known.of(tie.type, tie.from, tie.to).filter((other) => String(other.properties.id) !== tie.id);
  const spans = others.map((other) => ({ ...other.properties, from: other.from, to: other.to }));
  const found = duplicateTie(tie.type, { ...after, from: tie.from, to: tie.to }, spans);
  return found ? others[spans.indexOf(found)] : undefined;
}

/**
 * Works out each connection's changes against the ties stored between its two ends and those
 * stored with its id. A tie's ends never change by import, so an id already used between other
 * ends is refused here rather than by the database at commit.
 */
export function diffConnections(state: PlanState, stored: AtlasTie[]): void {
  // By type and id, and by ends for the duplicate-tie rule with the ties this plan creates (copies: the plan never edits what it read).
  const existing = new Map<string, AtlasTie>();
  const known = new TiesBetween();
  for (const original of stored) {
    const tie = { ...original, properties: { ...original.properties } };
    known.add(tie);
    existing.set(`${tie.type}|${String(tie.properties.id)}`, tie);
  }
  for (const { row, plan, tie } of state.tieSteps) {
    const current = tie ? existing.get(`${tie.type}|${tie.id}`) : undefined;
    if (tie && current && (current.from !== tie.from || current.to !== tie.to)) {
      plan.reasons.push(`the id "${tie.id}" is already the id of the ${tie.type} tie from "${current.from}" to "${current.to}"; an import cannot move a tie's ends. Leave the id empty for a new tie, or give that tie's ends`);
    }
    if (plan.reasons.length > 0 || !tie) {
      plan.outcome = 'rejected';
      continue;
    }
    const before: Record<string, unknown> = current ? { ...current.properties } : { id: tie.id };
    const changes: Properties = {};
    for (const field of CONNECTION_PROPERTIES) {
      const value = row[field];
      if (value !== undefined && !same(before[field], value)) changes[field] = value;
    }
    for (const [name, value] of Object.entries(row.properties)) {
      // A stored tie without a weight already weighs 1, as every export writes it: a file saying so changes nothing.
      if (name === 'weight' && current && before.weight === undefined && isDefaultWeight(value)) continue;
      if (!same(before[name], value)) changes[name] = value;
    }
    if (!current && before.source === undefined && changes.source === undefined) changes.source = state.defaultSource(row.ref);
    plan.changes = Object.keys(changes);
    const after = { ...before, ...changes };
    // A file from a tool that keeps parallel edges (Gephi, a networkx MultiGraph) comes in whole: the repeat is a warning, not a refusal.
    const repeated = repeatOf(tie, after, known);
    if (repeated) plan.notes.push(`"${tie.from}" and "${tie.to}" already have a ${tie.type} tie ("${String(repeated.properties.id)}") over the same time; both are kept: if they are one tie, delete one in the app or give them dates that do not overlap`);
    if (!current) known.add({ type: tie.type, from: tie.from, to: tie.to, properties: after });
    else Object.assign(current.properties, changes);
    plan.outcome = !current ? 'created' : plan.changes.length > 0 ? 'updated' : 'unchanged';
    if (plan.outcome === 'created') state.writes.createTies.push({ type: tie.type, from: tie.from, to: tie.to, properties: { id: tie.id, ...changes } });
    if (plan.outcome === 'updated') state.writes.updateTies.push({ type: tie.type, from: tie.from, to: tie.to, id: tie.id, set: changes });
  }
}
