import { createContext, useContext } from 'react';
import type { Atlas } from './atlas';

export const AtlasContext = createContext<Atlas | null>(null);

/** The loaded map's stores; components and controllers only render inside <AtlasContext.Provider>. */
export function useAtlas(): Atlas {
  const atlas = useContext(AtlasContext);
  if (!atlas) throw new Error('useAtlas: render this inside the map (AtlasContext.Provider)');
  return atlas;
}
