import type { NodeType } from '../graph/types';

export interface Suggestion {
  id: string;
  name: string;
  nodeType: NodeType;
  /** Why it matched when not by name, e.g. "also known as BLSW11". */
  note?: string;
}
