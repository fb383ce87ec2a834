/**
 * The map's saved views and the presentation, one per loaded map (as compare/store.ts keeps its
 * dates): the Views tab and the presentation bar share them.
 */
import type { CameraOwner } from './applyView';
import { store, type Store } from '../stores/store';
import type { Atlas } from '../stores/atlas';
import { listViews, type SavedView } from './api';

export interface Presentation {
  views: Store<SavedView[] | null>;
  error: Store<string | null>;
  /** The step shown, or null when not presenting. */
  step: Store<number | null>;
  reload(): Promise<void>;
  /** The map's renderer, for the camera; set by the presentation bar, which the map page holds. */
  getSigma: () => CameraOwner | null;
}

const PRESENTATIONS = new WeakMap<Atlas, Presentation>();

export function presentationOf(atlas: Atlas): Presentation {
  const known = PRESENTATIONS.get(atlas);
  if (known) return known;
  const views = store<SavedView[] | null>(null);
  const error = store<string | null>(null);
  const made: Presentation = {
    views,
    error,
    step: store<number | null>(null),
    getSigma: () => null,
    async reload() {
      try {
        views.set(await listViews(atlas.mapId));
        error.set(null);
      } catch (caught) {
        error.set((caught as Error).message);
      }
    },
  };
  PRESENTATIONS.set(atlas, made);
  return made;
}

/** The next step, kept within the views (the last step stays the last). */
export function stepBy(step: number, by: number, count: number): number {
  return Math.min(Math.max(step + by, 0), Math.max(count - 1, 0));
}
