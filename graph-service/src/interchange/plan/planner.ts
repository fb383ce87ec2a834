/**
 * The import plan, row by row: which element each row becomes (created, updated, unchanged, merged
 * into an existing one, or rejected with reasons), then which ties. Pure: the caller looks things
 * up in the atlas between the steps, inside the transaction that will commit the writes.
 *
 *   const planner = new ImportPlanner(input, atlasNodes, options);
 *   const ids = planner.resolveElements();        // → ids whose stored properties are needed
 *   planner.diffElements(propertiesOf(ids));
 *   const pairs = planner.resolveConnections();   // → node pairs whose ties are needed
 *   planner.diffConnections(tiesBetween(pairs));
 *   const { plan, writes } = planner.result();
 */
import { TIE_TYPES, type NodeLabel, type PropertyValue, type TieType } from '../../model/model.ts';
import type { ColumnUse, ConnectionRow, ElementRow, ImportInput, RowRef } from '../types.ts';
import { NameIndex, normaliseName } from './names.ts';
import { OUTCOMES, type AtlasNode, type AtlasTie, type ImportPlan, type Outcome, type PlanRow, type Properties, type WriteSet } from './types.ts';

export interface PlanOptions {
  /** Provenance for new elements and connections whose row names no source; default "Imported from <file>". */
  source?: string;
}

const ID_PREFIX: Record<NodeLabel, string> = {
  Organisation: 'org', Person: 'person', Theme: 'theme', Partnership: 'partnership', Event: 'event', Area: 'area', Alliance: 'alliance',
};
/** Element fields that are stored as properties of the same name. */
const ELEMENT_PROPERTIES = ['description', 'source', 'since', 'until', 'lastConfirmed'] as const;
const CONNECTION_PROPERTIES = ['source', 'since', 'until', 'lastConfirmed'] as const;

function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => same(v, b[i]));
  return a === b;
}

function slug(name: string): string {
  return normaliseName(name).replace(/ /g, '-').slice(0, 60).replace(/-+$/, '') || 'unnamed';
}

/** The state of one element the import targets: what is stored (or will be) and which fields this import already set. */
interface Target {
  id: string;
  label: NodeLabel;
  existing: boolean;
  state: Properties;
  setByFile: Set<string>;
  changes: Properties;
  firstRow: number;
}

interface ElementStep {
  row: ElementRow;
  plan: PlanRow;
  target?: Target;
  matchedBy?: PlanRow['matchedBy'];
  /** The row is folded into an element it does not name by id (an alias, a near duplicate, an earlier row, or a new id whose name the atlas knows). */
  merging?: boolean;
}

interface TieStep {
  row: ConnectionRow;
  plan: PlanRow;
  type?: TieType;
  from?: string;
  to?: string;
  id?: string;
}

export class ImportPlanner {
  private readonly atlasById = new Map<string, AtlasNode>();
  private readonly atlasByLabel = new Map<NodeLabel, NameIndex>();
  private readonly atlasAll = new NameIndex();
  private readonly fileByLabel = new Map<NodeLabel, NameIndex>();
  private readonly fileAll = new NameIndex();
  private readonly targets = new Map<string, Target>();
  /** Explicit ids given in the file → the element they became (an atlas id when merged). */
  private readonly fileIds = new Map<string, { target: Target; line: number }>();
  /** Ids and names of rejected element rows, so ties to them say why. */
  private readonly rejectedElements = new Map<string, RowRef>();
  private readonly elementSteps: ElementStep[] = [];
  private readonly tieSteps: TieStep[] = [];
  private readonly usedIds = new Set<string>();
  private readonly writes: WriteSet = { createNodes: [], updateNodes: [], createTies: [], updateTies: [] };

  constructor(private readonly input: ImportInput, atlas: AtlasNode[], private readonly options: PlanOptions = {}) {
    for (const node of atlas) {
      this.atlasById.set(node.id, node);
      this.usedIds.add(node.id);
      this.indexFor(this.atlasByLabel, node.label).add(node.id, node.name, node.aliases);
      this.atlasAll.add(node.id, node.name, node.aliases);
    }
  }

  private indexFor(map: Map<NodeLabel, NameIndex>, label: NodeLabel): NameIndex {
    if (!map.has(label)) map.set(label, new NameIndex());
    return map.get(label)!;
  }

  private defaultSource(ref: RowRef): string {
    return this.options.source ?? `Imported from ${ref.origin}`;
  }

  private newId(label: NodeLabel, name: string): string {
    const base = `${ID_PREFIX[label]}-${slug(name)}`;
    let id = base;
    for (let n = 2; this.usedIds.has(id); n++) id = `${base}-${n}`;
    this.usedIds.add(id);
    return id;
  }

  private describe(ids: string[]): string {
    return ids.slice(0, 5).map((id) => `${this.atlasById.get(id)?.name ?? this.targets.get(id)?.state.name ?? id} (${id})`).join(', ');
  }

  // ---- Elements -------------------------------------------------------------------------------

  /** Decides which element each row becomes; returns the atlas ids whose stored properties the diff needs. */
  resolveElements(): string[] {
    for (const row of this.input.elements) {
      const plan: PlanRow = { record: 'element', kind: 'elements', origin: row.ref.origin, line: row.ref.line, outcome: 'rejected', name: row.name, type: row.label, reasons: [...row.problems], notes: [...row.notes] };
      const step: ElementStep = { row, plan };
      this.elementSteps.push(step);
      if (plan.reasons.length === 0) this.resolveElement(step);
      if (plan.reasons.length > 0) {
        plan.outcome = 'rejected';
        if (row.id) this.rejectedElements.set(row.id, row.ref);
        if (row.name) this.rejectedElements.set(normaliseName(row.name), row.ref);
      }
    }
    return [...this.targets.values()].filter((t) => t.existing).map((t) => t.id);
  }

  private resolveElement(step: ElementStep): void {
    const { row, plan } = step;
    const label = row.label!;
    const name = row.name!;
    const atlasIndex = this.atlasByLabel.get(label);
    if (row.id) {
      const earlier = this.fileIds.get(row.id);
      if (earlier) return void plan.reasons.push(`id "${row.id}" is also on line ${earlier.line}; each element appears once`);
      const stored = this.atlasById.get(row.id);
      if (stored) {
        if (stored.label !== label) return void plan.reasons.push(`"${row.id}" is a ${stored.label} in the atlas but a ${label} here; an import cannot change an element's type`);
        return this.attach(step, this.existingTarget(stored), 'id');
      }
      // A new id: unless it names someone already in the atlas, create it. People are told apart
      // by id only, since two people may share a first name.
      const found = label === 'Person' ? undefined : atlasIndex?.find(name);
      if (found && found.ids.length > 1) return void plan.reasons.push(`"${name}" matches several ${label} elements in the atlas: ${this.describe(found.ids)}; use one of their ids`);
      if (found) {
        plan.notes.push(`the atlas already has this ${label} as ${this.describe(found.ids)}; the row is merged into it rather than duplicated (id "${row.id}" is not used)`);
        return this.attach(step, this.existingTarget(this.atlasById.get(found.ids[0])!), found.kind, row.id);
      }
      return this.attach(step, this.createdTarget(step, row.id), undefined, row.id);
    }
    const found = atlasIndex?.find(name);
    if (found && found.ids.length > 1) {
      return void plan.reasons.push(`"${name}" matches several ${label} elements in the atlas${found.kind === 'near-duplicate' ? ' closely' : ''}: ${this.describe(found.ids)}; add an id column to say which`);
    }
    if (found) {
      if (found.kind === 'near-duplicate') plan.notes.push(`"${name}" looks like ${this.describe(found.ids)}, so it is merged into it rather than duplicated; give the row an id of its own to keep them apart`);
      return this.attach(step, this.existingTarget(this.atlasById.get(found.ids[0])!), found.kind);
    }
    const inFile = this.fileByLabel.get(label)?.find(name);
    if (inFile) {
      const target = this.targets.get(inFile.ids[0])!;
      plan.notes.push(`"${name}" ${inFile.kind === 'near-duplicate' ? 'looks like' : 'is'} "${String(target.state.name)}" on line ${target.firstRow}; the two rows are merged`);
      return this.attach(step, target, 'earlier row');
    }
    return this.attach(step, this.createdTarget(step, this.newId(label, name)));
  }

  private existingTarget(node: AtlasNode): Target {
    let target = this.targets.get(node.id);
    if (!target) {
      target = { id: node.id, label: node.label, existing: true, state: {}, setByFile: new Set(), changes: {}, firstRow: 0 };
      this.targets.set(node.id, target);
    }
    return target;
  }

  private createdTarget(step: ElementStep, id: string): Target {
    const { row } = step;
    this.usedIds.add(id);
    const target: Target = { id, label: row.label!, existing: false, state: {}, setByFile: new Set(), changes: {}, firstRow: row.ref.line };
    this.targets.set(id, target);
    this.indexFor(this.fileByLabel, row.label!).add(id, row.name!, row.aliases);
    return target;
  }

  private attach(step: ElementStep, target: Target, matchedBy?: PlanRow['matchedBy'], fileId?: string): void {
    step.target = target;
    step.matchedBy = matchedBy;
    step.plan.id = target.id;
    step.merging = !!matchedBy && matchedBy !== 'id' && (matchedBy !== 'name' || (step.row.id !== undefined && step.row.id !== target.id));
    if (target.firstRow === 0) target.firstRow = step.row.ref.line;
    this.fileAll.add(target.id, step.row.name!, step.row.aliases);
    const id = fileId ?? step.row.id;
    if (id) this.fileIds.set(id, { target, line: step.row.ref.line });
  }

  /** Works out each row's changes against what is stored; `stored` holds the properties of the ids resolveElements returned. */
  diffElements(stored: Map<string, Properties>): void {
    for (const target of this.targets.values()) if (target.existing) target.state = { ...(stored.get(target.id) ?? {}) };
    const started = new Set<Target>();
    for (const step of this.elementSteps) {
      const { row, plan, target } = step;
      if (!target) continue;
      const first = !target.existing && !started.has(target);
      started.add(target);
      const changed: string[] = [];
      const set = (field: string, value: PropertyValue | undefined) => {
        if (value === undefined || (Array.isArray(value) && value.length === 0)) return;
        if (same(target.state[field], value)) return;
        if (target.setByFile.has(field)) {
          plan.notes.push(`${field} differs from the value on line ${target.firstRow}, which is kept`);
          return;
        }
        target.state[field] = value;
        target.changes[field] = value;
        target.setByFile.add(field);
        changed.push(field);
      };
      if (first) {
        set('id', target.id);
        set('name', row.name);
      } else if (step.matchedBy === 'id') {
        set('name', row.name);
      }
      // Merged rows keep the stored name and add theirs as an alias, so search finds both.
      // A merged row's name is added unless it is the same name spelt alike; the file's own aliases
      // are kept exactly as written (curly and straight apostrophes are both worth finding).
      const aliases = [...((target.state.aliases as string[] | undefined) ?? [])];
      const spellings = new Set([String(target.state.name ?? ''), ...aliases]);
      const normalised = new Set([...spellings].map(normaliseName));
      if (step.matchedBy && step.matchedBy !== 'id' && !normalised.has(normaliseName(row.name!))) {
        aliases.push(row.name!);
        spellings.add(row.name!);
      }
      for (const alias of row.aliases) {
        if (!spellings.has(alias)) {
          aliases.push(alias);
          spellings.add(alias);
        }
      }
      if (aliases.length > ((target.state.aliases as string[] | undefined)?.length ?? 0)) {
        target.setByFile.delete('aliases');
        set('aliases', aliases);
      }
      for (const field of ELEMENT_PROPERTIES) set(field, row[field]);
      if (row.tags.length > 0) set('tags', row.tags);
      for (const [name, value] of Object.entries(row.properties)) set(name, value);
      if (first && target.state.source === undefined) set('source', this.defaultSource(row.ref));

      plan.changes = changed.filter((c) => c !== 'id');
      if (first) plan.outcome = 'created';
      else if (!target.existing || step.merging) {
        plan.outcome = changed.length > 0 || !target.existing ? 'merged' : 'unchanged';
      } else plan.outcome = changed.length > 0 ? 'updated' : 'unchanged';
      if (plan.outcome === 'merged') plan.into = { id: target.id, name: String(target.state.name) };
      if (step.matchedBy) plan.matchedBy = step.matchedBy;
    }
  }

  // ---- Connections ----------------------------------------------------------------------------

  /** Resolves each connection's ends; returns the node pairs whose stored ties the diff needs. */
  resolveConnections(): { from: string; to: string }[] {
    const byId = new Map<string, TieStep>();
    const rows: { row: ConnectionRow; derived: boolean }[] = this.input.connections.map((row) => ({ row, derived: false }));
    for (const step of this.elementSteps) {
      if (!step.target) continue;
      const { row } = step;
      const derive = (type: TieType, to: string, column: string): ConnectionRow => ({
        ref: row.ref, type, from: step.target!.id, to, properties: {}, problems: [], notes: [`from the ${column} column`],
      });
      for (const theme of row.themes) rows.push({ row: derive('WORKS_ON', theme, 'themes'), derived: true });
      if (row.area) rows.push({ row: derive('LOCATED_IN', row.area, 'area'), derived: true });
    }
    for (const { row, derived } of rows) {
      const plan: PlanRow = { record: 'connection', kind: row.ref.kind, origin: row.ref.origin, line: row.ref.line, outcome: 'rejected', type: row.type, from: row.from, to: row.to, reasons: [...row.problems], notes: [...row.notes] };
      const step: TieStep = { row, plan };
      if (plan.reasons.length === 0) {
        const rule = TIE_TYPES[row.type!];
        const from = this.resolveEnd(row.from!, '"from"', undefined, plan);
        const to = this.resolveEnd(row.to!, derived ? (row.type === 'WORKS_ON' ? 'theme' : 'area') : '"to"', derived ? (row.type === 'WORKS_ON' ? 'Theme' : 'Area') : undefined, plan);
        if (from && !(rule.from as readonly string[]).includes(from.label)) plan.reasons.push(`${row.type} cannot start at a ${from.label} ("${from.id}"); it goes from ${rule.from.join(' or ')}`);
        if (to && !(rule.to as readonly string[]).includes(to.label)) plan.reasons.push(`${row.type} cannot end at a ${to.label} ("${to.id}"); it goes to ${rule.to.join(' or ')}`);
        if (from && to && from.id === to.id) plan.reasons.push(`a connection cannot join "${from.id}" to itself`);
        if (from && to && plan.reasons.length === 0) {
          step.type = row.type;
          step.from = from.id;
          step.to = to.id;
          step.id = row.id ?? `${row.type}:${from.id}->${to.id}`;
          plan.id = step.id;
          plan.from = from.id;
          plan.to = to.id;
          const earlier = byId.get(`${row.type}|${step.id}`);
          if (earlier && derived) continue;
          if (earlier) plan.reasons.push(`the same ${row.type} connection is also on ${earlier.plan.origin} line ${earlier.plan.line}`);
          else byId.set(`${row.type}|${step.id}`, step);
        }
      }
      this.tieSteps.push(step);
    }
    const pairs = new Map<string, { from: string; to: string }>();
    for (const step of this.tieSteps) {
      if (step.plan.reasons.length === 0 && step.from && step.to) pairs.set(`${step.from}\u0000${step.to}`, { from: step.from, to: step.to });
    }
    return [...pairs.values()];
  }

  /** An end of a connection: an id or a name, of an element in the file or in the atlas. */
  private resolveEnd(text: string, what: string, label: NodeLabel | undefined, plan: PlanRow): { id: string; label: NodeLabel } | undefined {
    const rejected = this.rejectedElements.get(text) ?? this.rejectedElements.get(normaliseName(text));
    const fileId = this.fileIds.get(text)?.target ?? this.targets.get(text);
    if (fileId && (!label || fileId.label === label)) return { id: fileId.id, label: fileId.label };
    const stored = this.atlasById.get(text);
    if (stored && (!label || stored.label === label)) return stored;
    if (rejected) {
      plan.reasons.push(`${what} "${text}" is an element that is rejected (${rejected.origin} line ${rejected.line})`);
      return undefined;
    }
    for (const [index, lookup] of [[this.fileAll, 'file'], [this.atlasAll, 'atlas']] as const) {
      const found = index.find(text);
      if (!found || found.kind === 'near-duplicate') continue;
      const candidates = found.ids
        .map((id) => this.targets.get(id) ?? this.atlasById.get(id))
        .filter((c): c is Target | AtlasNode => c !== undefined && (!label || c.label === label));
      const unique = [...new Map(candidates.map((c) => [c.id, c])).values()];
      if (unique.length === 1) return { id: unique[0].id, label: unique[0].label };
      if (unique.length > 1) {
        plan.reasons.push(`${what} "${text}" names several elements in the ${lookup}: ${this.describe(unique.map((c) => c.id))}; use an id`);
        return undefined;
      }
    }
    const near = (label ? this.atlasByLabel.get(label) : this.atlasAll)?.find(text) ?? (label ? this.fileByLabel.get(label) : this.fileAll)?.find(text);
    const hint = near ? `; did you mean ${this.describe(near.ids.slice(0, 3))}?` : label ? `; add it to the elements as a ${label} first` : '';
    plan.reasons.push(`${what} "${text}" is not the id or name of ${label ? `a ${label}` : 'an element'} in the file or the atlas${hint}`);
    return undefined;
  }

  /** Works out each connection's changes against the ties stored between its two ends. */
  diffConnections(stored: AtlasTie[]): void {
    const existing = new Map<string, AtlasTie>();
    for (const tie of stored) existing.set(`${tie.type}|${String(tie.properties.id)}`, tie);
    for (const step of this.tieSteps) {
      const { row, plan } = step;
      if (plan.reasons.length > 0 || !step.id) {
        plan.outcome = 'rejected';
        continue;
      }
      const current = existing.get(`${step.type}|${step.id}`);
      const state: Record<string, unknown> = current ? { ...current.properties } : { id: step.id };
      const changes: Properties = {};
      for (const field of CONNECTION_PROPERTIES) if (row[field] !== undefined && !same(state[field], row[field])) changes[field] = row[field]!;
      for (const [name, value] of Object.entries(row.properties)) if (!same(state[name], value)) changes[name] = value;
      if (!current && state.source === undefined && changes.source === undefined) changes.source = this.defaultSource(row.ref);
      plan.changes = Object.keys(changes);
      plan.outcome = !current ? 'created' : plan.changes.length > 0 ? 'updated' : 'unchanged';
      if (current && step.from && step.to && current.from !== step.from) plan.notes.push('matched by id');
      if (plan.outcome === 'created') this.writes.createTies.push({ type: step.type!, from: step.from!, to: step.to!, properties: { id: step.id, ...changes } });
      if (plan.outcome === 'updated') this.writes.updateTies.push({ type: step.type!, from: step.from!, to: step.to!, id: step.id, set: changes });
    }
  }

  result(columns: ColumnUse[] = this.input.columns): { plan: ImportPlan; writes: WriteSet } {
    for (const target of this.targets.values()) {
      if (!target.existing) this.writes.createNodes.push({ label: target.label, properties: target.state });
      else if (Object.keys(target.changes).length > 0) this.writes.updateNodes.push({ id: target.id, set: target.changes });
    }
    const rows = [...this.elementSteps.map((s) => s.plan), ...this.tieSteps.map((s) => s.plan)];
    const count = (kind: 'elements' | 'connections') => {
      const counts = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
      for (const row of rows) if ((kind === 'elements') === (row.record === 'element')) counts[row.outcome]++;
      return counts;
    };
    const summary = { elements: count('elements'), connections: count('connections') };
    const committable = this.input.problems.length === 0 && rows.every((r) => r.outcome !== 'rejected');
    return { plan: { committable, problems: this.input.problems, notes: this.input.notes, columns, summary, rows }, writes: this.writes };
  }
}
