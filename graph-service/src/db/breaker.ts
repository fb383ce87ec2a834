/**
 * The circuit breaker in front of Neo4j. Closed: every call goes through. After `threshold`
 * consecutive connection failures it opens: calls are refused at once (503 with Retry-After) for
 * `openMs`; then the next call starts one probe (the caller's `probe`, e.g. verifyConnectivity)
 * while callers are still refused (half-open); the probe's success closes it, its failure opens it
 * again. Hand-written (about 60 lines) rather than opossum: opossum wraps one function per breaker
 * and times calls itself, while this one must guard every session the driver opens and count only
 * connection failures, never a Cypher error or a conflict.
 */
export type BreakerState = 'closed' | 'open' | 'half-open';

export interface BreakerOptions {
  threshold?: number;
  openMs?: number;
  /** Asks the database whether it answers; resolves when it does. */
  probe: () => Promise<void>;
  log?: (line: string) => void;
  now?: () => number;
}

export class CircuitBreaker {
  private failures = 0;
  private openedAt = 0;
  private current: BreakerState = 'closed';
  private probing: Promise<void> | undefined;
  private readonly threshold: number;
  private readonly openMs: number;
  private readonly now: () => number;

  constructor(private readonly options: BreakerOptions) {
    this.threshold = options.threshold ?? 3;
    this.openMs = options.openMs ?? 3000;
    this.now = options.now ?? Date.now;
  }

  get state(): BreakerState {
    return this.current;
  }

  /** Whether a call may go to the database now; when open and due, starts the half-open probe. */
  admits(): boolean {
    if (this.current === 'closed') return true;
    if (this.current === 'open' && this.now() - this.openedAt >= this.openMs) this.startProbe();
    return false;
  }

  /** Seconds a refused caller should wait before trying again (at least 1). */
  retryAfterSeconds(): number {
    if (this.current !== 'open') return 1;
    return Math.max(1, Math.ceil((this.openMs - (this.now() - this.openedAt)) / 1000));
  }

  succeeded(): void {
    if (this.current !== 'closed') this.options.log?.('database: Neo4j answers again; calls go through.');
    this.failures = 0;
    this.current = 'closed';
  }

  failed(): void {
    this.failures++;
    if (this.current === 'half-open' || (this.current === 'closed' && this.failures >= this.threshold)) this.open();
  }

  private open(): void {
    if (this.current === 'closed') this.options.log?.(`database: ${this.failures} connection failures in a row; refusing calls for ${this.openMs / 1000}s, then probing.`);
    this.current = 'open';
    this.openedAt = this.now();
  }

  private startProbe(): void {
    if (this.probing) return;
    if (this.current === 'open') this.current = 'half-open';
    this.probing = this.options.probe()
      .then(() => this.succeeded(), () => (this.current === 'closed' ? this.failed() : this.open()))
      .finally(() => { this.probing = undefined; });
  }
}
