/**
 * npm run backup [-- --out FILE] [--dump]
 * Without --dump: the portable backup, every map and what accounts, history and the directory
 * keep, from any Neo4j (NEO4J_URI, the managed one, or the one a running npm start uses, while it
 * runs). With --dump: neo4j-admin's dump of the managed database, which needs it stopped: it
 * refuses while npm start runs, and stops and restarts a Neo4j started by npm run neo4j:start.
 * Backups are owner-only; by default they go to ATLAS_BACKUP_DIR or .neo4j/backups.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { backupFileName } from '../graph-service/src/backup/format.ts';
import { dumpManaged } from '../graph-service/src/backup/dump.ts';
import { writePortableBackup } from '../graph-service/src/backup/portable.ts';
import { backupDir } from '../graph-service/src/backup/schedule.ts';
import { loadConfig } from '../graph-service/src/config.ts';
import { runtimeDir } from '../graph-service/src/neo4j/runtime.ts';
import { Report, shownPath, userPath } from './commandIo.ts';
import { withCommandDatabase } from './database.ts';
import { badArguments, runCommand } from './exitCodes.ts';
import { withStoreStopped } from './managedStore.ts';

const USAGE = 'usage: npm run backup [-- --out FILE|-] [--dump] [--json]\n' +
  '  writes a portable backup of every map (works with any Neo4j, also while npm start runs);\n' +
  '  FILE is relative to where you run this, - is standard output; --json prints the result as JSON;\n' +
  '  --dump writes neo4j-admin\'s dump of the managed Neo4j instead (it needs npm start stopped).\n' +
  '  Exit codes: 0 done, 2 bad arguments, 69 database unreachable, 75 the store is in use by npm start (--dump).';

await runCommand(async () => {
  const { values, positionals } = parseArgs({ options: { help: { type: 'boolean', short: 'h' }, out: { type: 'string' }, dump: { type: 'boolean' }, json: { type: 'boolean' } }, allowPositionals: true });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (positionals.length > 0) throw badArguments(`backup: unexpected ${positionals.join(' ')}.\n${USAGE}`);
  const toStdout = values.out === '-';
  if (toStdout && (values.dump || values.json)) throw badArguments('backup: standard output takes the portable backup only, without --json; give --out FILE.');
  const report = new Report(values.json ?? false, toStdout);
  const config = loadConfig();
  const at = new Date();
  const defaultName = values.dump ? backupFileName(at).replace(/\.atlas-backup\.jsonl\.gz$/, '.dump') : backupFileName(at);
  // Standard output gets the backup written to a private temporary file first (the writer needs a file).
  const scratch = toStdout ? mkdtempSync(path.join(tmpdir(), 'atlas-backup-')) : undefined;
  const out = scratch ? path.join(scratch, backupFileName(at)) : values.out ? userPath(values.out) : path.join(backupDir(config.ATLAS_BACKUP_DIR ?? path.join(runtimeDir(), 'backups')), defaultName);
  if (values.dump) {
    if (config.NEO4J_URI) throw badArguments('backup: --dump works on the managed Neo4j only; with NEO4J_URI set, take the portable backup (without --dump), or use that server\'s own neo4j-admin.');
    await withStoreStopped(config, 'backup --dump', () => dumpManaged(out), (line) => console.error(line));
    report.line(`Wrote ${out} (neo4j-admin dump of the managed database; npm run restore -- ${shownPath(out)} loads it).`);
    report.set({ file: out, kind: 'dump' });
    report.done();
    return;
  }
  try {
    const counts = await withCommandDatabase((db) => writePortableBackup(db, out, at), config);
    if (scratch) process.stdout.write(readFileSync(out));
    report.line(`Wrote ${scratch ? 'standard output' : out} (${counts.nodes} nodes, ${counts.ties} ties; npm run restore -- ${scratch ? '-' : shownPath(out)} brings it back).`);
    report.set({ file: scratch ? '-' : out, kind: 'portable', nodes: counts.nodes, ties: counts.ties });
    report.done();
  } finally {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
});
