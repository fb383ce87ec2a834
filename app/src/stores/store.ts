/**
 * Tiny typed stores read by React through useSyncExternalStore. Hand-written rather than a store
 * library: get/set/subscribe plus memoised derivation is all the app needs, and React ships the hook.
 */
import { useSyncExternalStore } from 'react';

export type Listener = () => void;

export interface Readable<T> {
  get(): T;
  subscribe(listener: Listener): () => void;
}

export interface Store<T> extends Readable<T> {
  set(next: T): void;
  /** Applies a producer (previous value → next value); an identical result notifies no one. */
  update(producer: (previous: T) => T): void;
}

export function store<T>(initial: T): Store<T> {
  let value = initial;
  const listeners = new Set<Listener>();
  const set = (next: T) => {
    if (Object.is(next, value)) return;
    value = next;
    for (const listener of [...listeners]) listener();
  };
  return {
    get: () => value,
    set,
    update: (producer) => set(producer(value)),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** One stop function for several. */
export function stopAll(stops: (() => void)[]): () => void {
  return () => {
    for (const stop of stops) stop();
  };
}

type Values<S extends readonly Readable<unknown>[]> = { [K in keyof S]: S[K] extends Readable<infer T> ? T : never };

/**
 * A value computed from other stores by a pure function, recomputed only when one of their values
 * changes (by identity) and only when read: nothing is computed that no one looks at. `same` lets a
 * recomputed value that means the same keep the previous object, so nothing downstream recomputes.
 */
export function derived<const S extends readonly Readable<unknown>[], T>(sources: S, compute: (...values: Values<S>) => T, same: (a: T, b: T) => boolean = Object.is): Readable<T> {
  let last: { inputs: unknown[]; value: T } | null = null;
  const get = (): T => {
    const inputs = sources.map((s) => s.get());
    const previous = last;
    if (previous && inputs.every((input, i) => Object.is(input, previous.inputs[i]))) return previous.value;
    const value = compute(...(inputs as Values<S>));
    last = { inputs, value: previous && same(previous.value, value) ? previous.value : value };
    return last.value;
  };
  return {
    get,
    subscribe(listener) {
      return stopAll(sources.map((s) => s.subscribe(listener)));
    },
  };
}

/** Reads a store in a component and re-renders when its value changes. */
export function useStore<T>(source: Readable<T>): T {
  return useSyncExternalStore(source.subscribe, source.get);
}
