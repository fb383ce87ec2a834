/**
 * Runs the analysis on the loaded data graph in a web worker and keeps the latest answer. A new
 * graph or new settings start a new run; answers to superseded runs are dropped.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Analysis, WhatIfMode, WhatIfResult } from '../../../graph-service/src/analysis/index.ts';
import type { DataGraph } from '../core/graph';
import { createEngine } from './engine';
import type { AnalysisSettings, WorkerRequest, WorkerResponse } from './protocol';

type Pending = (response: WorkerResponse) => void;
/** A request without its id (Omit distributed over the union). */
type RequestBody = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'id'> : never) : never;

/** One worker per panel instance; the main-thread engine stands in where workers are missing. */
function connect(onResponse: (r: WorkerResponse) => void): { post: (r: WorkerRequest) => void; close: () => void } {
  if (typeof Worker !== 'undefined') {
    try {
      const worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module', name: 'atlas-analysis' });
      worker.onmessage = (e: MessageEvent<WorkerResponse>) => onResponse(e.data);
      return { post: (r) => worker.postMessage(r), close: () => worker.terminate() };
    } catch {
      // Fall through to the main thread.
    }
  }
  const engine = createEngine();
  return { post: (r) => setTimeout(() => onResponse(engine(r)), 0), close: () => {} };
}

export type AnalysisState =
  | { status: 'working'; previous: Analysis | null }
  | { status: 'ready'; analysis: Analysis; millis: number }
  | { status: 'error'; message: string };

export function useAnalysis(data: DataGraph, settings: AnalysisSettings) {
  const [state, setState] = useState<AnalysisState>({ status: 'working', previous: null });
  const channel = useRef<ReturnType<typeof connect> | null>(null);
  const pending = useRef(new Map<number, Pending>());
  const nextId = useRef(1);
  const latest = useRef(0);

  const send = useCallback((request: RequestBody): Promise<WorkerResponse> => {
    const id = nextId.current++;
    return new Promise((resolve) => {
      pending.current.set(id, resolve);
      channel.current?.post({ ...request, id } as WorkerRequest);
    });
  }, []);

  useEffect(() => {
    const open = connect((response) => {
      const resolve = pending.current.get(response.id);
      pending.current.delete(response.id);
      resolve?.(response);
    });
    channel.current = open;
    return () => {
      open.close();
      channel.current = null;
      pending.current.clear();
    };
  }, []);

  const [loaded, setLoaded] = useState<DataGraph | null>(null);
  useEffect(() => {
    let live = true;
    void send({ kind: 'load', graph: data.export() }).then((r) => {
      if (!live) return;
      if (r.ok) setLoaded(data);
      else setState({ status: 'error', message: r.error });
    });
    return () => {
      live = false;
    };
  }, [data, send]);

  const key = JSON.stringify(settings);
  useEffect(() => {
    if (loaded !== data) return;
    const run = ++latest.current;
    setState((s) => ({ status: 'working', previous: s.status === 'ready' ? s.analysis : s.status === 'working' ? s.previous : null }));
    // A short pause lets a run of slider steps settle into one request.
    const timer = setTimeout(() => {
      void send({ kind: 'analyse', settings: JSON.parse(key) as AnalysisSettings }).then((r) => {
        if (run !== latest.current) return;
        if (!r.ok) setState({ status: 'error', message: r.error });
        else if (r.kind === 'analyse') setState({ status: 'ready', analysis: r.analysis, millis: r.millis });
      });
    }, 150);
    return () => clearTimeout(timer);
  }, [loaded, data, key, send]);

  const runWhatIf = useCallback(
    async (organisation: string, mode: WhatIfMode): Promise<WhatIfResult> => {
      const r = await send({ kind: 'what-if', organisation, mode, settings: JSON.parse(key) as AnalysisSettings });
      if (!r.ok) throw new Error(r.error);
      if (r.kind !== 'what-if') throw new Error('Unexpected answer from the analysis worker.');
      return r.whatIf;
    },
    [send, key],
  );

  return { state, runWhatIf };
}
