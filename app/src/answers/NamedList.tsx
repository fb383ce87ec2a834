/** A list of nodes with one line each on why, the names opening their panels; a long list starts short. */
import { useState } from 'react';

export interface NamedLine {
  key: string;
  id: string;
  name: string;
  /** After the name, e.g. the role at an event. */
  note?: string;
  reason: string;
}

const SHOWN_AT_FIRST = 8;

export function NamedList({ lines, onSelect, testId }: { lines: NamedLine[]; onSelect: (id: string) => void; testId: string }) {
  const [all, setAll] = useState(false);
  if (lines.length === 0) return null;
  return (
    <>
      <ul className="answers-list" data-testid={testId}>
        {(all ? lines : lines.slice(0, SHOWN_AT_FIRST)).map((line) => (
          <li key={line.key}>
            <button type="button" className="link" onClick={() => onSelect(line.id)}>
              {line.name}
            </button>
            {line.note && <span className="answers-note"> ({line.note})</span>}
            <span className="answers-reason">{line.reason}</span>
          </li>
        ))}
      </ul>
      {!all && lines.length > SHOWN_AT_FIRST && (
        <button type="button" className="link small" onClick={() => setAll(true)}>
          Show all {lines.length}
        </button>
      )}
    </>
  );
}
