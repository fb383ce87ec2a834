import type { NodeType, PropertyValue, TieType } from '../graph/types';

/** GET /api/search */
export interface SearchResult {
  id: string;
  name: string;
  nodeType: NodeType;
  score: number;
  description?: string;
  matchedAlias?: string;
}

/** GET /api/paths */
export interface PathStep {
  id: string;
  name: string;
  nodeType: NodeType;
}
export interface PathTie {
  id: string;
  tieType: TieType;
  source: string;
  target: string;
}
export interface PathAnswer {
  from: string;
  to: string;
  length: number | null;
  paths: { nodes: PathStep[]; ties: PathTie[] }[];
}

/** An entity as PATCH answers it (and as 409 reports it in `current`). */
export interface Entity {
  id: string;
  nodeType: NodeType;
  name: string;
  version: number;
  [property: string]: PropertyValue | undefined;
}

export interface FieldError {
  field: string;
  message: string;
}

/** Body of PATCH /api/nodes/:id. `null` removes a field. */
export interface NodeChanges {
  name?: string;
  description?: string | null;
  aliases?: string[] | null;
  source?: string;
  since?: string | null;
  until?: string | null;
  lastConfirmed?: string | null;
  properties?: Record<string, PropertyValue>;
}
