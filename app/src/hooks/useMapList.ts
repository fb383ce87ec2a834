import { useCallback, useEffect, useState } from 'react';
import { AtlasError, listMaps, type MapSummary } from '../core/api';

export type MapList = { state: 'loading' } | { state: 'error'; error: AtlasError } | { state: 'ready'; maps: MapSummary[] };

/** The maps the caller may see (archived ones too when asked); `reload` after creating, renaming or deleting one. */
export function useMapList(archived = false): { list: MapList; reload: () => void } {
  const [list, setList] = useState<MapList>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the trigger: each reload asks again
  useEffect(() => {
    const controller = new AbortController();
    listMaps({ archived }, controller.signal)
      .then((maps) => setList({ state: 'ready', maps }))
      .catch((e: Error) => {
        if (e.name === 'AbortError') return;
        setList({ state: 'error', error: e instanceof AtlasError ? e : new AtlasError('The list of maps could not be read.', e.message) });
      });
    return () => controller.abort();
  }, [archived, attempt]);
  return { list, reload: useCallback(() => setAttempt((n) => n + 1), []) };
}
