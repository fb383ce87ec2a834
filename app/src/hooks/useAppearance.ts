import { useEffect, useMemo, useRef, useState } from 'react';
import {
  colouring,
  sizeMeasure,
  sizesFromValues,
  withDefaults,
  type Appearance,
  type ColourResult,
  type ColouringId,
  type ParameterValues,
  type SizeMeasureId,
} from '../core/appearance';
import type { DataGraph, FacetIndex } from '../core/graph';
import { computeClient } from '../workers/computeClient';

/** Above this many nodes, heavy entries are computed in the worker; below, at once. */
export const WORKER_THRESHOLD = 3000;
/** Roughly one frame after mounting, so sigma's first render is not held up by the copy. */
const FIRST_PICTURE_MS = 100;

/** Version numbers for data graphs, so the worker knows when to take a new copy. */
const versions = new WeakMap<DataGraph, number>();
let lastVersion = 0;
function versionOf(data: DataGraph): number {
  if (!versions.has(data)) versions.set(data, ++lastVersion);
  return versions.get(data)!;
}

interface Result<T> {
  value: T;
  /** A cheap stand-in is shown while the chosen entry is computed in the worker. */
  pending: boolean;
  error: string | null;
}

/** Runs a registry entry at once when cheap, else in the worker with `fallback` meanwhile. */
function useRegistryValue<T>(kind: 'measure' | 'colouring', entryId: string, heavy: boolean, params: ParameterValues, data: DataGraph, now: () => T, fallback: () => T): Result<T> {
  const inWorker = heavy && data.order > WORKER_THRESHOLD;
  const key = `${entryId}|${JSON.stringify(params)}`;
  const immediate = useMemo(() => (inWorker ? null : now()), [inWorker, data, key]); // eslint-disable-line react-hooks/exhaustive-deps
  const cheap = useMemo(() => (inWorker ? fallback() : null), [inWorker, data]); // eslint-disable-line react-hooks/exhaustive-deps
  const [computed, setComputed] = useState<{ key: string; data: DataGraph; value: T } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(key);
  latest.current = key;

  useEffect(() => {
    if (!inWorker) return;
    setError(null);
    let live = true;
    // Copying a big graph to the worker takes the main thread a while: let the first picture go out first.
    const timer = window.setTimeout(() => {
      computeClient
        .run<T>(kind, entryId, params, data, versionOf(data))
        .then((value) => {
          if (live) setComputed({ key, data, value });
        })
        .catch((e: Error) => {
          if (live) setError(e.message);
        });
    }, FIRST_PICTURE_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [inWorker, data, key]); // eslint-disable-line react-hooks/exhaustive-deps

  if (!inWorker) return { value: immediate as T, pending: false, error: null };
  if (computed && computed.key === key && computed.data === data) return { value: computed.value, pending: false, error: null };
  return { value: cheap as T, pending: error === null, error };
}

export interface AppearanceState {
  appearance: Appearance;
  colours: ColourResult;
  measure: Record<string, number>;
  /** Words for what is still being worked out, e.g. "Working out groups…". */
  pending: string | null;
  error: string | null;
}

/** Sizes and colours for the chosen registry entries: what the map and the legend show. */
export function useAppearance(data: DataGraph, facets: FacetIndex, colourId: ColouringId, colourParams: ParameterValues, sizeId: SizeMeasureId, sizeParams: ParameterValues): AppearanceState {
  const sizeEntry = sizeMeasure(sizeId);
  const sParams = useMemo(() => withDefaults(sizeEntry.parameters, sizeParams), [sizeEntry, sizeParams]);
  const colourEntry = colouring(colourId);
  const cParams = useMemo(() => withDefaults(colourEntry.parameters, colourParams), [colourEntry, colourParams]);

  const measure = useRegistryValue<Record<string, number>>('measure', sizeEntry.id, sizeEntry.heavy, sParams, data, () => sizeEntry.compute(data, sParams), () => sizeMeasure('degree').compute(data, {}));
  const colours = useRegistryValue<ColourResult>('colouring', colourEntry.id, colourEntry.heavy, cParams, data, () => colourEntry.colour({ data, facets }, cParams), () => colouring('type').colour({ data, facets }, {}));

  const appearance = useMemo<Appearance>(
    () => ({ sizes: sizesFromValues(measure.value, String(sParams.scale ?? 'sqrt')), colors: colours.value.byNode, groups: colours.value.keyByNode }),
    [measure.value, colours.value, sParams],
  );
  const pending = [measure.pending && `Working out ${sizeEntry.label.toLowerCase()}…`, colours.pending && `Working out ${colourEntry.label.toLowerCase()}…`].filter(Boolean).join(' ') || null;
  return { appearance, colours: colours.value, measure: measure.value, pending, error: measure.error ?? colours.error };
}
