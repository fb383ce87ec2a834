/**
 * Shows a saved view in the open map: its state is an address query string, read by the one
 * address parser (core/navState) and set into the stores, as opening that link would, without
 * reloading the map. The camera glides there unless the person asked for less motion.
 */
import type { Camera } from 'sigma';
import { navDefaults, parseNavState } from '../core/navState';
import type { Atlas } from '../stores/atlas';

/** Whatever holds the map's camera (sigma). */
export type CameraOwner = { getCamera(): Camera };

export function applyView(atlas: Atlas, state: string, sigma: CameraOwner | null): void {
  const nav = parseNavState(state, navDefaults(atlas.record.get().appearance));
  atlas.filters.set(nav.filters);
  atlas.appearance.setColour(nav.colour, nav.colourParams);
  atlas.appearance.setSize(nav.size, nav.sizeParams);
  atlas.selection.selected.set(nav.selected);
  atlas.selection.depth.set(nav.depth);
  atlas.table.mode.set(nav.mode);
  atlas.path.query.set(nav.path);
  if (!nav.camera) return;
  atlas.camera.set(nav.camera);
  const still = typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  void sigma?.getCamera().animate(nav.camera, { duration: still ? 0 : 500 });
}
