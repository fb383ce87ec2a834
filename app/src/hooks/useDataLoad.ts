import { useCallback, useEffect, useState } from 'react';
import { AtlasError, fetchGraph } from '../core/api';
import { dataGraphFromJSON, type DataGraph } from '../core/graph';

/** `generation` counts successful loads: a reload (after an import) starts the map afresh. */
export type Load = { state: 'loading' } | { state: 'error'; error: AtlasError } | { state: 'ready'; data: DataGraph; generation: number };

/** Fetches the data graph; `reload` fetches it anew (after "Try again" or an import). */
export function useDataLoad(): { load: Load; reload: () => void } {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the trigger: each reload fetches the graph anew
  useEffect(() => {
    const controller = new AbortController();
    setLoad((l) => (l.state === 'ready' ? l : { state: 'loading' }));
    fetchGraph(controller.signal)
      .then((json) => {
        // Marks for bench/explorer.bench.ts: where the time to an interactive map goes.
        performance.mark('atlas:data-fetched');
        const data = dataGraphFromJSON(json);
        performance.mark('atlas:data-parsed');
        setLoad((previous) => ({ state: 'ready', data, generation: previous.state === 'ready' ? previous.generation + 1 : 0 }));
      })
      .catch((e: Error) => {
        if (e.name === 'AbortError') return;
        setLoad({ state: 'error', error: e instanceof AtlasError ? e : new AtlasError('The map data could not be read.', `${e.message}. Reload the page; if it keeps happening, check the terminal running \`npm start\`.`) });
      });
    return () => controller.abort();
  }, [attempt]);

  return { load, reload: useCallback(() => setAttempt((n) => n + 1), []) };
}
