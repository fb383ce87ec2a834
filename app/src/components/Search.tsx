import type { DataGraph } from '../core/graph';
import { nodeHref } from '../core/route';
import { navigate } from '../hooks/useAddress';
import { NodePicker } from './NodePicker';

/**
 * The header's search: picking a suggestion moves the camera there and opens its details. "Also in
 * other maps" (at the foot of the suggestions) adds the hits of every other map ("is this organisation already mapped elsewhere?");
 * picking one of those opens that map with it selected.
 */
export function Search({ data, onSelect }: { data: DataGraph; onSelect: (node: string) => void }) {
  return (
    <search className="search">
      <NodePicker
        data={data}
        onPick={onSelect}
        label="Find on the map"
        placeholder="Find an organisation, person, theme…"
        testId="search-input"
        onPickElsewhere={(hit) => hit.map && navigate(nodeHref(hit.map, hit.id))}
      />
    </search>
  );
}
