/**
 * The comparison of one open map: the two dates, the service's answer, and whether the map shows it.
 * Kept beside the map's stores (one per loaded map, made on first use) so the node panel can ask for
 * "before and after this event" and the sidebar, the map and the panel all read the same answer.
 */
import { AtlasError } from '../core/api/errors';
import type { Atlas } from '../stores/atlas';
import { derived, stopAll, store } from '../stores/store';
import { fetchCompare } from './api';
import { compareHighlight } from './highlight';
import type { CompareAnswer, CompareRange } from './types';
import { perAtlas } from '../stores/perAtlas';

export type CompareState =
  | { status: 'idle' }
  | { status: 'loading'; range: CompareRange; previous: CompareAnswer | null }
  | { status: 'ready'; range: CompareRange; answer: CompareAnswer }
  | { status: 'error'; range: CompareRange; message: string };

export function createCompareStore(atlas: Pick<Atlas, 'mapId' | 'filters'>, fetcher = fetchCompare) {
  const range = store<CompareRange | null>(null);
  /** Drawn on the map (blue added, orange ended, the rest dimmed) while on. */
  const onMap = store(true);
  const state = store<CompareState>({ status: 'idle' });
  const answer = derived([state], (s) => (s.status === 'ready' ? s.answer : s.status === 'loading' ? s.previous : null));
  const highlight = derived([answer, onMap], (a, on) => (a && on ? compareHighlight(a) : null));

  let controller: AbortController | null = null;
  const run = () => {
    controller?.abort();
    const r = range.get();
    if (!r) {
      state.set({ status: 'idle' });
      return;
    }
    const mine = new AbortController();
    controller = mine;
    state.update((s) => ({ status: 'loading', range: r, previous: s.status === 'ready' ? s.answer : s.status === 'loading' ? s.previous : null }));
    fetcher(atlas.mapId, r, atlas.filters.filters.get(), mine.signal).then(
      (a) => mine === controller && state.set({ status: 'ready', range: r, answer: a }),
      (e: Error) => {
        if (e.name === 'AbortError' || mine !== controller) return;
        state.set({ status: 'error', range: r, message: e instanceof AtlasError ? `${e.message} ${e.hint}`.trim() : e.message });
      },
    );
  };

  return {
    range,
    onMap,
    state,
    answer,
    highlight,
    /** Asks again whenever the dates or the map's filters change; returns the stop. */
    start(): () => void {
      // The map's own date gives way to the two compared, so moving it (the timeline's Play) asks nothing.
      const scopeKey = () => JSON.stringify({ ...atlas.filters.filters.get(), asOf: null });
      let asked = scopeKey();
      const onFilters = () => {
        const key = scopeKey();
        if (key === asked) return;
        asked = key;
        run();
      };
      run();
      return stopAll([range.subscribe(run), atlas.filters.filters.subscribe(onFilters), () => controller?.abort()]);
    },
    clear: () => range.set(null),
  };
}

export type CompareStore = ReturnType<typeof createCompareStore>;

/** The comparison of this loaded map, made the first time it is asked for. */
export const compareOf = perAtlas(createCompareStore);
