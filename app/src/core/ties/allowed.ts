import { MODEL, type AtlasModel } from '../../../../graph-service/src/model/model';
import type { NodeType, TieType } from '../graph/types';

export interface TieOption {
  /** "MEMBER_OF:out": the tie type and which end this node is. */
  key: string;
  tieType: TieType;
  direction: 'out' | 'in';
  /** What the other end may be. */
  otherTypes: readonly NodeType[];
  label: string;
}

/** The ties the model allows a node of this type to have, worded from its side ("Member of", "Has member"). */
export function tieOptions(nodeType: NodeType, model: AtlasModel = MODEL): TieOption[] {
  const options: TieOption[] = [];
  for (const [type, entry] of Object.entries(model.tieTypes)) {
    const tieType = type as TieType;
    if (entry.from.includes(nodeType)) options.push({ key: `${tieType}:out`, tieType, direction: 'out', otherTypes: entry.to, label: entry.wording.out });
    // A symmetric tie (connected with) is offered once.
    if (entry.to.includes(nodeType) && !(entry.symmetric && entry.from.includes(nodeType))) options.push({ key: `${tieType}:in`, tieType, direction: 'in', otherTypes: entry.from, label: entry.wording.in });
  }
  return options;
}

/** The POST /api/ties ends for an option: the node is `from` for "out" ties, `to` for "in" ties. */
export function tieEnds(option: TieOption, node: string, other: string): { from: string; to: string } {
  return option.direction === 'out' ? { from: node, to: other } : { from: other, to: node };
}
