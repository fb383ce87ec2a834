import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { instanceHome, startNeo4j } from '../../graph-service/src/neo4j/runtime.ts';

function occupyFreePort(): Promise<net.Server> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

/** True while the process runs; a zombie (exited, not yet reaped) counts as gone. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const stat = existsSync(`/proc/${pid}/stat`) ? readFileSync(`/proc/${pid}/stat`, 'utf8') : '';
  return !/\) Z /.test(stat);
}

async function waitUntilGone(pid: number, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (alive(pid) && Date.now() - started < timeoutMs) await new Promise((r) => setTimeout(r, 200));
  return Date.now() - started;
}

/** Starts Neo4j from a child node process and returns both pids once Bolt answers. */
async function startInChild(name: string): Promise<{ nodePid: number; javaPid: number; exited: Promise<boolean> }> {
  rmSync(instanceHome(name), { recursive: true, force: true });
  const server = await occupyFreePort();
  const port = (server.address() as net.AddressInfo).port;
  await new Promise((r) => server.close(r));
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/attachedNeo4jChild.ts', name, String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const line = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve(out.split('\n')[0]);
    });
    child.once('exit', (code) => reject(new Error(`child exited with ${code} before Neo4j was up`)));
  });
  // A child that has exited stays a zombie (still 'alive' to kill -0) until Node reaps it; its exit event is the truth.
  const exited = new Promise<boolean>((resolve) => child.once('exit', () => resolve(true)));
  return { nodePid: child.pid!, javaPid: JSON.parse(line).javaPid, exited };
}

describe('the managed Neo4j process', () => {
  it('says clearly when the Bolt port is taken', async () => {
    const server = await occupyFreePort();
    const port = (server.address() as net.AddressInfo).port;
    try {
      await expect(startNeo4j({ name: 'port-taken', boltPort: port, heap: '256m', pageCache: '32m' }))
        .rejects.toThrow(new RegExp(`port ${port} is taken.*NEO4J_BOLT_PORT`));
    } finally {
      server.close();
    }
  });

  it('stops the JVM when its parent is killed outright (no orphan java process)', async () => {
    const { nodePid, javaPid } = await startInChild('orphan-kill');
    expect(alive(javaPid)).toBe(true);
    process.kill(nodePid, 'SIGKILL');
    const took = await waitUntilGone(javaPid, 45_000);
    expect(alive(javaPid), `java ${javaPid} still alive ${took}ms after its parent was killed`).toBe(false);
  }, 120_000);

  it('stops the JVM when its parent gets Ctrl-C', async () => {
    const { nodePid, javaPid, exited } = await startInChild('orphan-sigint');
    process.kill(nodePid, 'SIGINT');
    await waitUntilGone(javaPid, 45_000);
    expect(alive(javaPid)).toBe(false);
    const parentExited = await Promise.race([exited, new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 15_000))]);
    expect(parentExited, `node ${nodePid} did not exit after Ctrl-C`).toBe(true);
  }, 120_000);
});
