/**
 * npm run export -- --map ID FORMAT [--out FILE] [--table elements|connections] [--as-of DATE [--undated include]]
 * Exports one map; with --as-of, the network on that date (what held then, by the time rule). FORMAT is gexf, graphml, csv, xlsx or json. CSV without --table writes both
 * tables, as <name>-elements.csv and <name>-connections.csv. Exports hold everything in the map,
 * people included.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { FORMATS, type Format } from '../graph-service/src/interchange/types.ts';
import { DATE_HINT, isDate } from '../graph-service/src/model/dates.ts';
import { MAP_ID } from '../graph-service/src/model/maps.ts';
import { undatedFromQuery } from '../graph-service/src/model/time.ts';
import { MapRepository } from '../graph-service/src/repositories/mapRepository.ts';
import { ExportService } from '../graph-service/src/services/exportService.ts';
import { withCommandDatabase } from './database.ts';
import { badArguments, CommandError, EXIT, runCommand } from './exitCodes.ts';

const USAGE = `usage: npm run export -- --map ID ${FORMATS.join('|')} [--out FILE] [--table elements|connections] [--as-of ${DATE_HINT} [--undated include]]`;

await runCommand(async () => {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { help: { type: 'boolean', short: 'h' }, map: { type: 'string' }, out: { type: 'string' }, table: { type: 'string' }, 'as-of': { type: 'string' }, undated: { type: 'string' } } });
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
  const asOf = { date: date ?? null, undated: undatedFromQuery(values.undated) };
  await withCommandDatabase(async (db) => {
    if (!(await new MapRepository(db.driver, db.database).find(map))) {
      throw new CommandError(EXIT.failed, `export: there is no map "${map}". Check the id (it is the last part of the map's address, /maps/<id>).`);
    }
    const service = new ExportService(db);
    const tables = format === 'csv' && !table ? (['elements', 'connections'] as const) : [table as 'elements' | 'connections' | undefined];
    for (const which of tables) {
      const file = await service.export(map, format, { table: which, asOf });
      const out = values.out
        ? tables.length > 1 ? values.out.replace(/(\.csv)?$/i, `-${which}.csv`) : values.out
        : file.fileName;
      writeFileSync(out, file.body);
      console.log(`Wrote ${out} (${Buffer.byteLength(file.body)} bytes).`);
    }
  });
});
