import { useEffect, useRef } from 'react';
import { applyAppearance, syncDisplayGraph } from '../core/appearance';
import { curveParallelTies } from '../rendering/parallelTies';
import { useAtlasSigma } from '../rendering/sigma';
import { useAtlas, useStore } from '../stores';

/** Keeps the display graph in step with the data (expansions, edits) and the chosen sizes and colours. */
export function AppearanceController() {
  const sigma = useAtlasSigma();
  const atlas = useAtlas();
  const data = useStore(atlas.data.state);
  const appearance = useStore(atlas.appearance.appearance);
  // The display graph arrives built from this data and appearance, curves and all.
  const built = useRef({ data, appearance });

  useEffect(() => {
    if (data === built.current.data) return;
    const display = sigma.getGraph();
    const ties = display.size;
    const added = syncDisplayGraph(display, data.graph, atlas.appearance.appearance.get());
    if (added.length > 0 || display.size !== ties) curveParallelTies(display);
    if (added.length > 0) {
      // Index the new nodes now: a later attribute-only update would otherwise find them unindexed.
      sigma.refresh();
      // Make room for them.
      atlas.layout.again();
    }
  }, [sigma, atlas, data]);

  useEffect(() => {
    if (appearance !== built.current.appearance) applyAppearance(sigma.getGraph(), appearance);
  }, [sigma, appearance]);

  return null;
}
