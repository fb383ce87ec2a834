/**
 * A throwaway Neo4j for tests and benchmarks: the one NEO4J_URI names (its data gets wiped, so it
 * must be a disposable database), else a fresh managed instance on a free port, deleted when stopped.
 */
import { rmSync } from 'node:fs';
import net from 'node:net';
import { instanceHome, startNeo4j, type RunningNeo4j } from './runtime.ts';

export interface ThrowawayNeo4j {
  uri: string;
  username: string;
  password: string;
  database: string;
  /** The managed JVM's pid and port; -1 for a Neo4j named by NEO4J_URI. */
  pid: number;
  boltPort: number;
  stop(): Promise<void>;
}

export interface ThrowawayOptions {
  /** Instance folder name; each process gets its own (`<name>-<pid>`), so two runs never share a store. */
  name: string;
  heap: string;
  pageCache: string;
  log?: (line: string) => void;
}

/** A port the OS just handed out, so two runs at once do not collide. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}

function namedByEnvironment(uri: string, env: NodeJS.ProcessEnv): ThrowawayNeo4j {
  return {
    uri, username: env.NEO4J_USERNAME ?? 'neo4j', password: env.NEO4J_PASSWORD ?? '', database: env.NEO4J_DATABASE ?? 'neo4j',
    pid: -1, boltPort: -1, stop: async () => {},
  };
}

async function managed(options: ThrowawayOptions): Promise<ThrowawayNeo4j> {
  const name = `${options.name}-${process.pid}`;
  rmSync(instanceHome(name), { recursive: true, force: true });
  const boltPort = await freePort();
  const running: RunningNeo4j = await startNeo4j({ name, boltPort, heap: options.heap, pageCache: options.pageCache, log: options.log });
  return {
    uri: running.uri, username: running.username, password: running.password, database: 'neo4j', pid: running.pid, boltPort,
    async stop() {
      await running.stop();
      rmSync(instanceHome(name), { recursive: true, force: true });
    },
  };
}

export function startThrowawayNeo4j(options: ThrowawayOptions, env: NodeJS.ProcessEnv = process.env): Promise<ThrowawayNeo4j> {
  return env.NEO4J_URI ? Promise.resolve(namedByEnvironment(env.NEO4J_URI, env)) : managed(options);
}
