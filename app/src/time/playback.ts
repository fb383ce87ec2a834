/** Playing the timeline: the dates it steps through and how long each is shown. */
import type { Timeline } from '../core/time';
import { store } from '../stores/store';

export const PLAY_DEFAULTS = { totalMs: 9000, minStepMs: 250, maxStepMs: 700 };

/** Each step's time on screen: the whole run takes about `totalMs`, within the bounds. */
export function stepMs(timeline: Timeline, options: Partial<typeof PLAY_DEFAULTS> = {}): number {
  const { totalMs, minStepMs, maxStepMs } = { ...PLAY_DEFAULTS, ...options };
  return Math.min(maxStepMs, Math.max(minStepMs, totalMs / Math.max(1, timeline.bins.length)));
}

/** Where a play starts: from the first bin, unless the slider stands part-way (then from there). */
export function playStart(position: number, bins: number): number {
  return position >= 0 && position < bins - 1 ? position : 0;
}

/** Whether the reader asked the system for less motion: arrivals then appear at once. */
export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export function createPlayback() {
  return { playing: store(false) };
}

export type Playback = ReturnType<typeof createPlayback>;
