/**
 * npm run backup [-- --out FILE] [--dump]
 * Without --dump: the portable backup, every map and what accounts, history and the directory
 * keep, from any Neo4j (NEO4J_URI, the managed one, or the one a running npm start uses, while it
 * runs). With --dump: neo4j-admin's dump of the managed database, which needs it stopped: it
 * refuses while npm start runs, and stops and restarts a Neo4j started by npm run neo4j:start.
 * Backups are owner-only; by default they go to ATLAS_BACKUP_DIR or .neo4j/backups.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { backupFileName } from '../graph-service/src/backup/format.ts';
import { dumpManaged } from '../graph-service/src/backup/dump.ts';
import { writePortableBackup } from '../graph-service/src/backup/portable.ts';
import { backupDir } from '../graph-service/src/backup/schedule.ts';
import { loadConfig } from '../graph-service/src/config.ts';
import { runtimeDir } from '../graph-service/src/neo4j/runtime.ts';
import { withCommandDatabase } from './database.ts';
import { badArguments, runCommand } from './exitCodes.ts';
import { withStoreStopped } from './managedStore.ts';

const USAGE = 'usage: npm run backup [-- --out FILE] [--dump]\n' +
  '  writes a portable backup of every map (works with any Neo4j, also while npm start runs);\n' +
  '  --dump writes neo4j-admin\'s dump of the managed Neo4j instead (it needs npm start stopped).';

await runCommand(async () => {
  const { values, positionals } = parseArgs({ options: { help: { type: 'boolean', short: 'h' }, out: { type: 'string' }, dump: { type: 'boolean' } }, allowPositionals: true });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (positionals.length > 0) throw badArguments(`backup: unexpected ${positionals.join(' ')}.\n${USAGE}`);
  const config = loadConfig();
  const at = new Date();
  const defaultName = values.dump ? backupFileName(at).replace(/\.atlas-backup\.jsonl\.gz$/, '.dump') : backupFileName(at);
  const out = values.out ? path.resolve(values.out) : path.join(backupDir(config.ATLAS_BACKUP_DIR ?? path.join(runtimeDir(), 'backups')), defaultName);
  if (values.dump) {
    if (config.NEO4J_URI) throw badArguments('backup: --dump works on the managed Neo4j only; with NEO4J_URI set, take the portable backup (without --dump), or use that server\'s own neo4j-admin.');
    await withStoreStopped(config, 'backup --dump', () => dumpManaged(out), (line) => console.error(line));
    console.log(`Wrote ${out} (neo4j-admin dump of the managed database; npm run restore -- ${path.relative(process.cwd(), out)} loads it).`);
    return;
  }
  const counts = await withCommandDatabase((db) => writePortableBackup(db, out, at), config);
  console.log(`Wrote ${out} (${counts.nodes} nodes, ${counts.ties} ties; npm run restore -- ${path.relative(process.cwd(), out)} brings it back).`);
});
