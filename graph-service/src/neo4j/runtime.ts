/**
 * The Neo4j Community server the project runs itself when NEO4J_URI is unset:
 * fetched once from Maven Central with Maven, configured, started as a child JVM
 * that dies with its parent, and stopped cleanly.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync, openSync, closeSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';
import { makePrivate, PRIVATE_DIR } from './permissions.ts';

export const NEO4J_VERSION = '5.26.16';
const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const RUNTIME_SOURCES = path.join(REPO_ROOT, 'graph-service/neo4j-runtime');

export class Neo4jRuntimeError extends Error {
  constructor(message: string) {
    super(`neo4j-runtime: ${message}`);
    this.name = 'Neo4jRuntimeError';
  }
}

export interface InstanceOptions {
  /** Folder name under .neo4j/instances: "main" for npm start, "test" for npm test. */
  name: string;
  boltPort: number;
  heap: string;
  pageCache: string;
  /** More neo4j.conf lines (the disk-full bench: no preallocated transaction logs on a small disk). */
  extraConf?: readonly string[];
}

/** The instance npm start and npm run neo4j:start share, sized by the config. */
export function mainInstanceOptions(config: { NEO4J_BOLT_PORT: number; NEO4J_HEAP: string; NEO4J_PAGECACHE: string }): InstanceOptions {
  return { name: 'main', boltPort: config.NEO4J_BOLT_PORT, heap: config.NEO4J_HEAP, pageCache: config.NEO4J_PAGECACHE };
}

export interface RunningNeo4j {
  uri: string;
  username: string;
  password: string;
  pid: number;
  /** Resolves when the JVM exits, however it exits (a crash, a kill, stop()). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves once the JVM has exited. */
  stop(): Promise<void>;
}

export function runtimeDir(): string {
  return process.env.ATLAS_NEO4J_DIR ?? path.join(REPO_ROOT, '.neo4j');
}
const libDir = () => path.join(runtimeDir(), 'lib');
const launcherDir = () => path.join(runtimeDir(), 'launcher');
export const instanceHome = (name: string) => path.join(runtimeDir(), 'instances', name);

function javaMajorVersion(): number {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error) throw new Neo4jRuntimeError('Java is not installed: install Java 17 (Debian: apt-get install openjdk-17-jdk-headless).');
  const match = /version "(\d+)(?:\.(\d+))?/.exec(result.stderr + result.stdout);
  if (!match) throw new Neo4jRuntimeError(`could not read the Java version from "java -version": ${result.stderr.trim()}`);
  const major = Number(match[1]) === 1 ? Number(match[2]) : Number(match[1]);
  return major;
}

function requireJava(): void {
  const major = javaMajorVersion();
  if (major < 17) throw new Neo4jRuntimeError(`Java ${major} found, Neo4j 5.26 needs Java 17 or newer: install openjdk-17-jdk-headless.`);
}

function requireTools(): void {
  requireJava();
  if (spawnSync('javac', ['-version']).error) throw new Neo4jRuntimeError('javac is missing: install a Java 17 JDK (Debian: apt-get install openjdk-17-jdk-headless).');
  if (spawnSync('mvn', ['-v']).error) throw new Neo4jRuntimeError('Maven is not installed: install it (Debian: apt-get install maven) so Neo4j can be fetched.');
}

export function isFetched(): boolean {
  const marker = path.join(libDir(), '.complete');
  return existsSync(marker) && readFileSync(marker, 'utf8').trim() === NEO4J_VERSION &&
    existsSync(path.join(launcherDir(), 'AtlasNeo4jLauncher.class'));
}

/** Fetches Neo4j's jars with Maven (once) and compiles the parent-watching launcher. */
export function fetchNeo4j(log: (line: string) => void = () => {}): void {
  if (isFetched()) return;
  requireTools();
  log(`Fetching Neo4j Community ${NEO4J_VERSION} with Maven (once)...`);
  mkdirSync(libDir(), { recursive: true });
  const mvn = spawnSync('mvn', ['-B', '-q', '-f', path.join(RUNTIME_SOURCES, 'pom.xml'),
    'dependency:copy-dependencies', `-DoutputDirectory=${libDir()}`], { encoding: 'utf8' });
  if (mvn.status !== 0) {
    const output = `${mvn.stdout}\n${mvn.stderr}`;
    if (/UnknownHost|Could not transfer|Connection refused|timed out|Network is unreachable/i.test(output)) {
      throw new Neo4jRuntimeError('Maven could not reach the Maven Central registry: check the network or a proxy in ~/.m2/settings.xml, or set NEO4J_URI to use another Neo4j.');
    }
    throw new Neo4jRuntimeError(`Maven failed to fetch Neo4j: ${output.trim().split('\n').slice(-3).join(' ')}`);
  }
  mkdirSync(launcherDir(), { recursive: true });
  const javac = spawnSync('javac', ['-d', launcherDir(), path.join(RUNTIME_SOURCES, 'AtlasNeo4jLauncher.java')], { encoding: 'utf8' });
  if (javac.status !== 0) throw new Neo4jRuntimeError(`could not compile the launcher: ${javac.stderr.trim()}`);
  writeFileSync(path.join(libDir(), '.complete'), NEO4J_VERSION);
}

function neo4jConf(options: InstanceOptions): string {
  return [
    '# Written by Alliance Atlas at every start; edit graph-service/src/neo4j/runtime.ts instead.',
    `server.bolt.listen_address=127.0.0.1:${options.boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${options.boltPort}`,
    'server.default_listen_address=127.0.0.1',
    'server.http.enabled=false',
    'server.https.enabled=false',
    'dbms.usage_report.enabled=false',
    'dbms.security.auth_enabled=true',
    `server.memory.heap.initial_size=${options.heap}`,
    `server.memory.heap.max_size=${options.heap}`,
    `server.memory.pagecache.size=${options.pageCache}`,
    // Keeps transaction logs small: this is a desktop-sized database.
    'db.tx_log.rotation.retention_policy=2 files',
    ...(options.extraConf ?? []),
    '',
  ].join('\n');
}

/** Writes the config and, the first time, the generated password (kept beside the data). */
export function prepareInstance(options: InstanceOptions): { home: string; password: string } {
  const home = instanceHome(options.name);
  mkdirSync(path.join(runtimeDir(), 'instances'), { recursive: true, mode: PRIVATE_DIR });
  mkdirSync(path.join(home, 'conf'), { recursive: true, mode: PRIVATE_DIR });
  mkdirSync(path.join(home, 'logs'), { recursive: true, mode: PRIVATE_DIR });
  writeFileSync(path.join(home, 'conf/neo4j.conf'), neo4jConf(options), { mode: 0o600 });
  const passwordFile = path.join(home, 'password');
  if (!existsSync(passwordFile)) {
    // A fixed start: a base64url password can begin with '-', which AdminTool would read as an option.
    const password = `atlas-${randomBytes(18).toString('base64url')}`;
    const admin = spawnSync('java', ['-cp', `${libDir()}/*`, 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', password], {
      encoding: 'utf8', env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: path.join(home, 'conf') },
    });
    if (admin.status !== 0) throw new Neo4jRuntimeError(`could not set the initial password: ${admin.stderr.trim() || admin.stdout.trim()}`);
    writeFileSync(passwordFile, password, { mode: 0o600 });
  }
  // Owner only, whatever an older version, a restore or a umask left: the store, its logs, the auth files, the password.
  makePrivate(path.join(runtimeDir(), 'instances'));
  return { home, password: readFileSync(passwordFile, 'utf8').trim() };
}

export function portIsFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

/** The flags Neo4j's own launcher passes to the JVM. */
function jvmArgs(options: InstanceOptions): string[] {
  return [
    `-Xms${options.heap}`, `-Xmx${options.heap}`,
    '-XX:+UseG1GC', '-XX:-OmitStackTraceInFastThrow', '-XX:+UnlockExperimentalVMOptions',
    '-XX:+TrustFinalNonStaticFields', '-XX:+DisableExplicitGC', '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true', '-Djdk.tls.ephemeralDHKeySize=2048',
    '-Djdk.tls.rejectClientInitiatedRenegotiation=true', '-Dlog4j2.disable.jmx=true', '-Dfile.encoding=UTF-8',
    '--add-opens=java.base/java.nio=ALL-UNNAMED', '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED', '--add-opens=java.base/java.lang=ALL-UNNAMED',
    '--enable-native-access=ALL-UNNAMED',
  ];
}

function logTail(home: string, lines = 15): string {
  const file = path.join(home, 'logs/console.log');
  if (!existsSync(file)) return '(no log)';
  return readFileSync(file, 'utf8').trim().split('\n').slice(-lines).join('\n');
}

export async function waitForBolt(uri: string, username: string, password: string, timeoutMs: number, isAlive: () => boolean = () => true): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline && isAlive()) {
    const driver = neo4j.driver(uri, neo4j.auth.basic(username, password), { connectionTimeout: 2000 });
    try {
      await driver.verifyConnectivity();
      return;
    } catch (error) {
      lastError = error;
      if ((error as { code?: string }).code === 'Neo.ClientError.Security.Unauthorized') throw error;
    } finally {
      await driver.close();
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  if (!isAlive()) throw new Neo4jRuntimeError('Neo4j exited during start-up');
  throw new Neo4jRuntimeError(`Bolt did not answer at ${uri} within ${timeoutMs / 1000}s: ${(lastError as Error)?.message}`);
}

/**
 * Starts the instance. Attached (the default), the JVM exits when this process exits,
 * however it exits. Detached, it runs on its own and run.json records its pid.
 */
export async function startNeo4j(options: InstanceOptions & { detached?: boolean; log?: (line: string) => void }): Promise<RunningNeo4j> {
  fetchNeo4j(options.log);
  // Fetched once, on a machine that had Java then: check it is still there before using it.
  requireJava();
  if (!(await portIsFree(options.boltPort))) {
    throw new Neo4jRuntimeError(`port ${options.boltPort} is taken: stop whatever uses it (npm run neo4j:status), or set NEO4J_BOLT_PORT to a free port.`);
  }
  const { home, password } = prepareInstance(options);
  // Appended to, so a restart after a crash keeps the crash's last lines.
  const consoleLog = openSync(path.join(home, 'logs/console.log'), 'a', 0o600);
  const args = [
    ...jvmArgs(options), '-cp', `${launcherDir()}:${libDir()}/*`, 'AtlasNeo4jLauncher',
    ...(options.detached ? [] : ['--watch-stdin']),
    `--home-dir=${home}`, `--config-dir=${path.join(home, 'conf')}`, '--console-mode',
  ];
  // Through sh only to set umask 077 (files Neo4j creates are the owner's only); exec keeps the JVM's pid.
  const child: ChildProcess = spawn('/bin/sh', ['-c', 'umask 077 && exec java "$@"', 'java', ...args], {
    stdio: [options.detached ? 'ignore' : 'pipe', consoleLog, consoleLog],
    detached: options.detached ?? false,
    env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: path.join(home, 'conf') },
  });
  closeSync(consoleLog);
  let exited = false;
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => { exited = true; resolve({ code, signal }); }));
  const uri = `bolt://127.0.0.1:${options.boltPort}`;
  try {
    await waitForBolt(uri, 'neo4j', password, 120_000, () => !exited);
  } catch (error) {
    child.kill('SIGKILL');
    await exit;
    throw new Neo4jRuntimeError(`Neo4j failed to start (${(error as Error).message}). Last lines of ${path.join(home, 'logs/console.log')}:\n${logTail(home)}`);
  }
  if (options.detached) {
    writeFileSync(path.join(home, 'run.json'), JSON.stringify({ pid: child.pid, boltPort: options.boltPort }));
    child.unref();
  }
  return {
    uri, username: 'neo4j', password, pid: child.pid ?? -1, exited: exit,
    async stop() {
      if (exited) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exit;
      clearTimeout(timer);
    },
  };
}

/** The detached instance recorded in run.json, if its process is still alive. */
export function detachedInstance(name: string): { pid: number; boltPort: number } | undefined {
  const file = path.join(instanceHome(name), 'run.json');
  if (!existsSync(file)) return undefined;
  const run = JSON.parse(readFileSync(file, 'utf8')) as { pid: number; boltPort: number };
  try {
    process.kill(run.pid, 0);
    return run;
  } catch {
    return undefined;
  }
}

export function instancePassword(name: string): string | undefined {
  const file = path.join(instanceHome(name), 'password');
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined;
}
