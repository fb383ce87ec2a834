/**
 * The managed Neo4j's store is readable by its owner only: every folder under an instance (data,
 * logs, conf, the auth files, the generated password) 0700, every file 0600. Checked and fixed at
 * each start before the JVM runs, and the JVM itself runs with umask 077 (runtime.ts), so what it
 * writes later is born private. Symbolic links are left alone (their targets are not ours to change).
 */
import { chmodSync, existsSync, lstatSync, readdirSync } from 'node:fs';
import path from 'node:path';

export const PRIVATE_DIR = 0o700;
export const PRIVATE_FILE = 0o600;

/** Paths (relative to `root`) whose mode was wider than owner-only, fixed now. */
export function makePrivate(root: string): string[] {
  const fixed: string[] = [];
  const visit = (full: string) => {
    const stat = lstatSync(full);
    if (stat.isSymbolicLink()) return;
    const wanted = stat.isDirectory() ? PRIVATE_DIR : PRIVATE_FILE;
    if ((stat.mode & 0o777) !== wanted) {
      chmodSync(full, wanted);
      fixed.push(path.relative(root, full) || '.');
    }
    if (stat.isDirectory()) for (const entry of readdirSync(full)) visit(path.join(full, entry));
  };
  if (existsSync(root)) visit(root);
  return fixed;
}

/** Paths under `root` that others than the owner can read, write or enter (for checks and tests). */
export function notPrivate(root: string): string[] {
  const found: string[] = [];
  const visit = (full: string) => {
    const stat = lstatSync(full);
    if (stat.isSymbolicLink()) return;
    if ((stat.mode & 0o077) !== 0) found.push(path.relative(root, full) || '.');
    if (stat.isDirectory()) for (const entry of readdirSync(full)) visit(path.join(full, entry));
  };
  if (existsSync(root)) visit(root);
  return found;
}
