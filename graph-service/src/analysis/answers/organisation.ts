/**
 * An organisation's own answers, for its panel: whom it should meet (the introductions ranking of
 * the gap list, kept to pairs it is in, each with the same reason), the gap lists it appears in,
 * and what would happen if it closed (the what-if analysis as it is).
 */
import type { AnalysisContext } from '../context.ts';
import { introductionReason, rankIntroductions } from '../gaps/introductions.ts';
import { runGaps } from '../gaps/registry.ts';
import type { GapItem } from '../types.ts';
import { whatIf, type WhatIfResult } from '../whatIf.ts';

export interface SuggestedIntroduction {
  /** The organisation to meet. */
  id: string;
  name: string;
  reason: string;
  /** Adamic–Adar: the larger, the more they share that few others do. */
  score: number;
  /** Where it comes in the map's whole ranking of introductions (1 is the best match anywhere). */
  rank: number;
  themes: string[];
  areas: string[];
  partners: string[];
}

export interface GapAppearance {
  detector: string;
  title: string;
  /** The items that name the organisation: about it, or naming it beside another. */
  items: GapItem[];
}

export interface OrganisationAnswers {
  introductions: SuggestedIntroduction[];
  gaps: GapAppearance[];
  whatIf: WhatIfResult;
}

export interface OrganisationAnswerOptions {
  /** How many introductions to suggest. */
  introductions?: number;
  /** Gap list parameters, as the Gaps panel sends them. */
  gapParameters?: Record<string, number>;
}

export const DEFAULT_INTRODUCTIONS = 5;
/** The gap list whose pairs this answer lists itself, one per organisation to meet. */
const INTRODUCTIONS_LIST = 'introductions';

export function suggestedIntroductions(context: AnalysisContext, id: string, limit = DEFAULT_INTRODUCTIONS): SuggestedIntroduction[] {
  const { facts } = context.network;
  const found: SuggestedIntroduction[] = [];
  const ranking = rankIntroductions(context);
  for (let i = 0; i < ranking.length && found.length < limit; i++) {
    const { a, b, score } = ranking[i];
    if (a !== id && b !== id) continue;
    const other = a === id ? b : a;
    const { shared, reason } = introductionReason(context, id, other);
    found.push({ id: other, name: facts.name(other), reason, score: Number(score.toFixed(6)), rank: i + 1, ...shared });
  }
  return found;
}

/** Every gap list with the items that name the organisation, lists without one left out. */
export function gapsNaming(context: AnalysisContext, id: string, parameters: Record<string, number> = {}): GapAppearance[] {
  return runGaps(context, parameters)
    .filter((list) => list.detector !== INTRODUCTIONS_LIST)
    .map((list) => ({ detector: list.detector, title: list.title, items: list.items.filter((item) => item.nodeIds.includes(id)) }))
    .filter((list) => list.items.length > 0);
}

export function organisationAnswers(context: AnalysisContext, id: string, options: OrganisationAnswerOptions = {}): OrganisationAnswers {
  return {
    introductions: suggestedIntroductions(context, id, options.introductions),
    gaps: gapsNaming(context, id, options.gapParameters),
    whatIf: whatIf(context.data, id, 'closes', context.options),
  };
}
