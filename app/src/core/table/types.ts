import type { NodeType } from '../graph/types';

export interface TableRow {
  id: string;
  name: string;
  nodeType: NodeType;
  /** Ties still visible under the filters. */
  ties: number;
  /** The chosen size measure's value, so the table ranks like the map. */
  measure: number;
  /** Legend label of the node's colour group. */
  group: string;
  themes: string;
  areas: string;
}

export type SortKey = 'name' | 'nodeType' | 'ties' | 'measure' | 'group' | 'themes' | 'areas';
export interface TableSort {
  key: SortKey;
  direction: 'asc' | 'desc';
}
