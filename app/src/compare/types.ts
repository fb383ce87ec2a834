/**
 * The answer of GET /api/maps/:map/compare, taken from the service's contract (`import type`: no
 * TypeBox in the bundle), so the panel and the route cannot drift apart.
 */
import type { Static } from 'typebox';
import type { Changes as ChangesSchema, CompareAnswer as CompareAnswerSchema, GrowthFigures as GrowthFiguresSchema, NodeRef as NodeRefSchema, TieChange as TieChangeSchema } from '../../../graph-service/src/contract/time';

export type NodeRef = Static<typeof NodeRefSchema>;
export type TieChange = Static<typeof TieChangeSchema>;
export type GrowthFigures = Static<typeof GrowthFiguresSchema>;
export type Changes = Static<typeof ChangesSchema>;
export type CompareAnswer = Static<typeof CompareAnswerSchema>;

/** Two dates to compare, YYYY, YYYY-MM or YYYY-MM-DD. */
export interface CompareRange {
  from: string;
  to: string;
}
