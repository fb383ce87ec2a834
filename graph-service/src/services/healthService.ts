/** Readiness: the database answers a connectivity check within the driver's short timeouts, through the breaker. */
import type { GuardedDatabase } from '../db/guard.ts';

export class HealthService {
  constructor(private readonly db: GuardedDatabase) {}

  /** Resolves when the database answers; else throws the guard's 503 or the driver's error (the error handler's 503). */
  async ready(): Promise<{ status: 'ready' }> {
    await this.db.driver.verifyConnectivity({ database: this.db.database });
    return { status: 'ready' };
  }
}
