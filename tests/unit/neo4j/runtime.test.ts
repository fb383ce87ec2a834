/** What the managed Neo4j says on a machine that cannot run it: a sentence that names the fix. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startNeo4j } from '../../../graph-service/src/neo4j/runtime.ts';
import { freePort } from '../../../graph-service/src/neo4j/throwaway.ts';

describe('starting Neo4j without Java', () => {
  const saved = process.env.PATH;
  let empty: string;
  beforeEach(() => {
    // A PATH with nothing on it: no java, javac or mvn, whether or not Neo4j was fetched before.
    empty = mkdtempSync(path.join(tmpdir(), 'atlas-no-java-'));
    process.env.PATH = empty;
  });
  afterEach(() => {
    process.env.PATH = saved;
    rmSync(empty, { recursive: true, force: true });
  });

  it('says Java is missing and how to install it', async () => {
    const boltPort = await freePort();
    await expect(startNeo4j({ name: `no-java-${process.pid}`, boltPort, heap: '256m', pageCache: '16m' }))
      .rejects.toThrow(/neo4j-runtime: Java is not installed: install Java 17/);
  });
});
