/** The history's routes: a node's changes, reverting one, and saying a node or tie is still true. */
import type { History } from '../../../../graph-service/src/contract/types';
import { mapPath, requestJSON } from './request';
import type { Entity, TieEntity } from './types';

export type Change = History['change'];

export async function fetchNodeHistory(map: string, id: string, signal?: AbortSignal): Promise<Change[]> {
  return (await requestJSON<History['list']>(mapPath(map, `nodes/${encodeURIComponent(id)}/history`), { signal })).changes;
}

export function revertChange(map: string, changeId: string): Promise<Change> {
  return requestJSON<Change>(mapPath(map, `changes/${encodeURIComponent(changeId)}/revert`), { method: 'POST' });
}

export function confirmNode(map: string, id: string): Promise<Entity> {
  return requestJSON<Entity>(mapPath(map, `nodes/${encodeURIComponent(id)}/confirm`), { method: 'POST' });
}

export function confirmTie(map: string, id: string): Promise<TieEntity> {
  return requestJSON<TieEntity>(mapPath(map, `ties/${encodeURIComponent(id)}/confirm`), { method: 'POST' });
}
