/**
 * Keeps the managed Neo4j running: when the JVM exits without being asked to (a crash, an
 * out-of-memory kill, a SIGKILL), it is started again on the same port and store after a delay that
 * doubles with each failure in a row (1 s, 2 s, 4 s … capped at 60 s), reset once it has stayed up
 * for a minute. Each restart is logged. The service's driver keeps its address, so once Neo4j
 * answers again the circuit breaker's probe closes and requests go through, without a restart.
 * A JVM that runs but whose database has panicked (it refuses every transaction until restarted,
 * as after a full disk) is stopped on `recover` and so started again the same way.
 */
import { startNeo4j, type InstanceOptions, type RunningNeo4j } from './runtime.ts';

export interface SupervisorOptions extends InstanceOptions {
  log?: (line: string) => void;
  /** First delay before a restart, and the most it grows to (ms). */
  initialDelayMs?: number;
  maxDelayMs?: number;
  /** Up this long, a run counts as healthy and the delay starts again from the first. */
  healthyAfterMs?: number;
}

export interface SupervisedNeo4j extends RunningNeo4j {
  /** How many times the JVM was started again after exiting on its own. */
  readonly restarts: number;
  /** Resolves when a JVM started after `afterPid` answers on Bolt (for tests and benches). */
  restarted(afterPid: number): Promise<RunningNeo4j>;
  /**
   * Stops the running JVM so that it is started again (SIGTERM, SIGKILL after `killAfterMs`); false
   * when a restart is already under way or the supervisor is stopping. Logged with the reason.
   */
  recover(reason: string, killAfterMs?: number): boolean;
}

export function restartDelay(failuresInARow: number, initialMs = 1000, maxMs = 60_000): number {
  return Math.min(maxMs, initialMs * 2 ** Math.max(0, failuresInARow - 1));
}

export async function superviseNeo4j(options: SupervisorOptions): Promise<SupervisedNeo4j> {
  const log = options.log ?? (() => {});
  const healthyAfter = options.healthyAfterMs ?? 60_000;
  let current = await startNeo4j({ ...options, detached: false });
  let startedAt = Date.now();
  let stopping = false;
  let restarts = 0;
  let failuresInARow = 0;
  let timer: NodeJS.Timeout | undefined;
  let pending: Promise<void> | undefined;
  let recovering: number | undefined;
  const waiting = new Set<() => void>();

  const watch = (running: RunningNeo4j) => {
    void running.exited.then(async ({ code, signal }) => {
      if (stopping || running !== current) return;
      recovering = undefined;
      failuresInARow = Date.now() - startedAt >= healthyAfter ? 1 : failuresInARow + 1;
      const delay = restartDelay(failuresInARow, options.initialDelayMs, options.maxDelayMs);
      log(`neo4j: pid ${running.pid} exited (${signal ?? `code ${code}`}); starting it again in ${delay / 1000}s (restart ${restarts + 1}).`);
      const restart = () => { timer = undefined; pending = attempt().finally(() => { pending = undefined; }); };
      const attempt = async () => {
        if (stopping) return;
        try {
          const begun = Date.now();
          current = await startNeo4j({ ...options, detached: false, log });
          startedAt = Date.now();
          restarts++;
          log(`neo4j: restarted as pid ${current.pid}, answering after ${((Date.now() - begun) / 1000).toFixed(1)}s.`);
          if (stopping) { await current.stop(); return; }
          watch(current);
          for (const wake of waiting) wake();
        } catch (error) {
          failuresInARow++;
          const next = restartDelay(failuresInARow, options.initialDelayMs, options.maxDelayMs);
          log(`neo4j: the restart failed (${(error as Error).message.split('\n')[0]}); trying again in ${next / 1000}s.`);
          timer = setTimeout(restart, next);
        }
      };
      timer = setTimeout(restart, delay);
    });
  };
  watch(current);

  return {
    get uri() { return current.uri; },
    get username() { return current.username; },
    get password() { return current.password; },
    get pid() { return current.pid; },
    get exited() { return current.exited; },
    get restarts() { return restarts; },
    restarted(afterPid: number) {
      if (current.pid !== afterPid) return Promise.resolve(current);
      return new Promise((resolve) => {
        const wake = () => { if (current.pid !== afterPid) { waiting.delete(wake); resolve(current); } };
        waiting.add(wake);
      });
    },
    recover(reason: string, killAfterMs = 30_000) {
      if (stopping || pending || timer !== undefined || recovering === current.pid) return false;
      const pid = current.pid;
      recovering = pid;
      log(`neo4j: pid ${pid} ${reason}; stopping it so that it starts again.`);
      const signal = (name: NodeJS.Signals) => { try { process.kill(pid, name); } catch { /* already gone */ } };
      signal('SIGTERM');
      setTimeout(() => { if (current.pid === pid) signal('SIGKILL'); }, killAfterMs).unref();
      return true;
    },
    async stop() {
      stopping = true;
      clearTimeout(timer);
      await pending;
      await current.stop();
    },
  };
}
