import type { DataGraph } from '../core/graph';
import { NodePicker } from './NodePicker';

/** The header's search: picking a suggestion moves the camera there and opens its details. */
export function Search({ data, onSelect }: { data: DataGraph; onSelect: (node: string) => void }) {
  return (
    <search className="search">
      <NodePicker data={data} onPick={onSelect} label="Find on the map" placeholder="Find an organisation, person, theme…" testId="search-input" />
    </search>
  );
}
