/** "Add to selection" in a node's panel: how a node found by search or in the table joins several chosen on the map. */
import { useAtlas, useStore } from '../stores';
import { multiSelectionOf } from './multiSelection';

export function AddToSelection({ nodeId }: { nodeId: string }) {
  const multi = multiSelectionOf(useAtlas());
  const ids = useStore(multi.ids);
  const others = ids.filter((id) => id !== nodeId).length;
  return (
    <button
      type="button"
      className="secondary small"
      onClick={() => multi.add(nodeId)}
      title="Choose several nodes to see the ties among them (or ctrl- or shift-click them on the map)"
      data-testid="add-to-selection"
    >
      {others ? `Add to selection (${others} chosen)` : 'Add to selection'}
    </button>
  );
}
