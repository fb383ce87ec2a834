/**
 * What the import planner knows while it plans: the atlas's and the file's elements by id and
 * name, the element each row becomes, and the ids already used.
 */
import type { NodeLabel, TieType } from '../../model/model.ts';
import { freeNodeId } from '../../model/rules/ids.ts';
import type { ConnectionRow, ElementRow, RowRef } from '../types.ts';
import { NameIndex } from './names.ts';
import type { AtlasNode, PlanRow, Properties, WriteSet } from './types.ts';

export interface PlanOptions {
  /** Provenance for new elements and connections whose row names no source; default "Imported from <file>". */
  source?: string;
}

/** The state of one element the import targets: what is stored (or will be) and which fields this import already set. */
export interface Target {
  id: string;
  label: NodeLabel;
  existing: boolean;
  state: Properties;
  setByFile: Set<string>;
  changes: Properties;
  firstRow: number;
}

export interface ElementStep {
  row: ElementRow;
  plan: PlanRow;
  target?: Target;
  /** The row's name, once it has a target. */
  name?: string;
  matchedBy?: PlanRow['matchedBy'];
  /** The row is folded into an element it does not name by id (an alias, a near duplicate, an earlier row, or a new id whose name the atlas knows). */
  merging?: boolean;
}

export interface TieStep {
  row: ConnectionRow;
  plan: PlanRow;
  /** The tie the row becomes, once its ends are found. */
  tie?: { type: TieType; from: string; to: string; id: string };
}

export function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => same(v, b[i]));
  return a === b;
}


export class PlanState {
  readonly atlasById = new Map<string, AtlasNode>();
  /** Atlas nodes by the id their file gave them when it broke the id rule (a second import finds them). */
  readonly atlasByImportedId = new Map<string, AtlasNode>();
  readonly atlasByLabel = new Map<NodeLabel, NameIndex>();
  readonly atlasAll = new NameIndex();
  readonly fileByLabel = new Map<NodeLabel, NameIndex>();
  readonly fileAll = new NameIndex();
  readonly targets = new Map<string, Target>();
  /** Explicit ids given in the file → the element they became (an atlas id when merged). */
  readonly fileIds = new Map<string, { target: Target; line: number }>();
  /** Ids and names of rejected element rows, so ties to them say why. */
  readonly rejectedElements = new Map<string, RowRef>();
  readonly elementSteps: ElementStep[] = [];
  readonly tieSteps: TieStep[] = [];
  readonly writes: WriteSet = { createNodes: [], updateNodes: [], createTies: [], updateTies: [] };
  private readonly usedIds = new Set<string>();

  constructor(atlas: AtlasNode[], private readonly options: PlanOptions) {
    for (const node of atlas) {
      this.atlasById.set(node.id, node);
      if (node.importedId) this.atlasByImportedId.set(node.importedId, node);
      this.usedIds.add(node.id);
      this.indexFor(this.atlasByLabel, node.label).add(node.id, node.name, node.aliases);
      this.atlasAll.add(node.id, node.name, node.aliases);
    }
  }

  indexFor(map: Map<NodeLabel, NameIndex>, label: NodeLabel): NameIndex {
    const index = map.get(label) ?? new NameIndex();
    map.set(label, index);
    return index;
  }

  defaultSource(ref: RowRef): string {
    return this.options.source ?? `Imported from ${ref.origin}`;
  }

  newId(label: NodeLabel, name: string): string {
    const id = freeNodeId(label, name, (candidate) => this.usedIds.has(candidate));
    this.usedIds.add(id);
    return id;
  }

  describe(ids: string[]): string {
    return ids.slice(0, 5).map((id) => `${this.atlasById.get(id)?.name ?? this.targets.get(id)?.state.name ?? id} (${id})`).join(', ');
  }

  /** An atlas node that an index named; they come from the same list, so it is there. */
  atlasNode(id: string): AtlasNode {
    const node = this.atlasById.get(id);
    if (!node) throw new Error(`import plan: the name index knows "${id}" but the atlas does not`);
    return node;
  }

  existingTarget(node: AtlasNode): Target {
    let target = this.targets.get(node.id);
    if (!target) {
      target = { id: node.id, label: node.label, existing: true, state: {}, setByFile: new Set(), changes: {}, firstRow: 0 };
      this.targets.set(node.id, target);
    }
    return target;
  }

  createdTarget(row: ElementRow, id: string, label: NodeLabel, name: string): Target {
    this.usedIds.add(id);
    const target: Target = { id, label, existing: false, state: {}, setByFile: new Set(), changes: {}, firstRow: row.ref.line };
    this.targets.set(id, target);
    this.indexFor(this.fileByLabel, label).add(id, name, row.aliases);
    return target;
  }

  attach(step: ElementStep, name: string, target: Target, matchedBy?: PlanRow['matchedBy'], fileId?: string): void {
    step.target = target;
    step.name = name;
    step.matchedBy = matchedBy;
    step.plan.id = target.id;
    step.merging = !!matchedBy && matchedBy !== 'id' && (matchedBy !== 'name' || (step.row.id !== undefined && step.row.id !== target.id));
    if (target.firstRow === 0) target.firstRow = step.row.ref.line;
    this.fileAll.add(target.id, name, step.row.aliases);
    const id = fileId ?? step.row.id;
    if (id) this.fileIds.set(id, { target, line: step.row.ref.line });
  }
}
