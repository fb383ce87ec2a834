/**
 * npm run restore -- FILE [--force]
 * Brings back a backup: a portable one (npm run backup) replaces every Atlas record of the
 * database in one transaction, and works with any Neo4j, also while npm start runs; a dump
 * (npm run backup -- --dump) is loaded into the managed Neo4j with neo4j-admin, which needs npm
 * start stopped. A database that holds maps is replaced only with --force. Sessions end: everyone signs in again.
 */
import { closeSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { hasManagedStore, loadManaged, looksLikeDump } from '../graph-service/src/backup/dump.ts';
import { BackupFormatError } from '../graph-service/src/backup/format.ts';
import { readPortableBackup, restorePortableBackup, type PortableBackup } from '../graph-service/src/backup/portable.ts';
import { loadConfig } from '../graph-service/src/config.ts';
import { mainInstanceOptions, prepareInstance } from '../graph-service/src/neo4j/runtime.ts';
import { surveyStore } from '../seed/loader.ts';
import { Report, userPath } from './commandIo.ts';
import { withCommandDatabase } from './database.ts';
import { badArguments, CommandError, EXIT, invalidFile, runCommand } from './exitCodes.ts';
import { withStoreStopped } from './managedStore.ts';

const USAGE = 'usage: npm run restore -- FILE [--force] [--json]\n' +
  '  FILE is a portable backup (.atlas-backup.jsonl.gz) or a dump (.dump) written by npm run backup,\n' +
  '  relative to where you run this (- reads a portable backup from standard input);\n' +
  '  --force replaces a database that already holds maps (a restore replaces every map); --json prints the result as JSON.\n' +
  '  Exit codes: 0 done, 1 refused (maps there, no --force), 2 bad arguments, 65 not a backup, 69 database unreachable, 75 the store is in use (a dump).';

function firstBytes(file: string): Buffer {
  try {
    const fd = openSync(file, 'r');
    try {
      const head = Buffer.alloc(8);
      return head.subarray(0, readSync(fd, head, 0, 8, 0));
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    throw invalidFile(`restore: cannot read ${file}: ${(error as Error).message}`);
  }
}

const GZIP = (head: Buffer) => head[0] === 0x1f && head[1] === 0x8b;

await runCommand(async () => {
  const { values, positionals } = parseArgs({ options: { help: { type: 'boolean', short: 'h' }, force: { type: 'boolean' }, json: { type: 'boolean' } }, allowPositionals: true });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (positionals.length !== 1) throw badArguments(USAGE);
  // Standard input is kept in a private temporary file: the backup is read twice (its first bytes, then whole).
  const scratch = positionals[0] === '-' ? mkdtempSync(path.join(tmpdir(), 'atlas-restore-')) : undefined;
  if (scratch) {
    writeFileSync(path.join(scratch, 'backup'), readFileSync(0), { mode: 0o600 });
    process.once('exit', () => rmSync(scratch, { recursive: true, force: true }));
  }
  const file = scratch ? path.join(scratch, 'backup') : userPath(positionals[0]);
  const report = new Report(values.json ?? false);
  const head = firstBytes(file);
  const config = loadConfig();
  if (looksLikeDump(head)) {
    if (config.NEO4J_URI) throw badArguments('restore: a dump loads into the managed Neo4j only; with NEO4J_URI set, restore a portable backup, or use that server\'s own neo4j-admin.');
    if (hasManagedStore() && !values.force) throw new CommandError(EXIT.failed, 'restore: loading a dump replaces the managed database and everything in it: run again with --force to do that.');
    await withStoreStopped(config, 'restore', () => {
      prepareInstance(mainInstanceOptions(config));
      loadManaged(file);
    }, (line) => console.error(line));
    report.line(`Loaded ${positionals[0]} into the managed database; npm start opens it.`);
    report.set({ kind: 'dump' });
    report.done();
    return;
  }
  if (!GZIP(head)) throw invalidFile(`restore: ${positionals[0]} is neither a portable backup nor a dump written by npm run backup.`);
  // Read and checked before the database is opened: a damaged file changes nothing and starts nothing.
  let backup: PortableBackup;
  try {
    backup = await readPortableBackup(file);
  } catch (error) {
    if (error instanceof BackupFormatError) throw invalidFile(`restore: ${error.message.replace(/^backup: /, '')} Nothing was changed.`);
    throw error;
  }
  await withCommandDatabase(async (db) => {
    const survey = await surveyStore(db.driver, db.database);
    if (survey.mapNodes > 0 && !values.force) {
      throw new CommandError(EXIT.failed, `restore: the database holds ${survey.mapNodes} map record(s); a restore replaces every map with the backup's: run again with --force to do that.`);
    }
    const done = await restorePortableBackup(db, backup);
    report.line(`Restored the backup of ${done.createdAt}: ${done.nodes} nodes and ${done.ties} ties (replacing ${done.replaced} records). Everyone signs in again.`);
    report.set({ kind: 'portable', ...done });
  }, config);
  report.done();
});
