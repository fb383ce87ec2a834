/** A map's saved views through the API (typed by the contract, contract/savedViews.ts). */
import type { Static } from 'typebox';
import type { SavedViewBody, SavedViewList, SavedViewSchema } from '../../../graph-service/src/contract/savedViews';
import { mapPath, requestJSON } from '../core/api/request';

export type SavedView = Static<typeof SavedViewSchema>;
export type SavedViewInput = Static<typeof SavedViewBody>;

export async function listViews(map: string): Promise<SavedView[]> {
  return (await requestJSON<Static<typeof SavedViewList>>(mapPath(map, 'views'))).views;
}

export function saveView(map: string, input: SavedViewInput): Promise<SavedView> {
  return requestJSON<SavedView>(mapPath(map, 'views'), { method: 'POST', body: JSON.stringify(input) });
}

export async function deleteView(map: string, id: string): Promise<void> {
  await requestJSON(mapPath(map, `views/${encodeURIComponent(id)}`), { method: 'DELETE' });
}
