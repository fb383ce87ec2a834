/**
 * The one client of the compute worker. Callers pass the data state they computed from; the graph
 * is copied to the worker once per data version, before the first request that needs it.
 */
import { expose, wrap, type Remote } from 'comlink';
import type { VersionedGraph as DataState } from '../core/graph';
import { createComputeApi, type ComputeApi } from './computeApi';

/** Falls back to the same functions on the main thread, over a message channel, where module workers are missing. */
function open(): Remote<ComputeApi> {
  if (typeof Worker !== 'undefined') {
    try {
      return wrap<ComputeApi>(new Worker(new URL('./compute.worker.ts', import.meta.url), { type: 'module', name: 'atlas-compute' }));
    } catch {
      // Fall through to the main thread.
    }
  }
  const channel = new MessageChannel();
  expose(createComputeApi(), channel.port1);
  return wrap<ComputeApi>(channel.port2);
}

/** Version numbers for data states across reloads, so the worker knows when to take a new copy. */
const versions = new WeakMap<DataState, number>();
let lastVersion = 0;
function versionOf(data: DataState): number {
  const known = versions.get(data);
  if (known !== undefined) return known;
  versions.set(data, ++lastVersion);
  return lastVersion;
}

let remote: Remote<ComputeApi> | null = null;
let sentVersion = -1;

/** The worker, holding `data`'s graph: calls arrive in order, so the copy lands before the request. */
function workerFor(data: DataState): { api: Remote<ComputeApi>; version: number } {
  remote ??= open();
  const version = versionOf(data);
  if (sentVersion !== version) {
    void remote.loadGraph(version, data.graph.export());
    sentVersion = version;
  }
  return { api: remote, version };
}

type Task = Exclude<keyof ComputeApi, 'loadGraph'>;
type Rest<F> = F extends (version: number, ...rest: infer P) => unknown ? P : never;

/** A worker function taking the data state in place of the version number. */
function task<K extends Task>(name: K) {
  return (data: DataState, ...args: Rest<ComputeApi[K]>): Promise<ReturnType<ComputeApi[K]>> => {
    const { api, version } = workerFor(data);
    const call = api[name] as unknown as (version: number, ...rest: Rest<ComputeApi[K]>) => Promise<ReturnType<ComputeApi[K]>>;
    return call(version, ...args);
  };
}

export const compute = { measure: task('measure'), colouring: task('colouring'), analyse: task('analyse'), whatIf: task('whatIf') };
