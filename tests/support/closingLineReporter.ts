/** Prints one plain closing line, "N passed, N failed, N skipped", that any CI can read. */
import type { Reporter } from 'vitest/reporters';

interface TaskLike {
  type: string;
  tasks?: TaskLike[];
  mode?: string;
  result?: { state?: string };
}

function count(tasks: TaskLike[], totals: { passed: number; failed: number; skipped: number }): void {
  for (const task of tasks) {
    if (task.tasks) count(task.tasks, totals);
    if (task.type !== 'test') continue;
    const state = task.result?.state;
    if (state === 'pass') totals.passed++;
    else if (state === 'fail') totals.failed++;
    else totals.skipped++;
  }
}

function hasFailedTest(task: TaskLike): boolean {
  return (task.type === 'test' && task.result?.state === 'fail') || (task.tasks ?? []).some(hasFailedTest);
}

export default class ClosingLineReporter implements Reporter {
  onFinished(files: TaskLike[] = [], errors: unknown[] = []): void {
    const totals = { passed: 0, failed: 0, skipped: 0 };
    count(files, totals);
    // Errors outside tests (a failed global setup, say) count as failures, and so does a file that
    // failed without a failing test (a beforeAll that threw leaves its tests skipped, not failed).
    const failedFiles = files.filter((f) => f.result?.state === 'fail' && !hasFailedTest(f)).length;
    const failed = totals.failed + errors.length + failedFiles;
    console.log(`\n${totals.passed} passed, ${failed} failed, ${totals.skipped} skipped`);
  }
}
