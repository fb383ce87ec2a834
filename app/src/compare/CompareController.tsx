import { useEffect, useState } from 'react';
import type { AtlasSettings } from '../rendering/sigma';
import { isAlive, useAtlasSigma, watchKill } from '../rendering/sigma';
import { useAtlas, useStore } from '../stores';
import { compareEdge, compareNode } from './highlight';
import { compareOf } from './store';

/**
 * Draws the comparison on the map by wrapping the map's own reducers (filters, focus, hover run
 * first, then the comparison colours what changed): the graph is never rebuilt, one refresh per
 * change. Renders nothing; it also keeps the comparison asking the service when its dates change.
 */
export function CompareController() {
  const sigma = useAtlasSigma();
  const atlas = useAtlas();
  const compare = compareOf(atlas);
  const highlight = useStore(compare.highlight);
  const selected = useStore(atlas.selection.node);
  // The map's reducers as the stage made them, kept once so wrapping never stacks.
  const [base] = useState(() => ({ node: sigma.getSetting('nodeReducer'), edge: sigma.getSetting('edgeReducer') }));

  useEffect(() => compare.start(), [compare]);
  useEffect(() => watchKill(sigma), [sigma]);

  useEffect(() => {
    if (!highlight) {
      if (sigma.getSetting('nodeReducer') !== base.node) {
        sigma.setSetting('nodeReducer', base.node);
        sigma.setSetting('edgeReducer', base.edge);
      }
      return;
    }
    const nodeReducer: AtlasSettings['nodeReducer'] = (node, attrs) => compareNode(node, base.node ? base.node(node, attrs) : { ...attrs }, highlight, selected);
    const edgeReducer: AtlasSettings['edgeReducer'] = (edge, attrs) => compareEdge(edge, base.edge ? base.edge(edge, attrs) : { ...attrs }, highlight);
    sigma.setSetting('nodeReducer', nodeReducer ?? null);
    sigma.setSetting('edgeReducer', edgeReducer ?? null);
  }, [sigma, base, highlight, selected]);

  useEffect(
    () => () => {
      // The map may be gone already (its container unmounts first): nothing to put back then.
      if (!isAlive(sigma)) return;
      sigma.setSetting('nodeReducer', base.node);
      sigma.setSetting('edgeReducer', base.edge);
    },
    [sigma, base],
  );

  return null;
}
