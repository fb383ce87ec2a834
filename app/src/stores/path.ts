/** The path finder: what was asked (part of the address) and the answer. */
import { AtlasError, fetchPaths, isMissingEndpoint } from '../core/api';
import { localShortestPath, pathSets, type PathAsk, type PathResult } from '../core/focus';
import type { DataStore } from './data';
import { derived, store } from './store';

const IDLE: PathResult = { status: 'idle' };

export function createPathStore(map: string, data: DataStore, initial: PathAsk | null) {
  const query = store(initial);
  const result = store<PathResult>(IDLE);
  const sets = derived([result], (r) => (r.status === 'found' ? pathSets(r.path) : null));

  /** Asks the service (or, without that endpoint, the loaded map) for each new query. */
  function ask(): AbortController | null {
    const q = query.get();
    if (!q) {
      result.set(IDLE);
      return null;
    }
    const controller = new AbortController();
    result.set({ status: 'loading' });
    fetchPaths(map, q.from, q.to, q.tieTypes, controller.signal)
      .then((answer) => result.set(answer.paths[0] ? { status: 'found', path: answer.paths[0] } : { status: 'none' }))
      .catch((e: Error) => {
        if (e.name === 'AbortError') return;
        if (isMissingEndpoint(e) || (e instanceof AtlasError && e.status === 0)) {
          const local = localShortestPath(data.state.get().graph, q.from, q.to, q.tieTypes);
          result.set(local ? { status: 'found', path: local } : { status: 'none' });
        } else result.set({ status: 'error', message: `${e.message} ${e instanceof AtlasError ? e.hint : ''}` });
      });
    return controller;
  }

  return {
    query,
    result,
    sets,
    /** Starts answering queries; returns a stop function. */
    start(): () => void {
      let pending = ask();
      const off = query.subscribe(() => {
        pending?.abort();
        pending = ask();
      });
      return () => {
        off();
        pending?.abort();
      };
    },
  };
}

export type PathStore = ReturnType<typeof createPathStore>;
