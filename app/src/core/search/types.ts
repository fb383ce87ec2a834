import type { NodeType } from '../graph/types';

export interface Suggestion {
  id: string;
  name: string;
  nodeType: NodeType;
  /** Why it matched when not by name, e.g. "also known as BLSW11". */
  note?: string;
  /** Set on a hit in another map: which one (the search across maps). */
  map?: string;
  mapTitle?: string;
}
