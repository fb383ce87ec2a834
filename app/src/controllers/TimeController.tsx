import { useEffect } from 'react';
import { arrivalsBetween, pruneArrivals, type TimeLook } from '../core/time';
import { isAlive, useAtlasSigma, watchKill } from '../rendering/sigma';
import { useAtlas } from '../stores';
import { prefersReducedMotion } from '../time/playback';

/**
 * Keeps the time look in step with the "as of": what is undated on the date, and what came into
 * the picture since the last date, which fades in frame by frame (requestAnimationFrame) through a
 * partial refresh of those nodes and ties alone; nothing moves and nothing is laid out again.
 */
export function TimeController({ look }: { look: TimeLook }) {
  const sigma = useAtlasSigma();
  const { filters } = useAtlas();

  useEffect(() => {
    watchKill(sigma);
    let previous = filters.visibility.get();
    let frame = 0;
    const tick = () => {
      if (!isAlive(sigma)) {
        frame = 0;
        return;
      }
      look.now = performance.now();
      const { nodes, edges } = look.arrivals;
      sigma.refresh({ partialGraph: { nodes: [...nodes.keys()], edges: [...edges.keys()] }, skipIndexation: true });
      frame = pruneArrivals(look.arrivals, look.now, look.durationMs) ? requestAnimationFrame(tick) : 0;
    };
    // Subscribed, not an effect on a value, so the look is ready before the emphasis redraws the map.
    const stop = filters.visibility.subscribe(() => {
      const next = filters.visibility.get();
      if (next === previous) return;
      look.undated = next?.undated ?? null;
      look.now = performance.now();
      if (prefersReducedMotion()) {
        look.arrivals.nodes.clear();
        look.arrivals.edges.clear();
      } else arrivalsBetween(previous, next, look.now, look.arrivals);
      previous = next;
      if (look.arrivals.nodes.size + look.arrivals.edges.size > 0 && frame === 0) frame = requestAnimationFrame(tick);
    });
    return () => {
      stop();
      cancelAnimationFrame(frame);
    };
  }, [sigma, filters, look]);

  return null;
}
