/**
 * After a write: finds the change the service recorded for it and keeps it for Undo; after an
 * undo: which nodes the map must read again. The history is the one record of changes.
 */
import { fetchNodeHistory, fetchWholeNeighbourhood, isMissingEndpoint, AtlasError, type Change } from '../core/api';
import type { MergeSnapshot } from '../../../graph-service/src/model/history';
import type { SerializedGraph } from '../core/graph';
import { noteOwnChange } from '../history/session';

/**
 * The newest change to `target` (a node, or a tie of `nodeId`), read from `nodeId`'s history, kept
 * for Undo. Ties deleted with their node are part of that change, not changes of their own.
 */
export async function noteChangeOf(map: string, nodeId: string, target = nodeId, action?: Change['action']): Promise<void> {
  const changes = await fetchNodeHistory(map, nodeId);
  const change = changes.find((c) => c.targetId === target && !c.partOf && (!action || c.action === action));
  if (change) noteOwnChange(map, change);
}

/** The nodes a change touched: its node, a tie's two ends, and for a merge the organisation merged away. */
export function touchedNodes(change: Change): string[] {
  const ids = change.targetKind === 'node' ? [change.targetId] : [change.fromId, change.toId];
  if (change.action === 'merge') ids.push(String((change.before as MergeSnapshot | null)?.merged?.properties?.id ?? ''));
  return [...new Set(ids.filter((id): id is string => Boolean(id)))];
}

/** A node's neighbourhood as the service has it now, or null when the node is no longer in the map. */
export async function aroundNow(map: string, id: string): Promise<SerializedGraph | null> {
  try {
    return await fetchWholeNeighbourhood(map, id);
  } catch (error) {
    if (error instanceof AtlasError && error.status === 404 && !isMissingEndpoint(error)) return null;
    throw error;
  }
}
