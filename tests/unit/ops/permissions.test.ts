import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makePrivate, notPrivate } from '../../../graph-service/src/neo4j/permissions.ts';

const made: string[] = [];
afterEach(() => { for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true }); });

describe('owner-only store files', () => {
  it('makes every folder 0700 and every file 0600, leaves links alone, and says what it fixed', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'atlas-perm-'));
    made.push(root);
    mkdirSync(path.join(root, 'data/dbms'), { recursive: true, mode: 0o755 });
    writeFileSync(path.join(root, 'data/dbms/auth.ini'), 'neo4j:SHA-256,…', { mode: 0o644 });
    writeFileSync(path.join(root, 'password'), 'secret', { mode: 0o600 });
    chmodSync(root, 0o755);
    const outside = path.join(os.tmpdir(), `atlas-perm-outside-${process.pid}`);
    writeFileSync(outside, 'not ours', { mode: 0o644 });
    made.push(outside);
    symlinkSync(outside, path.join(root, 'link'));

    expect(notPrivate(root).sort()).toEqual(['.', 'data', 'data/dbms', 'data/dbms/auth.ini']);
    expect(makePrivate(root).sort()).toEqual(['.', 'data', 'data/dbms', 'data/dbms/auth.ini']);
    expect(notPrivate(root)).toEqual([]);
    expect(statSync(path.join(root, 'data/dbms')).mode & 0o777).toBe(0o700);
    expect(statSync(path.join(root, 'data/dbms/auth.ini')).mode & 0o777).toBe(0o600);
    expect(statSync(outside).mode & 0o777).toBe(0o644);
    expect(makePrivate(root)).toEqual([]);
  });
});
