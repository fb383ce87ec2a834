/**
 * npm run seed [-- --force] [--map ID ...]: loads the seed's maps (seed/maps.yaml, seed/data).
 * A map that was never seeded and is absent or empty is seeded; a map that holds data is left
 * alone unless --force, and even then what users changed or deleted stays as they left it; a
 * map a user deleted stays deleted unless named with --map and --force. A database that holds
 * others' data (NEO4J_URI) gets nothing without --force. A second run changes nothing.
 */
import { parseArgs } from 'node:util';
import { migrateToMaps } from '../graph-service/src/migrations/toMaps.ts';
import { applySchema } from '../graph-service/src/repositories/schemaRepository.ts';
import { readSeed } from '../seed/dataset.ts';
import { foreignData, seedStore, surveyStore, type SeedMapReport } from '../seed/loader.ts';
import { Report } from './commandIo.ts';
import { withCommandDatabase } from './database.ts';
import { badArguments, CommandError, EXIT, invalidFile, runCommand } from './exitCodes.ts';

const USAGE = 'usage: npm run seed [-- --force] [--map ID ...] [--json]\n' +
  '  seeds the demo maps that were never seeded; --force also updates maps that hold data (keeping what users changed or deleted)\n' +
  '  and writes beside data that is not Atlas\'s; --map ID (repeatable) limits the run to those maps, and with --force seeds a deleted map again.\n' +
  '  A database that holds nodes that are not Atlas\'s (NEO4J_URI) gets nothing without --force. --json prints the outcome as JSON.\n' +
  '  Exit codes: 0 done, 1 refused (others\' data, no --force), 2 bad arguments, 65 the seed documents are broken, 69 database unreachable.';

const listed = (ids: string[], limit = 8) => `${ids.slice(0, limit).join(', ')}${ids.length > limit ? ` and ${ids.length - limit} more` : ''}`;

function describe(report: SeedMapReport): string[] {
  const lines: string[] = [];
  if (report.kept.length) lines.push(`    kept ${report.kept.length} record(s) users changed since the seed wrote them (the seed's newer content left out): ${listed(report.kept)}`);
  if (report.notRestored.length) lines.push(`    did not bring back ${report.notRestored.length} record(s) users deleted or merged away: ${listed(report.notRestored)}`);
  if (report.redrawn.length) lines.push(`    drew ${report.redrawn.length} new tie(s) to the organisation their end was merged into: ${listed(report.redrawn)}`);
  if (report.endGone.length) lines.push(`    left out ${report.endGone.length} new tie(s) whose end users deleted: ${listed(report.endGone)}`);
  return lines;
}

await runCommand(async () => {
  const { values } = parseArgs({ options: { help: { type: 'boolean', short: 'h' }, force: { type: 'boolean' }, map: { type: 'string', multiple: true }, json: { type: 'boolean' } } });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  let dataset: ReturnType<typeof readSeed>;
  try {
    dataset = readSeed();
  } catch (error) {
    throw invalidFile((error as Error).message);
  }
  const unknown = (values.map ?? []).filter((id) => !dataset.maps.some((m) => m.id === id));
  if (unknown.length) throw badArguments(`seed: the seed has no map ${unknown.join(', ')}; its maps are ${dataset.maps.map((m) => m.id).join(', ')}.\n${USAGE}`);
  const report = new Report(values.json ?? false);
  await withCommandDatabase(async (db) => {
    const survey = await surveyStore(db.driver, db.database);
    if (survey.foreignNodes > 0 && !values.force) throw new CommandError(EXIT.failed, `seed: ${foreignData(survey)} Run npm run seed -- --force to write the demo maps beside it.`);
    // A database from before maps is moved into maps first, as at start-up (after the check, so nobody else's database gets our schema).
    await applySchema(db.driver, db.database);
    await migrateToMaps(db.driver, db.database, { documentMaps: dataset.maps, log: (line) => report.line(line) });
    const outcome = await seedStore(db.driver, db.database, dataset, { force: values.force, maps: values.map });
    if ('refused' in outcome) throw new CommandError(EXIT.failed, `seed: ${outcome.refused}`);
    for (const skipped of outcome.skipped) report.line(`  ${skipped.map}: left alone: ${skipped.reason}.`);
    for (const mapReport of outcome.reports) {
      const lines = describe(mapReport);
      if (lines.length) report.line(`  ${mapReport.map}:\n${lines.join('\n')}`);
    }
    report.line(`Seed: ${outcome.mapsWritten} map record(s), ${outcome.nodesWritten} nodes and ${outcome.tiesWritten} ties written (${outcome.propertiesSet} properties set).`);
    report.set({ ...outcome });
  });
  report.done();
});
