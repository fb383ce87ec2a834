import { MODEL, type AtlasModel } from '../../../../graph-service/src/model/model';
import type { TieType } from '../graph/types';

export interface TieFilterGroup {
  id: string;
  label: string;
  description: string;
  tieTypes: TieType[];
}

/** The tie-type filter's groups: the model's kind groups, each with the tie types in it. */
export function filterGroups(model: AtlasModel = MODEL): TieFilterGroup[] {
  const types = Object.entries(model.tieTypes);
  return Object.entries(model.kindGroups).map(([id, { label, description }]) => ({
    id,
    label,
    description,
    tieTypes: types.filter(([, entry]) => entry.kind === id).map(([type]) => type as TieType),
  }));
}
