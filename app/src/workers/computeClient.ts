import type { ParameterValues } from '../core/appearance';
import type { DataGraph } from '../core/graph';
import type { ComputeRequest, ComputeResponse } from './compute.worker';

/** One worker for the page's heavy measures; the graph is posted to it once per data version. */
class ComputeClient {
  private worker: Worker | null = null;
  private sentVersion = -1;
  private nextId = 1;
  private pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./compute.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<ComputeResponse>) => {
      const waiting = this.pending.get(event.data.requestId);
      if (!waiting) return;
      this.pending.delete(event.data.requestId);
      if ('error' in event.data) waiting.reject(new Error(event.data.error));
      else waiting.resolve(event.data.result);
    };
    this.worker = worker;
    return worker;
  }

  run<T>(kind: 'measure' | 'colouring', entry: string, params: ParameterValues, data: DataGraph, version: number): Promise<T> {
    const worker = this.ensureWorker();
    if (this.sentVersion !== version) {
      worker.postMessage({ type: 'graph', version, graph: data.export() } satisfies ComputeRequest);
      this.sentVersion = version;
    }
    const requestId = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(requestId, { resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage({ type: kind, requestId, version, entry, params } satisfies ComputeRequest);
    });
  }
}

export const computeClient = new ComputeClient();
