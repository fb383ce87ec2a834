/** Starts one real Neo4j for the whole test run, on a free port with fresh data. */
import { rmSync } from 'node:fs';
import net from 'node:net';
import type { GlobalSetupContext } from 'vitest/node';
import { instanceHome, startNeo4j, type RunningNeo4j } from '../../graph-service/src/neo4j/runtime.ts';

export interface TestNeo4j {
  uri: string;
  username: string;
  password: string;
  database: string;
  pid: number;
  boltPort: number;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}

let running: RunningNeo4j | undefined;
// One instance per run, so two runs at once (a developer and a helper, say) never share a store.
const INSTANCE = `test-${process.pid}`;

export async function setup({ provide }: GlobalSetupContext): Promise<void> {
  if (process.env.NEO4J_URI) {
    // A Neo4j the user points at; the tests wipe its data, so it must be a throwaway one.
    provide('neo4j', {
      uri: process.env.NEO4J_URI, username: process.env.NEO4J_USERNAME ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '',
      database: process.env.NEO4J_DATABASE ?? 'neo4j', pid: -1, boltPort: -1,
    });
    return;
  }
  rmSync(instanceHome(INSTANCE), { recursive: true, force: true });
  const boltPort = await freePort();
  const started = Date.now();
  try {
    running = await startNeo4j({ name: INSTANCE, boltPort, heap: '1g', pageCache: '256m', log: (l) => console.log(l) });
  } catch (error) {
    throw new Error(`Tests need a real Neo4j and it could not be started. ${(error as Error).message}\n` +
      'Install Java 17 and Maven (Debian: apt-get install openjdk-17-jdk-headless maven), or set NEO4J_URI/NEO4J_PASSWORD to a throwaway Neo4j.');
  }
  console.log(`Test Neo4j ready on port ${boltPort} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  provide('neo4j', { uri: running.uri, username: running.username, password: running.password, database: 'neo4j', pid: running.pid, boltPort });
}

export async function teardown(): Promise<void> {
  await running?.stop();
  if (running) rmSync(instanceHome(INSTANCE), { recursive: true, force: true });
}
