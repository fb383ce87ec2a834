/** Messages between the panels and the analysis worker. */
import type { Analysis, WhatIfMode, WhatIfResult } from '../../../graph-service/src/analysis/index.ts';

export interface AnalysisSettings {
  resolution: number;
  seed: number;
  gapParameters: Record<string, number>;
}

export type WorkerRequest =
  | { id: number; kind: 'load'; graph: unknown }
  | { id: number; kind: 'analyse'; settings: AnalysisSettings }
  | { id: number; kind: 'what-if'; organisation: string; mode: WhatIfMode; settings: AnalysisSettings };

export type WorkerResponse =
  | { id: number; ok: true; kind: 'load' }
  | { id: number; ok: true; kind: 'analyse'; analysis: Analysis; millis: number }
  | { id: number; ok: true; kind: 'what-if'; whatIf: WhatIfResult; millis: number }
  | { id: number; ok: false; error: string };
