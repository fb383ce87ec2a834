/**
 * npm run export -- --map ID FORMAT [--out FILE|-] [--table elements|connections] [--style node-link] [--as-of DATE [--undated include]] [--json]
 * Exports one map; with --as-of, the network on that date (what held then, by the time rule). FORMAT is gexf, graphml, csv, xlsx or json. CSV without --table writes both
 * tables, as <name>-elements.csv and <name>-connections.csv. Exports hold everything in the map,
 * people included. `--out -` writes the file to standard output (then messages go to standard error).
 */
import { parseArgs } from 'node:util';
import { JSON_STYLES, type JsonStyle } from '../graph-service/src/contract/lists.ts';
import { FORMATS, type Format } from '../graph-service/src/interchange/types.ts';
import { DATE_HINT, isDate } from '../graph-service/src/model/dates.ts';
import { MAP_ID } from '../graph-service/src/model/maps.ts';
import { undatedFromQuery } from '../graph-service/src/model/time.ts';
import { MapRepository } from '../graph-service/src/repositories/mapRepository.ts';
import { ExportService } from '../graph-service/src/services/exportService.ts';
import { withCommandDatabase } from './database.ts';
import { Report, withProgress, writeOutput } from './commandIo.ts';
import { badArguments, CommandError, EXIT, runCommand } from './exitCodes.ts';

const USAGE = `usage: npm run export -- --map ID ${FORMATS.join('|')} [--out FILE|-] [--table elements|connections] [--style ${JSON_STYLES.join('|')}] [--as-of ${DATE_HINT} [--undated include]] [--json]
  writes one map as a file named after it (FILE relative to where you run this; - for standard output);
  gexf for Gephi and networkx, graphml for yEd, Cytoscape and igraph, json as graphology's (--style node-link: networkx and d3),
  csv (both tables unless --table) and xlsx in Kumu's Elements/Connections layout. --json prints the result as JSON.
  Exit codes: 0 done, 1 failed (no such map), 2 bad arguments, 69 database unreachable (see the README).`;

await runCommand(async () => {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { help: { type: 'boolean', short: 'h' }, map: { type: 'string' }, out: { type: 'string' }, table: { type: 'string' }, style: { type: 'string' }, 'as-of': { type: 'string' }, undated: { type: 'string' }, json: { type: 'boolean' } } });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const format = positionals[0] as Format;
  if (positionals.length !== 1 || !FORMATS.includes(format)) throw badArguments(USAGE);
  const map = values.map;
  if (map === undefined) throw badArguments(`export: name the map to export with --map ID, e.g. --map battersea-alliance.\n${USAGE}`);
  if (!MAP_ID.test(map)) throw badArguments(`export: --map takes a map id such as battersea-alliance (lower case, digits and hyphens); got "${map}".`);
  const table = values.table;
  if (table !== undefined && table !== 'elements' && table !== 'connections') throw badArguments(`export: --table must be elements or connections (got "${table}")`);
  const date = values['as-of'];
  if (date !== undefined && !isDate(date)) throw badArguments(`export: --as-of must be a real date, ${DATE_HINT} (got "${date}"), e.g. --as-of 2022-03-31.`);
  if (values.undated !== undefined && !['include', 'exclude'].includes(values.undated)) throw badArguments(`export: --undated must be include or exclude (got "${values.undated}")`);
  if (values.undated !== undefined && date === undefined) throw badArguments('export: --undated only means something with --as-of DATE.');
  const style = values.style as JsonStyle | undefined;
  if (style !== undefined && !JSON_STYLES.includes(style)) throw badArguments(`export: --style must be ${JSON_STYLES.join(' or ')} (got "${style}")`);
  if (style !== undefined && format !== 'json') throw badArguments('export: --style only means something for json.');
  const toStdout = values.out === '-';
  if (toStdout && values.json) throw badArguments('export: --json and --out - would both write to standard output; give --out FILE with --json.');
  if (toStdout && format === 'csv' && !table) throw badArguments('export: standard output takes one file: add --table elements or --table connections.');
  const asOf = { date: date ?? null, undated: undatedFromQuery(values.undated) };
  const report = new Report(values.json ?? false, toStdout);
  await withCommandDatabase(async (db) => {
    if (!(await new MapRepository(db.driver, db.database).find(map))) {
      throw new CommandError(EXIT.failed, `export: there is no map "${map}". Check the id (it is the last part of the map's address, /maps/<id>).`);
    }
    const service = new ExportService(db);
    const tables = format === 'csv' && !table ? (['elements', 'connections'] as const) : [table as 'elements' | 'connections' | undefined];
    const written: { file: string; bytes: number }[] = [];
    for (const which of tables) {
      const file = await withProgress(`export ${map}`, () => service.export(map, format, { table: which, style, asOf }));
      const out = values.out
        ? tables.length > 1 ? values.out.replace(/(\.csv)?$/i, `-${which}.csv`) : values.out
        : file.fileName;
      const where = writeOutput(out, file.body);
      written.push({ file: toStdout ? '-' : where, bytes: Buffer.byteLength(file.body) });
      report.line(`Wrote ${where} (${Buffer.byteLength(file.body)} bytes).`);
    }
    report.set({ map, format, files: written });
  });
  report.done();
});
