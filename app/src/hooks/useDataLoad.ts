import { useCallback, useEffect, useState } from 'react';
import { AtlasError, fetchGraph, fetchLayout, fetchMap, isMissingEndpoint, type MapAccess, type MapRecord, type SavedPositions } from '../core/api';
import { dataGraphFromJSON, type DataGraph } from '../core/graph';

/** A map as opened: its record, its data graph and the layout saved for everyone. */
export interface LoadedMap {
  map: MapRecord;
  data: DataGraph;
  layout: SavedPositions;
  /** What the caller may do in this map (the service's answer with the map). */
  access: MapAccess;
}

/** `generation` counts successful loads: a reload (after an import) starts the map afresh. */
export type Load = { state: 'loading' } | { state: 'error'; error: AtlasError } | ({ state: 'ready'; generation: number } & LoadedMap);

/** No saved layout (or a service without the route) is simply no layout: the map lays itself out. */
const layoutOrNone = (map: string, signal: AbortSignal): Promise<SavedPositions> =>
  fetchLayout(map, signal).catch((e: Error) => {
    if (e.name === 'AbortError' || !(e instanceof AtlasError) || !(isMissingEndpoint(e) || e.status === 404)) throw e;
    return {};
  });

/** Fetches one map's record, graph and saved layout together; `reload` fetches them anew (after "Try again" or an import). */
export function useDataLoad(map: string, search: string): { load: Load; reload: () => void } {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the trigger: each reload fetches the graph anew
  useEffect(() => {
    const controller = new AbortController();
    setLoad((l) => (l.state === 'ready' ? l : { state: 'loading' }));
    Promise.all([fetchMap(map, controller.signal), fetchGraph(map, search, controller.signal), layoutOrNone(map, controller.signal)])
      .then(([record, json, layout]) => {
        // Marks for bench/explorer.bench.ts: where the time to an interactive map goes.
        performance.mark('atlas:data-fetched');
        const data = dataGraphFromJSON(json);
        performance.mark('atlas:data-parsed');
        setLoad((previous) => ({ state: 'ready', map: record, data, layout, access: record.access, generation: previous.state === 'ready' ? previous.generation + 1 : 0 }));
      })
      .catch((e: Error) => {
        if (e.name === 'AbortError') return;
        setLoad({ state: 'error', error: e instanceof AtlasError ? e : new AtlasError('The map data could not be read.', `${e.message}. Reload the page; if it keeps happening, check the terminal running \`npm start\`.`) });
      });
    return () => controller.abort();
  }, [map, search, attempt]);

  return { load, reload: useCallback(() => setAttempt((n) => n + 1), []) };
}
