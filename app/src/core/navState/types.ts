import type { ColouringId, ParameterValues, SizeMeasureId } from '../appearance';
import type { FilterState } from '../filters/types';
import type { Depth } from '../focus/types';

export interface CameraState {
  x: number;
  y: number;
  ratio: number;
}

/** Everything a shared link reproduces. */
export interface NavState {
  filters: FilterState;
  selected: string | null;
  depth: Depth;
  colour: ColouringId;
  colourParams: ParameterValues;
  size: SizeMeasureId;
  sizeParams: ParameterValues;
  camera: CameraState | null;
  mode: 'map' | 'table';
  /** Path finder ends, and the tie types it may follow. */
  path: { from: string; to: string; tieTypes: string[] } | null;
}
