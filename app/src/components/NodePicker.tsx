import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { isMissingEndpoint, searchNodes } from '../core/api';
import { NODE_TYPE_STYLES } from '../core/appearance';
import type { DataGraph } from '../core/graph';
import { localSuggestions, moveActive, suggestionsFromApi, type Suggestion } from '../core/search';

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
}

const DEBOUNCE_MS = 180;
/** Once the service says it has no search, stop asking for the rest of the visit. */
let serviceSearch = true;

/**
 * A text box with suggestions from the service's search (typo tolerant, aliases), falling back to
 * names on the loaded map. Arrow keys move, Enter picks, Escape closes: an ARIA combobox.
 */
export function NodePicker({ data, onPick, label, placeholder, keepPicked = false, initialText = '', testId, className = '', inputId }: Props) {
  const [text, setText] = useState(initialText);
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listId = useId();
  const boxRef = useRef<HTMLDivElement>(null);

  useEffect(() => setText(initialText), [initialText]);

  useEffect(() => {
    // A new list has no active entry yet.
    const show = (list: Suggestion[]) => {
      setSuggestions(list);
      setActive(-1);
    };
    const query = text.trim();
    if (!open || query.length === 0) {
      show([]);
      return;
    }
    // Local names at once, the service's ranking when it answers.
    show(localSuggestions(data, query));
    if (!serviceSearch) return;
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      searchNodes(query, controller.signal)
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
  }, [text, open, data]);

  const pick = (s: Suggestion) => {
    onPick(s.id);
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
        <div className="suggestions" role="listbox" id={listId} aria-label={`${label}: suggestions`}>
          {suggestions.length === 0 && <div className="suggestion-empty">Nothing on this map is called that. Check the spelling or clear the filters.</div>}
          {suggestions.map((s, i) => {
            const style = NODE_TYPE_STYLES[s.nodeType];
            return (
              // biome-ignore lint/a11y/useFocusableInteractive: combobox pattern: focus stays in the input, which moves the active option (aria-activedescendant)
              // biome-ignore lint/a11y/useKeyWithClickEvents: the input's arrow keys and Enter choose options; the click is for the pointer
              <div
                key={s.id}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'suggestion active' : 'suggestion'}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => pick(s)}
                onMouseEnter={() => setActive(i)}
              >
                <span className="suggestion-icon" style={{ color: style.ring }} aria-hidden="true">
                  {style.icon}
                </span>
                <span className="suggestion-name">{s.name}</span>
                <span className="suggestion-type">{s.note ?? style.singular}</span>
              </div>
            );
          })}
        </div>
      )}
    </div>
  );
}
