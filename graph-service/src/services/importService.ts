/**
 * Imports into one map: read the files, plan row by row against that map, and — on commit — write
 * everything in one transaction or nothing. The plan is made inside the same transaction as the
 * writes, so what the dry run showed is what is written, and a second import of the same file
 * plans only "unchanged" rows and writes nothing. An import into a new map plans against an empty
 * map and creates the map's record in the transaction that writes its data.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Actor } from '../access.ts';
import type { Database } from '../db/connection.ts';
import { ConflictError, ImportRejectedError } from '../errors.ts';
import type { ImportFile, ReadImportOptions } from '../interchange/read.ts';
import { interchangePool, type InterchangePool } from '../interchange/worker/pool.ts';
import { ImportPlanner, type PlanOptions } from '../interchange/plan/planner.ts';
import type { ImportPlan, WriteSet } from '../interchange/plan/types.ts';
import type { ImportInput } from '../interchange/types.ts';
import type { MapRecord } from '../model/maps.ts';
import type { RejectedRows } from '../contract/lists.ts';
import { rejectedRowsCsv } from '../interchange/rejectedRows.ts';
import { importedPositions } from '../interchange/importedLayout.ts';
import { ImportRepository, type WriteCounts } from '../repositories/importRepository.ts';
import { insertMap } from '../repositories/mapRepository.ts';

export type ImportOptions = ReadImportOptions & PlanOptions & {
  /** The dry run's plan fingerprint: the commit refuses (409) when its own plan differs. */
  fingerprint?: string;
  /** "refuse" (the default): any rejected row stops the commit; "skip": the valid rows are written and the rejected ones answered as a CSV. */
  rejectedRows?: RejectedRows;
};

/**
 * With "skip", a plan is committable when no file problem stops it and some row would be written;
 * otherwise only when no row is rejected (the planner's own answer).
 */
function withRejectedRowChoice(plan: ImportPlan, choice: RejectedRows | undefined): ImportPlan {
  if (choice !== 'skip') return plan;
  return { ...plan, committable: plan.problems.length === 0 && plan.rows.some((r) => r.outcome !== 'rejected') };
}

/** A hash of what a plan would do, row by row, and of what it would write. */
export function planFingerprint(plan: ImportPlan, writes: WriteSet): string {
  const { fingerprint: _, ...rest } = plan;
  return createHash('sha256').update(JSON.stringify([rest, writes])).digest('hex');
}

/** The commit's own plan (made inside its write transaction) against the one the dry run showed. */
function checkFingerprint(expected: string | undefined, actual: string): void {
  if (expected !== undefined && expected !== actual) {
    throw new ConflictError('import: the map changed since the dry run, so this commit would not do what the preview showed; nothing was written. Preview the file again and commit with the new fingerprint.');
  }
}

/** A map an import makes: its title (its id is made from it) and description. */
export interface NewMap {
  title: string;
  description?: string;
}

/** A commit refused because the plan has rejected rows or file problems: 422 with the plan. */
export function importRejected(plan: ImportPlan): ImportRejectedError {
  const rejected = plan.rows.filter((r) => r.outcome === 'rejected').length;
  const what = [plan.problems.length ? `${plan.problems.length} problem(s) with the file(s)` : '', rejected ? `${rejected} rejected row(s)` : ''].filter(Boolean).join(' and ');
  return new ImportRejectedError(`import: nothing was written: ${what}. Fix them (the dry run lists the reasons) and import again.`, plan);
}

function isMapIdTaken(error: unknown): boolean {
  const { code, message } = error as { code?: string; message?: string };
  return code === 'Neo.ClientError.Schema.ConstraintValidationFailed' && /`Map`/.test(message ?? '');
}

export interface CommitResult {
  plan: ImportPlan;
  written: WriteCounts;
  /** The history's name for this import: every node and tie it wrote is one change with this id (revert it as a whole). */
  importId: string;
  /** With rejectedRows "skip": the rows left out, as CSV with a reason column. */
  rejectedCsv?: string;
}

/** What a commit answers about rejected rows: with "skip", the rows it left out as a CSV. */
function rejectedPart(plan: ImportPlan, choice: RejectedRows | undefined): { rejectedCsv?: string } {
  return choice === 'skip' ? { rejectedCsv: rejectedRowsCsv(plan) } : {};
}

/** Who an import is recorded as when no caller is named (the command line on this machine). */
export const COMMAND_LINE: Actor = { id: null, name: 'Command line import' };

export interface NewMapCommitResult extends CommitResult {
  /** The map the import made. */
  map: MapRecord;
}

export class ImportService {
  private readonly repository = new ImportRepository();

  constructor(private readonly db: Database, private readonly reader: InterchangePool = interchangePool()) {}

  /** Plans against the map's data, or against nothing when `map` is null (a new map is empty). */
  private async plan(map: string | null, tx: ManagedTransaction | null, input: ImportInput, options: ImportOptions): Promise<{ plan: ImportPlan; writes: WriteSet }> {
    const lookIn = map !== null && tx !== null ? { map, tx } : null;
    const planner = new ImportPlanner(input, lookIn ? await this.repository.atlasNodes(lookIn.map, lookIn.tx) : [], options);
    const ids = planner.resolveElements();
    planner.diffElements(lookIn ? await this.repository.nodeProperties(lookIn.map, lookIn.tx, ids) : new Map());
    const pairs = planner.resolveConnections();
    planner.diffConnections(lookIn ? [...await this.repository.tiesBetween(lookIn.map, lookIn.tx, pairs), ...await this.repository.tiesById(lookIn.map, lookIn.tx, planner.tieIds())] : []);
    const result = planner.result();
    const plan = withRejectedRowChoice(result.plan, options.rejectedRows);
    return { plan: { ...plan, fingerprint: planFingerprint(plan, result.writes) }, writes: result.writes };
  }

  /** The dry run: what a commit into the map (or, with null, into a new map) would do, row by row. Writes nothing. */
  async preview(map: string | null, files: ImportFile[], options: ImportOptions = {}): Promise<ImportPlan> {
    // Reading the files first gives malformed input its clear error before any database work.
    const input = await this.reader.read(files, options);
    if (map === null) return (await this.plan(null, null, input, options)).plan;
    const session = this.db.driver.session({ database: this.db.database, defaultAccessMode: 'READ' });
    try {
      return (await session.executeRead((tx) => this.plan(map, tx, input, options))).plan;
    } finally {
      await session.close();
    }
  }

  /** Plans and writes into the map in one transaction; refuses (writing nothing) if any row is rejected, unless rejected rows are to be skipped. */
  async commit(map: string, files: ImportFile[], options: ImportOptions = {}, actor: Actor = COMMAND_LINE): Promise<CommitResult> {
    const input = await this.reader.read(files, options);
    const importId = randomUUID();
    return this.write(async (tx, now) => {
      const { plan, writes } = await this.plan(map, tx, input, options);
      if (!plan.committable) throw importRejected(plan);
      checkFingerprint(options.fingerprint, plan.fingerprint as string);
      return { plan, written: await this.repository.write(map, tx, writes, now, { actor, importId }), importId, ...rejectedPart(plan, options.rejectedRows) };
    });
  }

  /**
   * Makes a new map from the files: plans against an empty map, then creates the map's record and
   * writes its data in one transaction. A rejected import creates no map.
   */
  async commitToNewMap(newMap: NewMap, files: ImportFile[], options: ImportOptions = {}, actor: Actor = COMMAND_LINE): Promise<NewMapCommitResult> {
    const input = await this.reader.read(files, options);
    const importId = randomUUID();
    const fields = { title: newMap.title.trim(), description: newMap.description?.trim() || undefined };
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.write(async (tx, now) => {
          const { plan, writes } = await this.plan(null, null, input, options);
          if (!plan.committable) throw importRejected(plan);
          checkFingerprint(options.fingerprint, plan.fingerprint as string);
          // The file's drawing becomes the new map's saved layout, so the map opens as the file was drawn.
          const positions = importedPositions(writes);
          const map = await insertMap(tx, fields, now, positions ? { layout: JSON.stringify(positions), layoutUpdatedAt: now } : {});
          return { map, plan, written: await this.repository.write(map.id, tx, writes, now, { actor, importId }), importId, ...rejectedPart(plan, options.rejectedRows) };
        });
      } catch (error) {
        // Two new maps of one title at once: the later one's id is taken, so it picks the next free one.
        if (attempt >= 3 || !isMapIdTaken(error)) throw error;
      }
    }
  }

  private async write<T>(work: (tx: ManagedTransaction, now: string) => Promise<T>): Promise<T> {
    const session = this.db.driver.session({ database: this.db.database });
    try {
      return await session.executeWrite((tx) => work(tx, new Date().toISOString()));
    } finally {
      await session.close();
    }
  }
}
