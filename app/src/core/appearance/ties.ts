import { MODEL, tieTypeEntry, type AtlasModel, type KindGroupId } from '../../../../graph-service/src/model/model';
import { filterGroups } from '../filters/groups';
import type { TieType } from '../graph/types';

export type TieKindId = KindGroupId;

export interface TieKind {
  id: TieKindId;
  label: string;
  description: string;
  color: string;
  size: number;
  tieTypes: TieType[];
}

/** The legend: the filter's groups (the model's kind groups) with each one's colour and weight. */
export function legendEntries(model: AtlasModel = MODEL): TieKind[] {
  return filterGroups(model).map((group) => ({ ...group, id: group.id as TieKindId, color: model.kindGroups[group.id].color, size: model.kindGroups[group.id].size }));
}

/** Ties grouped the way a community worker talks about them; each kind has its own colour and weight. */
export const TIE_KINDS: TieKind[] = legendEntries(MODEL);

/** The kind a tie type is drawn as; a type the model does not know is drawn as the last (context) kind. */
export function tieKind(tieType: TieType, kinds: TieKind[] = TIE_KINDS, model: AtlasModel = MODEL): TieKind {
  const id = tieTypeEntry(tieType, model)?.kind;
  return kinds.find((kind) => kind.id === id) ?? kinds[kinds.length - 1];
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
