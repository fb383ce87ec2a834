/**
 * Starts one real Neo4j for the projects that need it (integration, e2e), on a free port with
 * fresh data. Each project runs its own copy of this file, so the instance lives on globalThis:
 * the first project starts it, the last one to finish stops it.
 */
import type { TestProject } from 'vitest/node';
import { startThrowawayNeo4j, type ThrowawayNeo4j } from '../../graph-service/src/neo4j/throwaway.ts';

export type TestNeo4j = Omit<ThrowawayNeo4j, 'stop'>;

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

interface Shared {
  users: number;
  started: Promise<ThrowawayNeo4j>;
}
const SHARED = Symbol.for('alliance-atlas:test-neo4j');
const registry = globalThis as typeof globalThis & { [SHARED]?: Shared };

async function startForTests(): Promise<ThrowawayNeo4j> {
  const started = Date.now();
  try {
    const neo4j = await startThrowawayNeo4j({ name: 'test', heap: '1g', pageCache: '256m', log: (l) => console.log(l) });
    if (neo4j.pid > 0) console.log(`Test Neo4j ready on port ${neo4j.boltPort} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
    return neo4j;
  } catch (error) {
    throw new Error(`Integration and e2e tests need a real Neo4j and it could not be started. ${(error as Error).message}\n` +
      'Install Java 17 and Maven (Debian: apt-get install openjdk-17-jdk-headless maven), set NEO4J_URI/NEO4J_PASSWORD to a throwaway Neo4j, ' +
      'or run only the unit tests: npm run test:unit.');
  }
}

export async function setup(project: TestProject): Promise<void> {
  registry[SHARED] ??= { users: 0, started: startForTests() };
  const shared = registry[SHARED];
  shared.users++;
  const { stop: _stop, ...info } = await shared.started;
  project.provide('neo4j', info);
}

export async function teardown(): Promise<void> {
  const shared = registry[SHARED];
  if (!shared || --shared.users > 0) return;
  delete registry[SHARED];
  const neo4j = await shared.started.catch(() => undefined);
  await neo4j?.stop();
}
