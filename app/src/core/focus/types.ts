import type { PathStep, PathTie } from '../api/types';

export type Depth = 1 | 2 | 3;
export const DEPTHS: Depth[] = [1, 2, 3];

export interface FoundPath {
  nodes: PathStep[];
  ties: PathTie[];
}

/** Ends and allowed tie types of a path asked for (what the address keeps). */
export interface PathAsk {
  from: string;
  to: string;
  tieTypes: string[];
}

export type PathResult = { status: 'idle' } | { status: 'loading' } | { status: 'found'; path: FoundPath } | { status: 'none' } | { status: 'error'; message: string };
