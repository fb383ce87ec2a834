import { useMemo, useState, type FormEvent } from 'react';
import type { DataGraph } from '../core/graph';

interface Props {
  data: DataGraph;
  onSelect: (node: string) => void;
}

/** Find a node by name; the browser's datalist does the suggesting. */
export function Search({ data, onSelect }: Props) {
  const [query, setQuery] = useState('');
  const byName = useMemo(() => {
    const map = new Map<string, string>();
    data.forEachNode((node, attrs) => {
      if (!map.has(attrs.label.toLowerCase())) map.set(attrs.label.toLowerCase(), node);
    });
    return map;
  }, [data]);
  const names = useMemo(() => [...new Set(data.mapNodes((_, a) => a.label))].sort((a, b) => a.localeCompare(b)), [data]);

  const find = (text: string): string | undefined => {
    const q = text.trim().toLowerCase();
    if (!q) return undefined;
    return byName.get(q) ?? [...byName.entries()].find(([name]) => name.includes(q))?.[1];
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const node = find(query);
    if (node) onSelect(node);
  };

  return (
    <form className="search" role="search" onSubmit={submit}>
      <input
        type="search"
        list="atlas-names"
        placeholder="Find an organisation, person, theme…"
        aria-label="Find on the map"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          // Picking a suggestion (not typing) fills in an exact name: go there straight away.
          const native = e.nativeEvent;
          const picked = !(native instanceof InputEvent) || native.inputType === 'insertReplacementText';
          const exact = byName.get(e.target.value.trim().toLowerCase());
          if (exact && picked) onSelect(exact);
        }}
      />
      <datalist id="atlas-names">
        {names.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
    </form>
  );
}
