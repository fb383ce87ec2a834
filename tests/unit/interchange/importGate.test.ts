/** How many imports run at once: per caller and altogether, refused with 429 and Retry-After, places given back once. */
import { describe, expect, it } from 'vitest';
import { TooManyImportsError } from '../../../graph-service/src/errors.ts';
import { ImportGate } from '../../../graph-service/src/services/importGate.ts';

describe('the import gate', () => {
  it('lets a caller run its share, refuses the next with 429 and Retry-After, and takes it again once one ends', () => {
    const gate = new ImportGate({ perCaller: 2, overall: 10, retryAfterSeconds: 3 });
    const first = gate.enter('a');
    gate.enter('a');
    let refused: unknown;
    try { gate.enter('a'); } catch (error) { refused = error; }
    expect(refused).toBeInstanceOf(TooManyImportsError);
    expect((refused as TooManyImportsError).statusCode).toBe(429);
    expect((refused as TooManyImportsError).headers()).toEqual({ 'retry-after': '3' });
    expect((refused as Error).message).toMatch(/at most 2 at once/);
    // Another caller is not held up by the first one's share.
    expect(() => gate.enter('b')).not.toThrow();
    first();
    first(); // giving a place back twice gives back one
    expect(() => gate.enter('a')).not.toThrow();
    expect(() => gate.enter('a')).toThrow(TooManyImportsError);
  });

  it('refuses everyone past the overall limit', () => {
    const gate = new ImportGate({ perCaller: 5, overall: 2 });
    gate.enter('a');
    const leave = gate.enter('b');
    expect(() => gate.enter('c')).toThrow(/the most it runs at once/);
    leave();
    expect(() => gate.enter('c')).not.toThrow();
  });
});
