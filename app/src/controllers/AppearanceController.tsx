import { useEffect, useRef } from 'react';
import { applyAppearance, syncDisplayGraph, type Appearance } from '../core/appearance';
import type { DataGraph } from '../core/graph';
import { curveParallelTies } from '../rendering/parallelTies';
import { useSigma } from '../components/sigmaContext';

interface Props {
  data: DataGraph;
  appearance: Appearance;
  /** Told about nodes added by an expansion, so the layout can make room for them. */
  onNodesAdded: (nodes: string[]) => void;
}

/** Keeps the display graph in step with the data (expansions) and the chosen sizes and colours. */
export function AppearanceController({ data, appearance, onNodesAdded }: Props) {
  const sigma = useSigma();
  const first = useRef(true);

  useEffect(() => {
    const display = sigma.getGraph();
    const added = syncDisplayGraph(display, data, appearance);
    // Index parallel ties on the first run too: the display graph was built without curves.
    if (added.length > 0 || first.current) curveParallelTies(display);
    if (added.length > 0) {
      // Index the new nodes now: a later attribute-only update would otherwise find them unindexed.
      sigma.refresh();
      onNodesAdded(added);
    }
    first.current = false;
    // appearance is applied by the effect below; only data changes need a sync.
  }, [sigma, data]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    applyAppearance(sigma.getGraph(), appearance);
  }, [sigma, appearance]);

  return null;
}
