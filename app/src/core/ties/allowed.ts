import { TIE_TYPES as MODEL_TIES } from '../../../../graph-service/src/model/model';
import type { NodeType, TieType } from '../graph/types';
import { TIE_WORDING } from './describe';

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
export function tieOptions(nodeType: NodeType): TieOption[] {
  const options: TieOption[] = [];
  for (const [tieType, rule] of Object.entries(MODEL_TIES) as [TieType, { from: readonly NodeType[]; to: readonly NodeType[] }][]) {
    const wording = TIE_WORDING[tieType];
    if (rule.from.includes(nodeType)) options.push({ key: `${tieType}:out`, tieType, direction: 'out', otherTypes: rule.to, label: wording.out });
    // A symmetric tie (connected with) is offered once.
    if (rule.to.includes(nodeType) && !(tieType === 'CONNECTED_WITH' && rule.from.includes(nodeType))) options.push({ key: `${tieType}:in`, tieType, direction: 'in', otherTypes: rule.from, label: wording.in });
  }
  return options;
}

/** The POST /api/ties ends for an option: the node is `from` for "out" ties, `to` for "in" ties. */
export function tieEnds(option: TieOption, node: string, other: string): { from: string; to: string } {
  return option.direction === 'out' ? { from: node, to: other } : { from: other, to: node };
}
