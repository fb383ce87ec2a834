/** The closing line CI reads: a run that failed must never read "0 failed". */
import { afterEach, describe, expect, it, vi } from 'vitest';
import ClosingLineReporter from '../../support/closingLineReporter.ts';

const test = (state?: string) => ({ type: 'test', result: state ? { state } : undefined });
const file = (state: string, tasks: object[]) => ({ type: 'suite', result: { state }, tasks });

function closingLine(files: object[], errors: unknown[] = []): string {
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});
  new ClosingLineReporter().onFinished(files as never, errors);
  const line = String(log.mock.calls.at(-1)?.[0] ?? '').trim();
  log.mockRestore();
  return line;
}

describe('closing line', () => {
  afterEach(() => vi.restoreAllMocks());

  it('counts passed, failed and skipped tests', () => {
    expect(closingLine([file('fail', [test('pass'), test('fail'), test('skip')])])).toBe('1 passed, 1 failed, 1 skipped');
  });

  it('counts a file whose beforeAll failed, leaving its tests skipped, as a failure', () => {
    expect(closingLine([file('pass', [test('pass')]), file('fail', [test(), test()])])).toBe('1 passed, 1 failed, 2 skipped');
  });

  it('counts errors outside any test, such as a failed global setup', () => {
    expect(closingLine([], [new Error('Neo4j did not start')])).toBe('0 passed, 1 failed, 0 skipped');
  });
});
