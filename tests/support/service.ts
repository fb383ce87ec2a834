/** The service (its Fastify app, called in-process) on the run's Neo4j, for one integration test file. */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { buildApp } from '../../graph-service/src/app.ts';
import type { Database } from '../../graph-service/src/db/connection.ts';
import { resetAndSeed, testDatabase } from './db.ts';

export interface ServiceRig {
  db: Database;
  /** Built before the file's first test. */
  app: FastifyInstance;
}

/**
 * Seeds the store once for a file that only reads, or before each test (`reseed: 'each'`) for a
 * file that writes; builds the app before the first test and closes it and the driver after the last.
 */
export function serviceForThisFile(options: { reseed: 'once' | 'each' } = { reseed: 'once' }): ServiceRig {
  const rig = { db: testDatabase() } as ServiceRig;
  beforeAll(async () => {
    if (options.reseed === 'once') await resetAndSeed(rig.db);
    rig.app = await buildApp({ db: rig.db });
  });
  if (options.reseed === 'each') beforeEach(() => resetAndSeed(rig.db));
  afterAll(async () => {
    await rig.app?.close();
    await rig.db.driver.close();
  });
  return rig;
}
