/**
 * The 409 view: someone else saved this record since it was opened. Each field that differs is a
 * block of its own (its name, then theirs and mine one under the other), so it reads at any width;
 * long texts also get a word-by-word diff from theirs to mine.
 */
import { conflictRows, wordDiff, worthDiffing, type NodeForm } from '../core/edit';
import type { Entity } from '../core/api';
import './edit.css';

interface Props {
  form: NodeForm;
  current: Entity;
  onReload: () => void;
  onReapply: () => void;
}

/** The diff's parts, each keyed by its kind and where it starts in the joined text. */
function keyedParts(theirs: string, mine: string) {
  let at = 0;
  return wordDiff(theirs, mine).map((part) => {
    const key = `${part.kind}:${at}`;
    at += part.text.length;
    return { ...part, key };
  });
}

export function ConflictNotice({ form, current, onReload, onReapply }: Props) {
  const rows = conflictRows(form, current);
  return (
    <div className="conflict" role="alert" data-testid="edit-conflict">
      <p>
        <strong>Someone else changed this since you opened it.</strong> Nothing of yours was saved yet. Compare, then keep theirs or put yours on top.
      </p>
      {rows.map((row) => (
        <section key={row.key} className="conflict-field" aria-label={row.label} data-testid="conflict-field">
          <p className="conflict-label">{row.label}</p>
          <p className="conflict-value">
            <span className="conflict-who">Theirs (saved)</span>
            {row.theirs || <em>empty</em>}
          </p>
          <p className="conflict-value">
            <span className="conflict-who">Yours</span>
            {row.mine || <em>empty</em>}
          </p>
          {worthDiffing(row.mine, row.theirs) && (
            <p className="conflict-diff" data-testid="conflict-diff">
              <span className="conflict-who">What yours changes</span>
              {keyedParts(row.theirs, row.mine).map(({ key, kind, text }) =>
                kind === 'same' ? (
                  <span key={key}>{text}</span>
                ) : kind === 'removed' ? (
                  <del key={key} title="Only in theirs">{text}</del>
                ) : (
                  <ins key={key} title="Only in yours">{text}</ins>
                ),
              )}
            </p>
          )}
        </section>
      ))}
      <div className="button-row">
        <button type="button" className="secondary" onClick={onReload}>
          Use theirs and edit again
        </button>
        <button type="button" className="primary" onClick={onReapply}>
          Save mine over theirs
        </button>
      </div>
    </div>
  );
}
