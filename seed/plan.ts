/**
 * What a seed run may write into one map, decided from what the store holds (pure, so the rules
 * are tested without a database). The seed owns a record only while nobody else has changed it:
 * - a record it never wrote is created, unless the seed wrote it before and it is gone (a user
 *   deleted it, or merged it into another organisation): that is never brought back;
 * - a record whose content in the seed changed is rewritten only if its version is still the one
 *   the seed's last write gave it; one a user (or an import, a merge, a confirmation) moved on is kept;
 * - a new tie whose end was merged away is drawn to the organisation it was merged into; one
 *   whose end was deleted is left out.
 */
import type { SeedMapContent, SeedMapState, SeedTieRow, SeedWrites, StoredVersion } from '../graph-service/src/repositories/seedRepository.ts';

/** What the run did not write into a map, and why: the seed command says so. */
export interface SeedMapReport {
  map: string;
  /** Records users changed since the seed wrote them, whose newer seed content was left out. */
  kept: string[];
  /** Records the seed wrote before that are gone (deleted or merged away) and were not brought back. */
  notRestored: string[];
  /** New seed ties drawn to the organisation their end was merged into. */
  redrawn: string[];
  /** New seed ties left out because an end is gone. */
  endGone: string[];
}

/** Does the seed still own this stored record? A record from before seed versions counts as the seed's while at version 1. */
export function ownedBySeed(record: StoredVersion): boolean {
  if (record.seedVersion !== null) return record.version === record.seedVersion;
  return record.seedHash !== null && record.version === 1;
}

type Decision<T> = { create: T[]; update: (T & { expected: number })[] };

function decideRecords<T extends { props: Record<string, unknown> }>(rows: T[], stored: Map<string, StoredVersion>, remembered: Set<string>, report: SeedMapReport): Decision<T> {
  const decision: Decision<T> = { create: [], update: [] };
  for (const row of rows) {
    const id = row.props.id as string;
    const current = stored.get(id);
    if (!current) {
      if (remembered.has(id)) report.notRestored.push(id);
      else decision.create.push(row);
    } else if (current.seedHash !== row.props.seedHash) {
      if (ownedBySeed(current)) decision.update.push({ ...row, expected: current.version });
      else report.kept.push(id);
    }
  }
  return decision;
}

/** Where a new tie's end is now: itself, the organisation it was merged into, or gone (undefined). */
function endOf(id: string, present: Set<string>, state: SeedMapState): string | undefined {
  if (present.has(id)) return id;
  const survivor = state.mergedInto.get(id);
  return survivor !== undefined && present.has(survivor) ? survivor : undefined;
}

function placeTies(ties: SeedTieRow[], present: Set<string>, state: SeedMapState, report: SeedMapReport): SeedTieRow[] {
  const placed: SeedTieRow[] = [];
  for (const tie of ties) {
    const from = endOf(tie.from, present, state);
    const to = endOf(tie.to, present, state);
    const id = tie.props.id as string;
    if (from === undefined || to === undefined || from === to) {
      report.endGone.push(id);
      continue;
    }
    if (from !== tie.from || to !== tie.to) report.redrawn.push(id);
    placed.push({ ...tie, from, to });
  }
  return placed;
}

const union = (old: string[], rows: { props: Record<string, unknown> }[]) => [...new Set([...old, ...rows.map((r) => r.props.id as string)])].sort();

/**
 * The writes for one map; `fresh` forgets what the seed wrote before (a map seeded anew on request).
 * Answers the writes (null when there is nothing to write) and what was left alone.
 */
export function planSeedMap(content: SeedMapContent, state: SeedMapState, fresh = false): { writes: SeedWrites | null; report: SeedMapReport } {
  const report: SeedMapReport = { map: content.record.id, kept: [], notRestored: [], redrawn: [], endGone: [] };
  const ledger = fresh || !state.ledger ? { nodeIds: [], tieIds: [] } : state.ledger;
  let record: SeedWrites['record'] = null;
  let recordExpected: number | undefined;
  if (!state.record) record = 'create';
  else if (state.record.seedHash !== content.record.seedHash) {
    if (ownedBySeed(state.record)) [record, recordExpected] = ['update', state.record.version];
    else report.kept.push(`map ${content.record.id}`);
  }
  const nodes = decideRecords(content.nodes, state.nodes, new Set(ledger.nodeIds), report);
  const present = new Set([...state.nodes.keys(), ...nodes.create.map((n) => n.props.id as string)]);
  const ties = decideRecords(content.ties, state.ties, new Set(ledger.tieIds), report);
  const createTies = placeTies(ties.create, present, state, report);
  const remembered = { nodeIds: union(ledger.nodeIds, content.nodes), tieIds: union(ledger.tieIds, content.ties) };
  const ledgerChanged = !state.ledger || fresh || remembered.nodeIds.length !== state.ledger.nodeIds.length || remembered.tieIds.length !== state.ledger.tieIds.length;
  const writes: SeedWrites = {
    record, recordExpected,
    createNodes: nodes.create, updateNodes: nodes.update,
    createTies, updateTies: ties.update,
    ledger: ledgerChanged ? remembered : null,
  };
  const nothing = !record && !writes.createNodes.length && !writes.updateNodes.length && !writes.createTies.length && !writes.updateTies.length && !writes.ledger;
  return { writes: nothing ? null : writes, report };
}
