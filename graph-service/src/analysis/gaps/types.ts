/** A gap detector: a named list with typed parameters, so the UI and the API are built from the registry. */
import type { AnalysisContext } from '../context.ts';
import type { GapItem, GapParameter } from '../types.ts';

export interface GapDetector {
  id: string;
  title: string;
  /** One sentence a community worker understands: what the list shows and why it matters. */
  description: string;
  parameters: GapParameter[];
  run(context: AnalysisContext, parameters: Record<string, number>): GapItem[];
  /** Where the one-page report lists it (lower first), and how many of its items it names (0: the count only). */
  report: { order: number; items: number };
}
