/**
 * Imports: read the files, plan row by row against the atlas, and — on commit — write everything
 * in one transaction or nothing. The plan is made inside the same transaction as the writes, so
 * what the dry run showed is what is written, and a second import of the same file plans only
 * "unchanged" rows and writes nothing.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../db/connection.ts';
import { ImportRejectedError } from '../errors.ts';
import { readImport, type ImportFile, type ReadImportOptions } from '../interchange/read.ts';
import { ImportPlanner, type PlanOptions } from '../interchange/plan/planner.ts';
import type { ImportPlan, WriteSet } from '../interchange/plan/types.ts';
import type { ImportInput } from '../interchange/types.ts';
import { ImportRepository, type WriteCounts } from '../repositories/importRepository.ts';

export type ImportOptions = ReadImportOptions & PlanOptions;

/** A commit refused because the plan has rejected rows or file problems: 422 with the plan. */
export function importRejected(plan: ImportPlan): ImportRejectedError {
  const rejected = plan.rows.filter((r) => r.outcome === 'rejected').length;
  const what = [plan.problems.length ? `${plan.problems.length} problem(s) with the file(s)` : '', rejected ? `${rejected} rejected row(s)` : ''].filter(Boolean).join(' and ');
  return new ImportRejectedError(`import: nothing was written: ${what}. Fix them (the dry run lists the reasons) and import again.`, plan);
}

export interface CommitResult {
  plan: ImportPlan;
  written: WriteCounts;
}

export class ImportService {
  private readonly repository = new ImportRepository();

  constructor(private readonly db: Database) {}

  private async plan(tx: ManagedTransaction, input: ImportInput, options: ImportOptions): Promise<{ plan: ImportPlan; writes: WriteSet }> {
    const planner = new ImportPlanner(input, await this.repository.atlasNodes(tx), options);
    const ids = planner.resolveElements();
    planner.diffElements(await this.repository.nodeProperties(tx, ids));
    const pairs = planner.resolveConnections();
    planner.diffConnections(await this.repository.tiesBetween(tx, pairs));
    return planner.result();
  }

  /** The dry run: what a commit would do, row by row. Writes nothing. */
  async preview(files: ImportFile[], options: ImportOptions = {}): Promise<ImportPlan> {
    // Reading the files first gives malformed input its clear error before any database work.
    const input = await readImport(files, options);
    const session = this.db.driver.session({ database: this.db.database, defaultAccessMode: 'READ' });
    try {
      return (await session.executeRead((tx) => this.plan(tx, input, options))).plan;
    } finally {
      await session.close();
    }
  }

  /** Plans and writes in one transaction; refuses (writing nothing) if any row is rejected. */
  async commit(files: ImportFile[], options: ImportOptions = {}): Promise<CommitResult> {
    const input = await readImport(files, options);
    const session = this.db.driver.session({ database: this.db.database });
    try {
      return await session.executeWrite(async (tx) => {
        const { plan, writes } = await this.plan(tx, input, options);
        if (!plan.committable) throw importRejected(plan);
        const written = await this.repository.write(tx, writes, new Date().toISOString());
        return { plan, written };
      });
    } finally {
      await session.close();
    }
  }
}
