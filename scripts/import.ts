/**
 * npm run import -- [--map ID | --new-map TITLE] FILE [--connections FILE2] [--dry-run] [--node-type T] [--tie-type T] [--source TEXT] [--mapping JSON] [--all] [--json] [--skip-rejected [--rejected-out FILE]]
 * Plans the import row by row (printed), then commits it in one transaction, unless --dry-run or
 * a row is rejected (then nothing is written and the reasons are printed). `--map` imports into
 * that map; otherwise the import makes a new map, titled by --new-map or after the file, so a
 * plain network never lands in a map it does not belong to. FILE `-` is standard input.
 * `--skip-rejected` writes the valid rows (still in one transaction) and the rejected ones, with a
 * reason column, to --rejected-out (default FILE's name + ".rejected.csv" where it is run).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { applySchema } from '../graph-service/src/repositories/schemaRepository.ts';
import type { ImportPlan, PlanRow } from '../graph-service/src/interchange/plan/types.ts';
import type { ImportFile } from '../graph-service/src/interchange/read.ts';
import { mapTitleFromFileName } from '../graph-service/src/interchange/fileTitle.ts';
import { MAP_ID, MAP_TITLE_LENGTH } from '../graph-service/src/model/maps.ts';
import { isNodeLabel, isTieType } from '../graph-service/src/model/model.ts';
import { ImportRejectedError, MapArchivedError } from '../graph-service/src/errors.ts';
import type { Database } from '../graph-service/src/db/connection.ts';
import { MapRepository } from '../graph-service/src/repositories/mapRepository.ts';
import { ImportService, type CommitResult, type ImportOptions, type NewMap } from '../graph-service/src/services/importService.ts';
import { readInput, Report, withProgress, workingDirectory } from './commandIo.ts';
import { withCommandDatabase } from './database.ts';
import { badArguments, CommandError, EXIT, invalidFile, runCommand } from './exitCodes.ts';

const USAGE = `usage: npm run import -- [--map ID | --new-map "Title"] FILE [--connections FILE2] [--dry-run] [--node-type Organisation] [--tie-type CONNECTED_WITH] [--source TEXT] [--mapping JSON] [--all] [--json] [--skip-rejected [--rejected-out FILE]]
  plans the import row by row, then writes it in one transaction (nothing when a row is rejected, or with --dry-run).
  FILE (csv, xlsx, gexf, graphml or json) is relative to where you run this; - reads standard input (then name the map).
  --skip-rejected writes the valid rows and puts the rejected ones, with their reasons, in --rejected-out (a CSV).
  --json prints the plan's summary and what was written as JSON; progress goes to standard error.
  Exit codes: 0 done, 1 refused (a rejected row, no such map), 2 bad arguments, 65 a file that cannot be read, 69 database unreachable.`;

/** Where the import goes: an existing map by id, or a new map with a title. */
type Target = { map: string } | { newMap: NewMap };

function targetOf(map: string | undefined, newMapTitle: string | undefined, fileName: string): Target {
  if (map !== undefined && newMapTitle !== undefined) throw badArguments('import: give --map (an existing map) or --new-map (a new one), not both.');
  if (map !== undefined) {
    if (!MAP_ID.test(map)) throw badArguments(`import: --map takes a map id such as battersea-alliance (lower case, digits and hyphens); got "${map}".`);
    return { map };
  }
  const title = (newMapTitle ?? mapTitleFromFileName(fileName)).trim();
  if (!title || title.length > MAP_TITLE_LENGTH) throw badArguments(`import: --new-map takes a title of 1 to ${MAP_TITLE_LENGTH} characters.`);
  return { newMap: { title } };
}

/** Refuses, before any planning, a map that does not exist or is archived. */
async function checkMap(db: Database, id: string): Promise<void> {
  const found = await new MapRepository(db.driver, db.database).find(id);
  if (!found) throw new CommandError(EXIT.failed, `import: there is no map "${id}". Check the id (it is the last part of the map's address, /maps/<id>), or use --new-map "Title" to make a new map.`);
  if (found.archived) throw new MapArchivedError(found.title);
}

function describeRow(row: PlanRow): string {
  const what = row.record === 'element' ? `${row.type ?? '?'} "${row.name ?? ''}"${row.id ? ` (${row.id})` : ''}` : `${row.type ?? '?'} ${row.from ?? '?'} → ${row.to ?? '?'}`;
  const extra = [
    row.into ? `into ${row.into.name} (${row.into.id})` : '',
    row.changes?.length ? `sets ${row.changes.join(', ')}` : '',
    ...row.reasons, ...row.notes,
  ].filter(Boolean).join('; ');
  return `  ${row.origin} line ${row.line}: ${row.outcome.padEnd(9)} ${what}${extra ? ` — ${extra}` : ''}`;
}

function printPlan(report: Report, plan: ImportPlan, all: boolean): void {
  for (const kind of ['elements', 'connections'] as const) {
    const counts = Object.entries(plan.summary[kind]).filter(([, n]) => n > 0).map(([o, n]) => `${n} ${o}`).join(', ');
    report.line(`${kind}: ${counts || 'none'}`);
  }
  for (const problem of plan.problems) report.line(`problem: ${problem}`);
  for (const note of plan.notes) report.line(`note: ${note}`);
  const shown = all ? plan.rows : plan.rows.filter((r) => r.outcome !== 'unchanged' && r.outcome !== 'created' && r.outcome !== 'updated');
  if (shown.length > 0) report.line(all ? 'Rows:' : 'Rows to look at (merged or rejected; --all lists every row):');
  for (const row of shown.slice(0, all ? Infinity : 200)) report.line(describeRow(row));
  if (!all && shown.length > 200) report.line(`  ... and ${shown.length - 200} more`);
  report.set({ summary: plan.summary, committable: plan.committable, problems: plan.problems, rejected: plan.rows.filter((r) => r.outcome === 'rejected').map((r) => ({ origin: r.origin, line: r.line, reasons: r.reasons })) });
}

function file(name: string, kind?: 'elements' | 'connections'): ImportFile {
  const stdin = name === '-';
  try {
    return { bytes: readInput(name), name: stdin ? 'standard input' : path.basename(name), kind: name.toLowerCase().endsWith('.csv') || stdin ? kind : undefined };
  } catch (error) {
    throw invalidFile(`import: cannot read ${stdin ? 'standard input' : name}: ${(error as Error).message}`);
  }
}

/** The command's arguments, parsed in one place (flags are added here and only here). */
function importArguments(argv: string[] = process.argv.slice(2)) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      map: { type: 'string' }, 'new-map': { type: 'string' },
      connections: { type: 'string' }, 'dry-run': { type: 'boolean' }, all: { type: 'boolean' },
      'node-type': { type: 'string' }, 'tie-type': { type: 'string' }, source: { type: 'string' }, mapping: { type: 'string' },
      json: { type: 'boolean' },
      'skip-rejected': { type: 'boolean' }, 'rejected-out': { type: 'string' },
    },
  });
}

await runCommand(async () => {
  const { values, positionals } = importArguments();
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (positionals.length !== 1) throw badArguments(USAGE);
  if (positionals[0] === '-' && values.map === undefined && values['new-map'] === undefined) throw badArguments('import: reading standard input, name the map: --map ID or --new-map "Title".');
  if (positionals[0] === '-' && values.connections === '-') throw badArguments('import: standard input is one file; give the connections as a file.');
  const nodeType = values['node-type'];
  const tieType = values['tie-type'];
  if (nodeType !== undefined && !isNodeLabel(nodeType)) throw badArguments(`import: --node-type must be one of the model's labels, e.g. Organisation (got "${nodeType}")`);
  if (tieType !== undefined && !isTieType(tieType)) throw badArguments(`import: --tie-type must be one of the model's tie types, e.g. CONNECTED_WITH (got "${tieType}")`);
  let mapping: ImportOptions['mapping'];
  if (values.mapping !== undefined) {
    try {
      mapping = JSON.parse(values.mapping);
    } catch {
      throw badArguments('import: --mapping must be JSON, e.g. \'{"elements":{"Organisation":"name"}}\'');
    }
  }
  const files = [file(positionals[0], values.connections ? 'elements' : undefined)];
  if (values.connections) files.push(file(values.connections, 'connections'));
  const options: ImportOptions = { defaultNodeType: nodeType as ImportOptions['defaultNodeType'], defaultTieType: tieType as ImportOptions['defaultTieType'], source: values.source, mapping, rejectedRows: values['skip-rejected'] ? 'skip' : 'refuse' };
  if (values['rejected-out'] !== undefined && !values['skip-rejected']) throw badArguments('import: --rejected-out goes with --skip-rejected.');
  const rejectedOut = path.resolve(workingDirectory(), values['rejected-out'] ?? `${path.parse(positionals[0]).name}.rejected.csv`);
  const target = targetOf(values.map, values['new-map'], positionals[0]);
  const report = new Report(values.json ?? false);
  const rows = `${files.map((f) => `${f.name} (${f.bytes.length} bytes)`).join(' and ')}`;

  await withCommandDatabase(async (db) => {
    await applySchema(db.driver, db.database);
    if ('map' in target) await checkMap(db, target.map);
    const service = new ImportService(db);
    const into = 'map' in target ? `the map "${target.map}"` : `a new map "${target.newMap.title}"`;
    console.error(`import: reading and planning ${rows} into ${into}...`);
    if (values['dry-run']) {
      const plan = await withProgress('import', () => service.preview('map' in target ? target.map : null, files, options));
      printPlan(report, plan, values.all ?? false);
      report.line(plan.committable ? `Dry run into ${into}: nothing written. Run again without --dry-run to commit.` : `Dry run into ${into}: this import would be refused; fix the rows above first.`);
      report.set({ dryRun: true });
      process.exitCode = plan.committable ? EXIT.ok : EXIT.failed;
    } else {
      try {
        const result: CommitResult & { map?: { id: string } } = await withProgress('import', () => ('map' in target ? service.commit(target.map, files, options) : service.commitToNewMap(target.newMap, files, options)));
        const { plan, written } = result;
        printPlan(report, plan, values.all ?? false);
        report.line(`Committed into ${into}: ${written.nodesCreated} elements created, ${written.nodesUpdated} updated; ${written.tiesCreated} connections created, ${written.tiesUpdated} updated.`);
        if (result.map) report.line(`The new map's id is ${result.map.id} (the app shows it at /maps/${result.map.id}).`);
        report.set({ map: result.map?.id ?? ('map' in target ? target.map : undefined), written });
        const rejected = plan.rows.filter((r) => r.outcome === 'rejected').length;
        if (result.rejectedCsv !== undefined && rejected > 0) {
          writeFileSync(rejectedOut, result.rejectedCsv);
          report.line(`${rejected} rejected row(s) were left out; they are in ${rejectedOut} with the reason for each.`);
          report.set({ rejected, rejectedFile: rejectedOut });
        }
      } catch (error) {
        if (!(error instanceof ImportRejectedError)) throw error;
        printPlan(report, error.plan, values.all ?? false);
        report.done();
        throw error;
      }
    }
  });
  report.done();
});
