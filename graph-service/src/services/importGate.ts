/**
 * How many imports (previews and commits) run at once: a few per caller and a few altogether, so
 * one caller's uploads cannot take every worker and the database's write capacity from the rest.
 * A refusal is a 429 with Retry-After, given before the upload's body is read.
 */
import { TooManyImportsError } from '../errors.ts';
import { IMPORT_LIMITS } from '../interchange/limits.ts';

export interface GateLimits {
  perCaller: number;
  overall: number;
  retryAfterSeconds: number;
}

export const gateDefaults: GateLimits = { perCaller: IMPORT_LIMITS.concurrentPerCaller, overall: IMPORT_LIMITS.concurrentOverall, retryAfterSeconds: 5 };

export class ImportGate {
  private readonly running = new Map<string, number>();
  private total = 0;
  private readonly limits: GateLimits;

  constructor(limits: Partial<GateLimits> = {}) {
    this.limits = { ...gateDefaults, ...limits };
  }

  /** Takes a place for the caller, or refuses; the function it returns gives the place back (once). */
  enter(caller: string): () => void {
    const { perCaller, overall, retryAfterSeconds } = this.limits;
    const mine = this.running.get(caller) ?? 0;
    if (mine >= perCaller) {
      throw new TooManyImportsError(`import: you already have ${mine} imports running, and one caller may run at most ${perCaller} at once. Wait for them to finish, then try again (in about ${retryAfterSeconds} s).`, retryAfterSeconds);
    }
    if (this.total >= overall) {
      throw new TooManyImportsError(`import: the service is running ${this.total} imports, the most it runs at once. Try again in about ${retryAfterSeconds} s.`, retryAfterSeconds);
    }
    this.running.set(caller, mine + 1);
    this.total++;
    let left = false;
    return () => {
      if (left) return;
      left = true;
      this.total--;
      const now = (this.running.get(caller) ?? 1) - 1;
      if (now > 0) this.running.set(caller, now);
      else this.running.delete(caller);
    };
  }
}
