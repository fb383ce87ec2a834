/**
 * A throwaway Neo4j for tests and benchmarks: the one NEO4J_URI names (its data gets wiped, so it
 * must be a disposable database), else a fresh managed instance on a free port, deleted when stopped.
 */
import { rmSync } from 'node:fs';
import net from 'node:net';
import { instanceHome, startNeo4j, type RunningNeo4j } from './runtime.ts';
import { superviseNeo4j, type SupervisedNeo4j } from './supervisor.ts';

export interface ThrowawayNeo4j {
  uri: string;
  username: string;
  password: string;
  database: string;
  /** The managed JVM's pid and port; -1 for a Neo4j named by NEO4J_URI. */
  pid: number;
  boltPort: number;
  /** The managed instance's folder (store, logs, conf); '' for a Neo4j named by NEO4J_URI. */
  home: string;
  /** With `supervised`: the supervisor, which restarts the JVM when it dies (see supervisor.ts). */
  supervisor?: SupervisedNeo4j;
  stop(): Promise<void>;
}

export interface ThrowawayOptions {
  /** Instance folder name; each process gets its own (`<name>-<pid>`), so two runs never share a store. */
  name: string;
  heap: string;
  pageCache: string;
  log?: (line: string) => void;
  /** Restart the JVM when it dies, as npm start does (managed instances only). */
  supervised?: boolean;
  /** With `supervised`: the first restart delay (ms), 1000 by default. */
  restartDelayMs?: number;
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
    pid: -1, boltPort: -1, home: '', stop: async () => {},
  };
}

async function managed(options: ThrowawayOptions): Promise<ThrowawayNeo4j> {
  const name = `${options.name}-${process.pid}`;
  rmSync(instanceHome(name), { recursive: true, force: true });
  const boltPort = await freePort();
  const instance = { name, boltPort, heap: options.heap, pageCache: options.pageCache, log: options.log };
  const supervisor = options.supervised ? await superviseNeo4j({ ...instance, initialDelayMs: options.restartDelayMs }) : undefined;
  const running: RunningNeo4j = supervisor ?? (await startNeo4j(instance));
  return {
    uri: running.uri, username: running.username, password: running.password, database: 'neo4j', pid: running.pid, boltPort,
    home: instanceHome(name), supervisor,
    async stop() {
      await running.stop();
      rmSync(instanceHome(name), { recursive: true, force: true });
    },
  };
}

export function startThrowawayNeo4j(options: ThrowawayOptions, env: NodeJS.ProcessEnv = process.env): Promise<ThrowawayNeo4j> {
  return env.NEO4J_URI ? Promise.resolve(namedByEnvironment(env.NEO4J_URI, env)) : managed(options);
}
