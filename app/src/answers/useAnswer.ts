/** Asks the service for an answer again whenever what it depends on or the map's filters change; drops superseded answers. */
import { useEffect, useState } from 'react';
import type { ScopeFilters } from '../../../graph-service/src/analysis/scope';
import { AtlasError } from '../core/api/errors';

export type AnswerState<T> = { status: 'loading' } | { status: 'ready'; answer: T } | { status: 'error'; message: string } | { status: 'none' };

export function useAnswer<T>(ask: ((filters: ScopeFilters, signal: AbortSignal) => Promise<T>) | null, filters: ScopeFilters, key: string): AnswerState<T> {
  const [state, setState] = useState<AnswerState<T>>({ status: ask ? 'loading' : 'none' });
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` names what the question depends on; `ask` is made anew on every render
  useEffect(() => {
    if (!ask) {
      setState({ status: 'none' });
      return;
    }
    const controller = new AbortController();
    setState({ status: 'loading' });
    ask(filters, controller.signal).then(
      (answer) => setState({ status: 'ready', answer }),
      (e: Error) => {
        if (e.name !== 'AbortError') setState({ status: 'error', message: e instanceof AtlasError ? `${e.message} ${e.hint}`.trim() : e.message });
      },
    );
    return () => controller.abort();
  }, [key, filters]);
  return state;
}
