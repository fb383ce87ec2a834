import { createContext, useContext } from 'react';
import type Sigma from 'sigma';
import type { DisplayEdgeAttributes, DisplayNodeAttributes } from '../core/appearance';

export type AtlasSigma = Sigma<DisplayNodeAttributes, DisplayEdgeAttributes>;

export const SigmaContext = createContext<AtlasSigma | null>(null);

/** Controllers only render inside GraphView, once sigma exists. */
export function useSigma(): AtlasSigma {
  const sigma = useContext(SigmaContext);
  if (!sigma) throw new Error('useSigma must be used inside <GraphView>');
  return sigma;
}
