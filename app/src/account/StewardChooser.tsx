/**
 * The organisations a member is a steward of, chosen by name: each shown as a chip with a remove
 * button, and a box that suggests the map's organisations as one types (a native datalist, so the
 * keyboard and screen readers work as in any form).
 */
import { useEffect, useId, useRef, useState } from 'react';
import { fetchNode } from '../core/api';
import { searchOrganisations } from './api';

const DEBOUNCE_MS = 180;

export function StewardChooser({ map, who, chosen, onChange }: { map: string; who: string; chosen: string[]; onChange: (ids: string[]) => void }) {
  const listId = useId();
  const [names, setNames] = useState<Record<string, string>>({});
  const [text, setText] = useState('');
  const [hits, setHits] = useState<{ id: string; name: string }[]>([]);
  const asked = useRef(new Set<string>());

  useEffect(() => {
    for (const id of chosen) {
      if (asked.current.has(id)) continue;
      asked.current.add(id);
      fetchNode(map, id).then(
        (answer) => setNames((known) => ({ ...known, [id]: answer.node.name })),
        () => setNames((known) => ({ ...known, [id]: id })),
      );
    }
  }, [map, chosen]);

  useEffect(() => {
    const q = text.trim();
    if (q.length < 2) return setHits([]);
    const abort = new AbortController();
    const timer = setTimeout(() => void searchOrganisations(map, q, abort.signal).then(setHits, () => {}), DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [map, text]);

  const typed = (value: string) => {
    const picked = hits.find((hit) => hit.name === value);
    if (!picked) return setText(value);
    asked.current.add(picked.id);
    setNames((known) => ({ ...known, [picked.id]: picked.name }));
    setText('');
    if (!chosen.includes(picked.id)) onChange([...chosen, picked.id]);
  };

  return (
    <div className="steward-chooser">
      <ul className="chips" aria-label={`Organisations ${who} is a steward of`}>
        {chosen.map((id) => (
          <li key={id} className="chip">
            {names[id] ?? '…'}
            <button type="button" className="link small" aria-label={`${who} no longer speaks for ${names[id] ?? id}`} onClick={() => onChange(chosen.filter((c) => c !== id))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <input aria-label={`Add an organisation ${who} is a steward of`} list={listId} value={text} onChange={(e) => typed(e.target.value)} placeholder="Type an organisation's name" />
      <datalist id={listId}>
        {hits.map((hit) => (
          <option key={hit.id} value={hit.name} />
        ))}
      </datalist>
    </div>
  );
}
