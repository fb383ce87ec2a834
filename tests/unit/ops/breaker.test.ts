import { describe, expect, it } from 'vitest';
import { CircuitBreaker } from '../../../graph-service/src/db/breaker.ts';
import { databaseFailure, needsRestart } from '../../../graph-service/src/db/failures.ts';
import { restartDelay } from '../../../graph-service/src/neo4j/supervisor.ts';

function rig(probeWorks: () => boolean) {
  let now = 0;
  let probes = 0;
  const breaker = new CircuitBreaker({
    threshold: 3, openMs: 3000, now: () => now,
    probe: async () => { probes++; if (!probeWorks()) throw Object.assign(new Error('refused'), { code: 'ServiceUnavailable' }); },
  });
  return { breaker, advance: (ms: number) => { now += ms; }, probes: () => probes };
}
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('the circuit breaker in front of Neo4j', () => {
  it('stays closed below the threshold and after a success in between', () => {
    const { breaker } = rig(() => true);
    breaker.failed();
    breaker.failed();
    breaker.succeeded();
    breaker.failed();
    breaker.failed();
    expect(breaker.state).toBe('closed');
    expect(breaker.admits()).toBe(true);
  });

  it('opens after three failures in a row, refuses with a Retry-After, then probes once when due', async () => {
    let up = false;
    const { breaker, advance, probes } = rig(() => up);
    for (let i = 0; i < 3; i++) breaker.failed();
    expect(breaker.state).toBe('open');
    expect(breaker.admits()).toBe(false);
    expect(breaker.retryAfterSeconds()).toBe(3);
    advance(2500);
    expect(breaker.retryAfterSeconds()).toBe(1);
    expect(breaker.admits()).toBe(false);
    expect(probes()).toBe(0);
    advance(600);
    expect(breaker.admits()).toBe(false);
    expect(breaker.state).toBe('half-open');
    expect(breaker.admits()).toBe(false);
    await settle();
    expect(probes()).toBe(1);
    // The probe failed: open again for another period.
    expect(breaker.state).toBe('open');
    expect(breaker.admits()).toBe(false);
    up = true;
    advance(3000);
    breaker.admits();
    await settle();
    expect(probes()).toBe(2);
    expect(breaker.state).toBe('closed');
    expect(breaker.admits()).toBe(true);
  });
});

describe('what a driver error says about the database', () => {
  it('tells unreachable, busy and full apart from a query error', () => {
    expect(databaseFailure(Object.assign(new Error('Could not perform discovery'), { code: 'ServiceUnavailable' }))).toBe('unreachable');
    expect(databaseFailure(Object.assign(new Error('gone'), { code: 'SessionExpired' }))).toBe('unreachable');
    expect(databaseFailure(new Error('Connection acquisition timed out in 1500 ms. Pool status: Active conn count = 100'))).toBe('busy');
    expect(databaseFailure(Object.assign(new Error('Could not apply the transaction'), { cause: new Error('No space left on device') }))).toBe('storage_full');
    expect(databaseFailure(Object.assign(new Error('Invalid input'), { code: 'Neo.ClientError.Statement.SyntaxError' }))).toBeUndefined();
    expect(databaseFailure(Object.assign(new Error('The database has encountered a critical error, and needs to be restarted. Please see database logs for more details.'), { code: 'Neo.DatabaseError.Transaction.TransactionStartFailed' }))).toBe('unreachable');
    expect(databaseFailure(undefined)).toBeUndefined();
    // What Neo4j 5 said when its disk filled, in the disk-full fault run: the first writes, then the panic.
    const notLogged = Object.assign(new Error('Could not append transaction: Transaction #161 {started 2026-12-02 23:02:03.707+0000, with 18 commands in this transaction} to log.'), { code: 'Neo.DatabaseError.Transaction.TransactionCommitFailed' });
    expect(databaseFailure(notLogged)).toBe('write_failed');
    const logged = Object.assign(new Error('Could not apply the transaction: Transaction #160 {started 2026-12-02 23:02:03.725+0000} to the store after written to log.'), { code: 'Neo.DatabaseError.Transaction.TransactionCommitFailed' });
    expect(databaseFailure(logged)).toBe('unreachable');
    expect(needsRestart(logged)).toBe(true);
  });

  it('tells a database that must be restarted (a panic) from one that is only away', () => {
    const panic = Object.assign(new Error('The database has encountered a critical error, and needs to be restarted. Please see database logs for more details.'), { code: 'Neo.DatabaseError.Transaction.TransactionStartFailed' });
    expect(needsRestart(panic)).toBe(true);
    expect(needsRestart(Object.assign(new Error('Transaction failed'), { cause: panic }))).toBe(true);
    expect(needsRestart(Object.assign(new Error('Could not perform discovery'), { code: 'ServiceUnavailable' }))).toBe(false);
    expect(needsRestart(undefined)).toBe(false);
  });
});

describe('the restart delay of the managed Neo4j', () => {
  it('doubles with each failure in a row and stops at the cap', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => restartDelay(n))).toEqual([1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000]);
    expect(restartDelay(3, 500, 1500)).toBe(1500);
  });
});
