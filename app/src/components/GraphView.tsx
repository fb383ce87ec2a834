import { SigmaContainer } from '@react-sigma/core';
import type { ReactNode, Ref } from 'react';
import type { DisplayEdgeAttributes, DisplayGraph, DisplayNodeAttributes } from '../core/appearance';
import type { AtlasSettings, AtlasSigma } from '../rendering/sigma';

interface Props {
  graph: DisplayGraph;
  /** Made once per map (see rendering/sigma.ts): new settings would make a new renderer. */
  settings: AtlasSettings;
  /** Controllers: they use the sigma instance and render nothing. */
  children?: ReactNode;
  /** Hands the sigma instance out (picture export). */
  ref?: Ref<AtlasSigma | null>;
}

const FILL = { width: '100%', height: '100%' };

/** The map's canvas: react-sigma owns the sigma instance for one display graph. */
export function GraphView({ graph, settings, children, ref }: Props) {
  return (
    <div className="graph-canvas" data-testid="graph-canvas">
      <SigmaContainer<DisplayNodeAttributes, DisplayEdgeAttributes> ref={ref} graph={graph} settings={settings} style={FILL}>
        {children}
      </SigmaContainer>
    </div>
  );
}
