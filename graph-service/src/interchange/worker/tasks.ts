/**
 * What the interchange workers run: reading uploaded files into rows and writing export files.
 * Errors cross the thread as plain data (a class does not survive the copy), so the pool can raise
 * the same member of the error family the reader raised.
 */
import { setPriority } from 'node:os';
import { AtlasHttpError, type ErrorCode } from '../../errors.ts';
import { exportFile, type ExportFile, type ExportRequest } from '../exportFile.ts';
import { readImport, type ImportFile, type ReadImportOptions } from '../read.ts';
import type { ImportInput } from '../types.ts';

/**
 * Workers yield the CPU to the request thread: on Linux a priority set from a thread is that
 * thread's own, so parsing a huge file never slows the answers to everyone else.
 */
export const WORKER_NICENESS = 10;
try {
  setPriority(WORKER_NICENESS);
} catch {
  // Not allowed here (some containers, Windows without rights): the workers run at normal priority.
}

export type Outcome<T> = { value: T } | { refused: { status: number; code: ErrorCode; message: string } };

async function settle<T>(work: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { value: await work() };
  } catch (error) {
    if (error instanceof AtlasHttpError && error.statusCode < 500) return { refused: { status: error.statusCode, code: error.code, message: error.message } };
    // A stack overflow in a parser is the file's shape, not the service's fault.
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      return { refused: { status: 413, code: 'file_too_large', message: 'interchange: the file nests too deeply to read. Export it again as a flat list of nodes and edges.' } };
    }
    throw error;
  }
}

export interface ReadTask {
  files: ImportFile[];
  options: ReadImportOptions;
}

export function read({ files, options }: ReadTask): Promise<Outcome<ImportInput>> {
  return settle(() => readImport(files, options));
}

export function write(request: ExportRequest): Promise<Outcome<ExportFile>> {
  return settle(() => exportFile(request));
}
