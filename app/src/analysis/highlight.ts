/**
 * How list items talk to the map: hovering an item previews its nodes; clicking pins the
 * highlight and selects its first node; clicking it again (or "Clear") lets go.
 */
import { createContext, useContext } from 'react';

export interface Pointer {
  pinnedKey: string | null;
  preview(nodeIds: string[] | null): void;
  choose(key: string, nodeIds: string[], select?: string): void;
  clear(): void;
}

export const PointerContext = createContext<Pointer>({ pinnedKey: null, preview: () => {}, choose: () => {}, clear: () => {} });

export function usePointer(): Pointer {
  return useContext(PointerContext);
}
