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
  const initialAppearance = useRef(appearance);

  useEffect(() => {
    // The display graph arrives built from this data, curves and all.
    if (first.current) {
      first.current = false;
      return;
    }
    const display = sigma.getGraph();
    const ties = display.size;
    const added = syncDisplayGraph(display, data, appearance);
    if (added.length > 0 || display.size !== ties) curveParallelTies(display);
    if (added.length > 0) {
      // Index the new nodes now: a later attribute-only update would otherwise find them unindexed.
      sigma.refresh();
      onNodesAdded(added);
    }
    // appearance is applied by the effect below; only data changes need a sync.
  }, [sigma, data]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    // The first appearance is the one the display graph was built with.
    if (appearance === initialAppearance.current) return;
    applyAppearance(sigma.getGraph(), appearance);
  }, [sigma, appearance]);

  return null;
}
