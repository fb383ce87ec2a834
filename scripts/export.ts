/**
 * npm run export -- FORMAT --map MAP [--out FILE] [--table elements|connections]
 * FORMAT is gexf, graphml, csv, xlsx or json. CSV without --table writes both tables, as
 * <name>-elements.csv and <name>-connections.csv. Exports hold everything, people included.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../graph-service/src/config.ts';
import { closeDatabase, openDatabase } from '../graph-service/src/db/connection.ts';
import { FORMATS, type Format } from '../graph-service/src/interchange/types.ts';
import { ExportService } from '../graph-service/src/services/exportService.ts';

const USAGE = `usage: npm run export -- ${FORMATS.join('|')} --map MAP [--out FILE] [--table elements|connections]`;

try {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { map: { type: 'string' }, out: { type: 'string' }, table: { type: 'string' } } });
  const format = positionals[0] as Format;
  if (positionals.length !== 1 || !FORMATS.includes(format) || !values.map) throw new Error(USAGE);
  const map = values.map;
  const table = values.table;
  if (table !== undefined && table !== 'elements' && table !== 'connections') throw new Error(`export: --table must be elements or connections (got "${table}")`);
  const db = await openDatabase(loadConfig(), () => {});
  try {
    const service = new ExportService(db);
    const tables = format === 'csv' && !table ? (['elements', 'connections'] as const) : [table as 'elements' | 'connections' | undefined];
    for (const which of tables) {
      const file = await service.export(map, format, { table: which });
      const out = values.out
        ? tables.length > 1 ? values.out.replace(/(\.csv)?$/i, `-${which}.csv`) : values.out
        : file.fileName;
      writeFileSync(out, file.body);
      console.log(`Wrote ${out} (${Buffer.byteLength(file.body)} bytes).`);
    }
  } finally {
    await closeDatabase(db);
  }
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
