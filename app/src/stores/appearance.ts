/**
 * Colour and size: the chosen registry entries (part of the address) and what they give the map
 * and legend. Cheap entries are computed when read; heavy ones on big graphs go to the worker,
 * with a cheap stand-in drawn meanwhile.
 */
import {
  colouring,
  sizeMeasure,
  sizesFromValues,
  withDefaults,
  type Appearance,
  type ColourResult,
  type ColouringId,
  type ParameterSpec,
  type ParameterValues,
  type SizeMeasureId,
} from '../core/appearance';
import type { ClusterResult } from '../../../graph-service/src/analysis/index.ts';
import { compute } from '../workers/computeClient';
import type { DataState, DataStore } from './data';
import { derived, stopAll, store, type Readable } from './store';

/** Above this many nodes, heavy entries are computed in the worker; below, at once. */
export const WORKER_THRESHOLD = 3000;
/** Roughly one frame, so sigma's first render is not held up by copying the graph to the worker. */
const FIRST_PICTURE_MS = 100;

export interface AppearanceChoice {
  colour: ColouringId;
  colourParams: ParameterValues;
  size: SizeMeasureId;
  sizeParams: ParameterValues;
}

interface Request<E> {
  entry: E;
  params: ParameterValues;
  /** Entry and parameters in one string: equal keys ask for the same thing. */
  key: string;
}

export interface Computed<T> {
  value: T;
  /** A cheap stand-in is shown while the chosen entry is computed in the worker. */
  pending: boolean;
  error: string | null;
}

interface WorkerAnswer<T> {
  data: DataState;
  key: string;
  value?: T;
  error?: string;
}

function request<E extends { id: string; parameters: ParameterSpec[] }>(entry: E, chosen: ParameterValues): Request<E> {
  const params = withDefaults(entry.parameters, chosen);
  return { entry, params, key: `${entry.id}|${JSON.stringify(params)}` };
}
const sameRequest = <E>(a: Request<E>, b: Request<E>) => a.key === b.key;

const inWorker = (entry: { heavy: boolean }, data: DataState) => entry.heavy && data.graph.order > WORKER_THRESHOLD;

/** What a registry entry gives now: computed at once, the worker's answer, or the stand-in. */
function pick<T, E extends { heavy: boolean }>(data: DataState, req: Request<E>, answer: WorkerAnswer<T> | null, now: () => T, standIn: () => T): Computed<T> {
  if (!inWorker(req.entry, data)) return { value: now(), pending: false, error: null };
  const answered = answer?.data === data && answer.key === req.key ? answer : null;
  if (answered?.value !== undefined) return { value: answered.value, pending: false, error: null };
  const error = answered?.error ?? null;
  return { value: standIn(), pending: error === null, error };
}

/** Asks the worker whenever the data or the request changes and the entry is heavy; returns a stop function. */
function askWorker<T, E extends { heavy: boolean }>(data: Readable<DataState>, req: Readable<Request<E>>, answers: { set(a: WorkerAnswer<T>): void }, ask: (data: DataState, r: Request<E>) => Promise<T>): () => void {
  let timer = 0;
  const run = () => {
    window.clearTimeout(timer);
    const d = data.get();
    const r = req.get();
    if (!inWorker(r.entry, d)) return;
    const current = () => data.get() === d && req.get().key === r.key;
    timer = window.setTimeout(() => {
      ask(d, r).then(
        (value) => current() && answers.set({ data: d, key: r.key, value }),
        (e: Error) => current() && answers.set({ data: d, key: r.key, error: e.message }),
      );
    }, FIRST_PICTURE_MS);
  };
  const stop = stopAll([data.subscribe(run), req.subscribe(run), () => window.clearTimeout(timer)]);
  run();
  return stop;
}

/** `clusters`: the map's one clustering (analysis/analysisStore.ts), for the cluster colouring. */
export function createAppearanceStore(data: DataStore, initial: AppearanceChoice, clusters: Readable<ClusterResult | null> = store(null)) {
  const choice = store(initial);
  const sizeRequest = derived([choice], (c) => request(sizeMeasure(c.size), c.sizeParams), sameRequest);
  const colourRequest = derived([choice], (c) => request(colouring(c.colour), c.colourParams), sameRequest);
  const sizeAnswer = store<WorkerAnswer<Record<string, number>> | null>(null);
  const colourAnswer = store<WorkerAnswer<ColourResult> | null>(null);

  const measure = derived([data.state, sizeRequest, sizeAnswer], (d, r, answer) =>
    pick(d, r, answer, () => r.entry.compute(d.graph, r.params), () => sizeMeasure('degree').compute(d.graph, {})),
  );
  const colours = derived([data.state, data.facets, colourRequest, colourAnswer, clusters], (d, facets, r, answer, found) =>
    pick(d, r, answer, () => r.entry.colour({ data: d.graph, facets, clusters: found }, r.params), () => colouring('type').colour({ data: d.graph, facets }, {})),
  );
  const appearance = derived(
    [measure, colours, sizeRequest],
    (m, c, r): Appearance => ({ sizes: sizesFromValues(m.value, String(r.params.scale ?? 'sqrt')), colors: c.value.byNode, groups: c.value.keyByNode }),
  );
  /** Words for what is still being worked out, e.g. "Working out groups…". */
  const pending = derived([measure, colours, sizeRequest, colourRequest, clusters], (m, c, sr, cr, found) => {
    const colourPending = c.pending || (cr.entry.id === 'community' && found === null);
    const words = [m.pending && `Working out ${sr.entry.label.toLowerCase()}…`, colourPending && `Working out ${cr.entry.label.toLowerCase()}s…`].filter(Boolean).join(' ');
    return words || null;
  });

  return {
    choice,
    measure,
    colours,
    appearance,
    pending,
    setColour: (colour: ColouringId, colourParams: ParameterValues) => choice.update((c) => ({ ...c, colour, colourParams })),
    setSize: (size: SizeMeasureId, sizeParams: ParameterValues) => choice.update((c) => ({ ...c, size, sizeParams })),
    /** Starts asking the worker for heavy entries; returns a stop function. */
    start(): () => void {
      return stopAll([
        askWorker(data.state, sizeRequest, sizeAnswer, (d, r) => compute.measure(d, r.entry.id, r.params)),
        askWorker(data.state, colourRequest, colourAnswer, (d, r) => compute.colouring(d, r.entry.id, r.params)),
      ]);
    },
  };
}

export type AppearanceStore = ReturnType<typeof createAppearanceStore>;
