/**
 * The sidebar's Views tab: the map's saved views (show one, present from it), and for editors a
 * form to save the view on screen now with a name and a text, and a delete per view.
 */
import { useEffect, useState } from 'react';
import { useMapAccess } from '../account';
import { FormError } from '../components/FormError';
import { useAtlas, useStore } from '../stores';
import { deleteView, saveView } from './api';
import { applyView } from './applyView';
import { presentationOf } from './store';
import './presentation.css';

export function ViewsPanel() {
  const atlas = useAtlas();
  const presentation = presentationOf(atlas);
  const views = useStore(presentation.views);
  const loadError = useStore(presentation.error);
  const may = useMapAccess();
  const archived = useStore(atlas.record).archived;
  const [name, setName] = useState('');
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);

  useEffect(() => {
    void presentation.reload();
  }, [presentation]);

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      const saved = await saveView(atlas.mapId, { name, text, state: window.location.search });
      await presentation.reload();
      setName('');
      setText('');
      setNote(`Saved "${saved.name}": everyone who opens the map finds it here.`);
    } catch (caught) {
      setError((caught as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const remove = async (id: string, label: string) => {
    if (!window.confirm(`Delete the view "${label}" for everyone?`)) return;
    try {
      await deleteView(atlas.mapId, id);
      await presentation.reload();
      setNote(`Deleted "${label}".`);
    } catch (caught) {
      setError((caught as Error).message);
    }
  };

  return (
    <section className="views-panel" aria-labelledby="views-heading" data-testid="views-panel">
      <h2 id="views-heading">Saved views</h2>
      <p className="hint">Named views of this map (filters, focus, colours and camera, with a text) to show one by one or present.</p>
      <FormError message={loadError} />
      {views && views.length === 0 && <p className="hint">No saved views yet.</p>}
      {views && views.length > 0 && (
        <>
          <button type="button" className="primary" onClick={() => presentation.step.set(0)} data-testid="views-present">
            Present {views.length} {views.length === 1 ? 'view' : 'views'}
          </button>
          <ol className="views-list">
            {views.map((view, index) => (
              <li key={view.id} data-testid="view-item">
                <div className="views-name">{view.name}</div>
                {view.text && <p className="views-text">{view.text}</p>}
                <div className="button-row">
                  <button type="button" className="secondary small" onClick={() => applyView(atlas, view.state, presentation.getSigma())} aria-label={`Show ${view.name}`}>
                    Show
                  </button>
                  <button type="button" className="secondary small" onClick={() => presentation.step.set(index)} aria-label={`Present from here: ${view.name}`}>
                    Present from here
                  </button>
                  {may.edit && (
                    <button type="button" className="secondary small" onClick={() => void remove(view.id, view.name)} disabled={archived} aria-label={`Delete ${view.name}`}>
                      Delete
                    </button>
                  )}
                </div>
              </li>
            ))}
          </ol>
        </>
      )}
      {may.edit && (
        <form
          className="views-form"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <h3>Save the view on screen</h3>
          <label>
            Name
            <input value={name} maxLength={80} required onChange={(e) => setName(e.target.value)} data-testid="view-name" />
          </label>
          <label>
            What to say about it
            <textarea value={text} maxLength={2000} rows={3} onChange={(e) => setText(e.target.value)} data-testid="view-text" />
          </label>
          <FormError message={error} />
          <button type="submit" className="primary" disabled={busy || archived || !name.trim()} data-testid="view-save">
            {busy ? 'Saving…' : 'Save view'}
          </button>
        </form>
      )}
      {note && (
        <p className="field-note" role="status">
          {note}
        </p>
      )}
    </section>
  );
}
