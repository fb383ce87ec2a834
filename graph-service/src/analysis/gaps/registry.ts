/** Every gap list, in the order the Gaps panel shows them. The UI and the API are built from this. */
import type { AnalysisContext } from '../context.ts';
import type { GapList, GapParameter } from '../types.ts';
import { deliveryPartnersDetector } from './deliveryPartners.ts';
import { unfundedClustersDetector, unfundedDetector } from './funding.ts';
import { introductionsDetector } from './introductions.ts';
import { isolatedDetector, singleTieDetector } from './isolated.ts';
import { staleDetector } from './stale.ts';
import { brokersDetector, clusterLinksDetector, cutPointsDetector } from './structure.ts';
import { themesDetector } from './themes.ts';
import type { GapDetector } from './types.ts';

export const GAP_DETECTORS: readonly GapDetector[] = [
  isolatedDetector,
  singleTieDetector,
  deliveryPartnersDetector,
  themesDetector,
  clusterLinksDetector,
  cutPointsDetector,
  brokersDetector,
  unfundedDetector,
  unfundedClustersDetector,
  introductionsDetector,
  staleDetector,
];

/** All parameters of all detectors, by name (names are unique across detectors). */
export const GAP_PARAMETERS: Record<string, GapParameter> = Object.fromEntries(GAP_DETECTORS.flatMap((d) => d.parameters.map((p) => [p.name, p])));

export function gapParameterDefaults(): Record<string, number> {
  return Object.fromEntries(Object.values(GAP_PARAMETERS).map((p) => [p.name, p.default]));
}

/** Checks one parameter against its declared type and range; returns an error message or null. */
export function checkGapParameter(name: string, value: number): string | null {
  const spec = GAP_PARAMETERS[name];
  if (!spec) return `Unknown parameter "${name}".`;
  if (!Number.isFinite(value)) return `${name} must be a number.`;
  if (spec.type === 'integer' && !Number.isInteger(value)) return `${name} must be a whole number.`;
  if (value < spec.min || value > spec.max) return `${name} must be between ${spec.min} and ${spec.max}.`;
  return null;
}

export function runGaps(context: AnalysisContext, parameters: Record<string, number> = {}, only?: string[]): GapList[] {
  const values = { ...gapParameterDefaults(), ...parameters };
  for (const [name, value] of Object.entries(parameters)) {
    const problem = checkGapParameter(name, value);
    if (problem) throw new RangeError(problem);
  }
  return GAP_DETECTORS.filter((d) => !only || only.includes(d.id)).map((d) => {
    const own = Object.fromEntries(d.parameters.map((p) => [p.name, values[p.name]]));
    const items = d.run(context, own).sort((a, b) => b.score - a.score || a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
    return { detector: d.id, title: d.title, description: d.description, items, parameters: own };
  });
}
