import type { TieType } from '../graph/types';

export type TieKindId = 'formal' | 'funding' | 'informal' | 'people' | 'context';

export interface TieKind {
  id: TieKindId;
  label: string;
  description: string;
  color: string;
  size: number;
  tieTypes: TieType[];
}

/** Ties grouped the way a community worker talks about them; each kind has its own colour and weight. */
export const TIE_KINDS: TieKind[] = [
  { id: 'formal', label: 'Formal partnership', description: 'Alliance membership and delivery partnerships', color: '#6366f1', size: 1.6, tieTypes: ['MEMBER_OF', 'PARTNER_IN'] },
  { id: 'funding', label: 'Funding', description: 'Money given, with amounts in the details', color: '#059669', size: 2.4, tieTypes: ['FUNDS'] },
  { id: 'informal', label: 'Informal tie', description: 'Connections people reported', color: '#ea580c', size: 1.6, tieTypes: ['CONNECTED_WITH'] },
  { id: 'people', label: 'Works for', description: 'People and the organisations they work for', color: '#db2777', size: 1.2, tieTypes: ['WORKS_FOR'] },
  { id: 'context', label: 'Theme, place and events', description: 'Works on, about, based in, part of, attended, hosted', color: '#cbd5e1', size: 0.8, tieTypes: ['WORKS_ON', 'ABOUT', 'LOCATED_IN', 'PART_OF', 'ATTENDED', 'HOSTED'] },
];

const KIND_BY_TYPE = new Map<TieType, TieKind>(TIE_KINDS.flatMap((kind) => kind.tieTypes.map((t) => [t, kind] as const)));

export function tieKind(tieType: TieType): TieKind {
  return KIND_BY_TYPE.get(tieType) ?? TIE_KINDS[TIE_KINDS.length - 1];
}

/**
 * @sigma/edge-curve's DEFAULT_EDGE_CURVATURE. Not imported: that module touches WebGL when loaded,
 * and this file must stay importable by unit tests in Node.
 */
export const BASE_CURVATURE = 0.25;

/** Curvature of the i-th of n parallel ties: fanned out evenly, as in sigma's parallel-edges example. */
export function parallelCurvature(index: number, maxIndex: number): number {
  if (maxIndex <= 0) return 0;
  if (index < 0) return -parallelCurvature(-index, maxIndex);
  const amplitude = 3.5;
  const maxCurvature = amplitude * (1 - Math.exp(-maxIndex / amplitude)) * BASE_CURVATURE;
  return (maxCurvature * index) / maxIndex;
}

/** How to draw a tie given indexParallelEdgesIndex's attributes: straight when alone, else a curve of its own. */
export function tieShape(index: number | null | undefined, min: number | null | undefined, max: number | null | undefined): { type: 'straight' | 'curved'; curvature: number } {
  if (typeof index !== 'number' || typeof max !== 'number') return { type: 'straight', curvature: 0 };
  // Same-direction ties are indexed around 0; with an odd count the middle one stays straight.
  if (typeof min === 'number' && index === 0) return { type: 'straight', curvature: 0 };
  return { type: 'curved', curvature: parallelCurvature(index, max) };
}
