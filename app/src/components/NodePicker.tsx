import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { isMissingEndpoint, searchEverywhere, searchNodes } from '../core/api';
import { NODE_TYPE_STYLES } from '../core/appearance';
import type { DataGraph } from '../core/graph';
import { elsewhereSuggestions, localSuggestions, moveActive, suggestionsFromApi, type Suggestion } from '../core/search';
import { useAtlas, useStore } from '../stores';

interface Props {
  data: DataGraph;
  onPick: (node: string) => void;
  label: string;
  placeholder: string;
  /** Clear the box after a pick (the header search) or show the picked name (path ends). */
  keepPicked?: boolean;
  initialText?: string;
  testId?: string;
  className?: string;
  /** For a visible <label htmlFor> elsewhere in a form. */
  inputId?: string;
  /** Given, the list offers "Also in other maps" (the search across maps); picking such a hit calls it. */
  onPickElsewhere?: (hit: Suggestion) => void;
}

const DEBOUNCE_MS = 180;
/** Once the service says it has no search, stop asking for the rest of the visit. */
let serviceSearch = true;

/**
 * A text box with suggestions from the service's search (typo tolerant, aliases), falling back to
 * names on the loaded map. Arrow keys move, Enter picks, Escape closes: an ARIA combobox.
 */
export function NodePicker({ data, onPick, label, placeholder, keepPicked = false, initialText = '', testId, className = '', inputId, onPickElsewhere }: Props) {
  const { mapId, filters } = useAtlas();
  // The service's hits are those of the map's "as of", as the map shows them.
  const { asOf, undated } = useStore(filters.filters);
  const [text, setText] = useState(initialText);
  const [allHere, setHere] = useState<Suggestion[]>([]);
  /** Hits in other maps; null while the search across maps is asked. */
  const [there, setThere] = useState<Suggestion[] | null>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [elsewhere, setElsewhere] = useState(false);
  // With the other maps shown too, this map's best few leave room for them without scrolling.
  const here = elsewhere ? allHere.slice(0, 4) : allHere;
  const suggestions = [...here, ...(there ?? [])];
  const listId = useId();
  const boxRef = useRef<HTMLDivElement>(null);

  useEffect(() => setText(initialText), [initialText]);

  useEffect(() => {
    // A new list has no active entry yet.
    const show = (list: Suggestion[]) => {
      setHere(list);
      setActive(-1);
    };
    const query = text.trim();
    setThere(elsewhere ? null : []);
    if (!open || query.length === 0) {
      show([]);
      return;
    }
    // Local names at once, the service's ranking when it answers.
    show(localSuggestions(data, query));
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      if (elsewhere) {
        searchEverywhere(query, controller.signal)
          .then((results) => setThere(elsewhereSuggestions(results, mapId)))
          .catch(() => setThere([]));
      }
      if (!serviceSearch) return;
      searchNodes(mapId, query, controller.signal, 8, { asOf, undated })
        .then((results) => {
          const fromApi = suggestionsFromApi(results, data);
          if (fromApi.length > 0) show(fromApi);
        })
        .catch((error: Error) => {
          if (isMissingEndpoint(error)) serviceSearch = false;
          // Otherwise keep the local suggestions: searching must not fail loudly.
        });
    }, DEBOUNCE_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [text, open, data, mapId, elsewhere, asOf, undated]);

  const pick = (s: Suggestion) => {
    if (s.map) onPickElsewhere?.(s);
    else onPick(s.id);
    setText(keepPicked ? s.name : '');
    setOpen(false);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => moveActive(a, suggestions.length, e.key as 'ArrowDown' | 'ArrowUp'));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const chosen = suggestions[active] ?? suggestions[0];
      if (chosen) pick(chosen);
    } else if (e.key === 'Escape' && open) {
      // Close the list only; a second Escape reaches the page (closing panels).
      e.stopPropagation();
      e.nativeEvent.stopImmediatePropagation();
      setOpen(false);
    }
  };

  const showList = open && text.trim().length > 0;
  return (
    <div className={`picker ${className}`} ref={boxRef}>
      <input
        id={inputId}
        type="search"
        role="combobox"
        aria-label={label}
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
        placeholder={placeholder}
        value={text}
        data-testid={testId}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={(e) => {
          if (!boxRef.current?.contains(e.relatedTarget as Node | null)) setOpen(false);
        }}
        onKeyDown={onKeyDown}
      />
      {showList && (
        <div className="suggestions">
          <div role="listbox" id={listId} aria-label={`${label}: suggestions`}>
            {here.length === 0 && <div className="suggestion-empty">Nothing on this map is called that. Check the spelling or clear the filters.</div>}
            {here.map((s, i) => (
              <Option key={s.id} s={s} id={`${listId}-${i}`} active={i === active} onPick={pick} onHover={() => setActive(i)} />
            ))}
            {elsewhere && (
              // biome-ignore lint/a11y/useSemanticElements: a listbox groups its options with role="group"; a fieldset is for form controls
              <div role="group" aria-label="In other maps" className="suggestion-group" data-testid="search-elsewhere">
                <div className="suggestion-heading" aria-hidden="true">
                  In other maps
                </div>
                {there === null && <div className="suggestion-empty">Searching the other maps…</div>}
                {there?.length === 0 && <div className="suggestion-empty">No other map has a match.</div>}
                {there?.map((s, j) => {
                  const i = here.length + j;
                  return <Option key={`${s.map}/${s.id}`} s={s} id={`${listId}-${i}`} active={i === active} onPick={pick} onHover={() => setActive(i)} />;
                })}
              </div>
            )}
          </div>
          {onPickElsewhere && !elsewhere && (
            <button type="button" className="suggestion-more" onMouseDown={(e) => e.preventDefault()} onClick={() => setElsewhere(true)} data-testid="search-elsewhere-toggle">
              Also look in other maps
            </button>
          )}
        </div>
      )}
    </div>
  );
}

function Option({ s, id, active, onPick, onHover }: { s: Suggestion; id: string; active: boolean; onPick: (s: Suggestion) => void; onHover: () => void }) {
  const style = NODE_TYPE_STYLES[s.nodeType];
  return (
    // biome-ignore lint/a11y/useFocusableInteractive: combobox pattern: focus stays in the input, which moves the active option (aria-activedescendant)
    // biome-ignore lint/a11y/useKeyWithClickEvents: the input's arrow keys and Enter choose options; the click is for the pointer
    <div id={id} role="option" aria-selected={active} className={active ? 'suggestion active' : 'suggestion'} onMouseDown={(e) => e.preventDefault()} onClick={() => onPick(s)} onMouseEnter={onHover}>
      <span className="suggestion-icon" style={{ color: style.ring }} aria-hidden="true">
        {style.icon}
      </span>
      <span className="suggestion-name">{s.name}</span>
      <span className="suggestion-type">{s.map ? `in ${s.mapTitle}` : (s.note ?? style.singular)}</span>
    </div>
  );
}
