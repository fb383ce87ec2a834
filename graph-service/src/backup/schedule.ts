/**
 * Scheduled portable backups in the running service (ATLAS_BACKUP_EVERY, ATLAS_BACKUP_KEEP,
 * ATLAS_BACKUP_DIR): one every period into an owner-only folder, the newest KEEP kept, older ones
 * of ours removed (other files in the folder are left alone). A failed backup is logged and the
 * next one tried at its time; it never stops the service.
 */
import { chmodSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { PERIOD_PATTERN } from '../config.ts';
import type { Database } from '../db/connection.ts';
import { BACKUP_SUFFIX, backupFileName } from './format.ts';
import { writePortableBackup, type BackupCounts } from './portable.ts';

const UNITS = { m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

export function periodMs(period: string): number {
  const match = new RegExp(PERIOD_PATTERN).exec(period) && /^(\d+)(\w)$/.exec(period);
  if (!match) throw new Error(`backup: a period is a number and m, h or d, e.g. 24h (got "${period}")`);
  return Number(match[1]) * UNITS[match[2] as keyof typeof UNITS];
}

/** Makes the folder (owner-only, also when it already existed). */
export function backupDir(dir: string): string {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  return dir;
}

/** One backup into `dir` (written under a temporary name, so a half-written file is never taken for a backup), then the oldest beyond `keep` removed. */
export async function backupInto(db: Database, dir: string, keep: number, now = new Date()): Promise<{ file: string; removed: string[] } & BackupCounts> {
  backupDir(dir);
  const file = path.join(dir, backupFileName(now));
  const partial = `${file}.partial`;
  try {
    const counts = await writePortableBackup(db, partial, now);
    renameSync(partial, file);
    return { file, removed: prune(dir, keep), ...counts };
  } finally {
    rmSync(partial, { force: true });
  }
}

/** Removes all but the newest `keep` of our backups in `dir`; answers the names removed. */
export function prune(dir: string, keep: number): string[] {
  const ours = readdirSync(dir).filter((name) => name.startsWith('atlas-') && name.endsWith(BACKUP_SUFFIX)).sort();
  const removed = ours.slice(0, Math.max(0, ours.length - keep));
  for (const name of removed) rmSync(path.join(dir, name), { force: true });
  return removed;
}

export interface Schedule {
  stop(): void;
}

export function scheduleBackups(db: Database, options: { every: string; keep: number; dir: string; log: (line: string) => void }): Schedule {
  const every = periodMs(options.every);
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const done = await backupInto(db, options.dir, options.keep);
      options.log(`Backup written: ${done.file} (${done.nodes} nodes, ${done.ties} ties)${done.removed.length ? `; removed ${done.removed.length} older` : ''}.`);
    } catch (error) {
      options.log(`Backup failed (next try in ${options.every}): ${(error as Error).message}`);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), every);
  timer.unref();
  options.log(`Backups every ${options.every} into ${options.dir}, keeping the newest ${options.keep}.`);
  return { stop: () => clearInterval(timer) };
}
