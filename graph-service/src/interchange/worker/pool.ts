/**
 * The interchange workers: uploads are read and exports written on worker threads, each with a
 * heap limit and a time limit that ends the thread, so a hostile or huge file fails alone (413) and
 * the request thread keeps answering everyone else. Piscina rather than node:worker_threads with
 * comlink: it brings the queue, the per-task AbortSignal that terminates a busy worker, worker
 * resource limits and replacement of a worker that died, which comlink would leave to us.
 */
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { FileTooLargeError, InterchangeError } from '../../errors.ts';
import type { ExportFile, ExportRequest } from '../exportFile.ts';
import { IMPORT_LIMITS } from '../limits.ts';
import type { ImportFile, ReadImportOptions } from '../read.ts';
import type { ImportInput } from '../types.ts';
import type { Outcome, ReadTask } from './tasks.ts';

const TASKS = new URL('./boot.mjs', import.meta.url);

export interface PoolOptions {
  threads: number;
  heapMb: number;
  seconds: number;
}

export const poolDefaults: PoolOptions = { threads: IMPORT_LIMITS.concurrentOverall, heapMb: IMPORT_LIMITS.workerHeapMb, seconds: IMPORT_LIMITS.readSeconds };

export class InterchangePool {
  private readonly piscina: Piscina;
  private readonly options: PoolOptions;

  constructor(options: Partial<PoolOptions> = {}) {
    this.options = { ...poolDefaults, ...options };
    this.piscina = new Piscina({
      filename: fileURLToPath(TASKS),
      minThreads: 0,
      maxThreads: this.options.threads,
      idleTimeout: 30_000,
      resourceLimits: { maxOldGenerationSizeMb: this.options.heapMb, maxYoungGenerationSizeMb: 64, stackSizeMb: 8 },
    });
  }

  async read(files: ImportFile[], options: ReadImportOptions): Promise<ImportInput> {
    const task: ReadTask = { files: files.map((f) => ({ ...f, bytes: new Uint8Array(f.bytes) })), options };
    return this.run<ImportInput>('read', task, 'read');
  }

  async write(request: ExportRequest): Promise<ExportFile> {
    const file = await this.run<ExportFile>('write', request, 'write');
    // Bytes come back as a plain Uint8Array; the reply wants a Buffer.
    return typeof file.body === 'string' ? file : { ...file, body: Buffer.from(file.body) };
  }

  async close(): Promise<void> {
    await this.piscina.destroy();
  }

  private async run<T>(name: string, task: unknown, verb: 'read' | 'write'): Promise<T> {
    let outcome: Outcome<T>;
    try {
      outcome = await this.piscina.run(task, { name, signal: AbortSignal.timeout(this.options.seconds * 1000) });
    } catch (error) {
      const { name: kind, code } = error as { name?: string; code?: string };
      if (kind === 'AbortError' || code === 'ABORT_ERR') {
        throw new FileTooLargeError(`interchange: the file took longer than ${this.options.seconds} s to ${verb}, the most one import may take. Split it into smaller files and import them one after another.`);
      }
      if (code === 'ERR_WORKER_OUT_OF_MEMORY') {
        throw new FileTooLargeError(`interchange: the file needed more than ${this.options.heapMb} MB of memory to ${verb}, the most one import may use. Split it into smaller files and import them one after another.`);
      }
      throw error;
    }
    if ('refused' in outcome) {
      const { status, code, message } = outcome.refused;
      throw status === 413 ? new FileTooLargeError(message) : new InterchangeError(message, status, code);
    }
    return outcome.value;
  }
}

let shared: InterchangePool | undefined;

/** The one pool of the process (imports and exports share its threads). */
export function interchangePool(): InterchangePool {
  shared ??= new InterchangePool();
  return shared;
}

