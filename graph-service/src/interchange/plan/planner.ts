/**
 * The import plan, row by row: which element each row becomes (created, updated, unchanged, merged
 * into an existing one, or rejected with reasons), then which ties. Pure: the caller looks things
 * up in the atlas between the steps, inside the transaction that will commit the writes.
 *
 *   const planner = new ImportPlanner(input, atlasNodes, options);
 *   const ids = planner.resolveElements();        // → ids whose stored properties are needed
 *   planner.diffElements(propertiesOf(ids));
 *   const pairs = planner.resolveConnections();   // → node pairs whose ties are needed
 *   planner.diffConnections([...tiesBetween(pairs), ...tiesById(planner.tieIds())]);
 *   const { plan, writes } = planner.result();
 *
 * Elements are planned in elements.ts, connections in connections.ts, both on the PlanState.
 */
import type { ColumnUse, ImportInput } from '../types.ts';
import { diffConnections, plannedTieIds, resolveConnections } from './connections.ts';
import { diffElements, resolveElements } from './elements.ts';
import { PlanState, type PlanOptions } from './state.ts';
import { OUTCOMES, type AtlasNode, type AtlasTie, type ImportPlan, type Outcome, type Properties, type WriteSet } from './types.ts';

export type { PlanOptions };

export class ImportPlanner {
  private readonly state: PlanState;

  constructor(private readonly input: ImportInput, atlas: AtlasNode[], options: PlanOptions = {}) {
    this.state = new PlanState(atlas, options);
  }

  resolveElements(): string[] {
    return resolveElements(this.state, this.input.elements);
  }

  diffElements(stored: Map<string, Properties>): void {
    diffElements(this.state, stored);
  }

  resolveConnections(): { from: string; to: string }[] {
    return resolveConnections(this.state, this.input.connections);
  }

  /** The planned ties' ids (after resolveConnections), whose stored ties the diff also needs. */
  tieIds(): { type: string; id: string }[] {
    return plannedTieIds(this.state);
  }

  diffConnections(stored: AtlasTie[]): void {
    diffConnections(this.state, stored);
  }

  result(columns: ColumnUse[] = this.input.columns): { plan: ImportPlan; writes: WriteSet } {
    const { writes } = this.state;
    for (const target of this.state.targets.values()) {
      if (!target.existing) writes.createNodes.push({ label: target.label, properties: target.state });
      else if (Object.keys(target.changes).length > 0) writes.updateNodes.push({ id: target.id, set: target.changes });
    }
    const rows = [...this.state.elementSteps.map((s) => s.plan), ...this.state.tieSteps.map((s) => s.plan)];
    const count = (kind: 'elements' | 'connections') => {
      const counts = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
      for (const row of rows) if ((kind === 'elements') === (row.record === 'element')) counts[row.outcome]++;
      return counts;
    };
    const summary = { elements: count('elements'), connections: count('connections') };
    const committable = this.input.problems.length === 0 && rows.every((r) => r.outcome !== 'rejected');
    return { plan: { committable, problems: this.input.problems, notes: this.input.notes, columns, summary, rows }, writes };
  }
}
