/** Import and export of the atlas as spreadsheets (CSV, XLSX) and graph files (GEXF, GraphML, JSON). */
export * from './types.ts';
export { InterchangeError, FileTooLargeError } from './errors.ts';
export { SIZE_LIMITS, checkSize } from './limits.ts';
export { readImport, readTables, detectFormat, type ImportFile, type ReadImportOptions } from './read.ts';
export { readCsv, writeCsv } from './csv.ts';
export { readXlsx, writeXlsx } from './xlsx.ts';
export { readGexf, writeGexf } from './gexf.ts';
export { readGraphml, writeGraphml } from './graphml.ts';
export { readJson } from './json.ts';
export { neutraliseFormula, checkFormula } from './formula.ts';
export { matchNodeLabel, matchTieType } from './typeNames.ts';
