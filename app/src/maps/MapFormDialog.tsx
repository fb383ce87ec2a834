/** One form for a map's words: a new map, renaming and describing one, and the title of a duplicate. */
import { DEFAULT_FRESHNESS_MONTHS, FRESHNESS_MONTHS_MAX, FRESHNESS_MONTHS_MIN } from '../../../graph-service/src/model/freshness';
import { useId, useState, type FormEvent } from 'react';
import { Dialog } from '../components/Dialog';
import { AtlasError, createMap, duplicateMap, updateMap, type MapRecord } from '../core/api';
import { duplicateTitle, titleProblem } from '../core/maps';
import { MAP_DESCRIPTION_LENGTH, MAP_TITLE_LENGTH } from '../../../graph-service/src/model/maps';
import { FormError } from '../components/FormError';

export type MapFormMode = { kind: 'create' } | { kind: 'edit'; map: MapRecord } | { kind: 'duplicate'; map: MapRecord };

interface Props {
  mode: MapFormMode;
  onDone: (map: MapRecord) => void;
  onClose: () => void;
}

const HEADINGS = { create: 'New map', edit: 'Rename or describe this map', duplicate: 'Duplicate this map' };
const BUTTONS = { create: 'Create map', edit: 'Save', duplicate: 'Duplicate' };

/** Empty fields are left out of a new map; on an existing one they remove the text. */
const textOrNull = (value: string) => (value.trim() ? value.trim() : null);

export function MapFormDialog({ mode, onDone, onClose }: Props) {
  const existing = mode.kind === 'create' ? null : mode.map;
  const [title, setTitle] = useState(mode.kind === 'duplicate' ? duplicateTitle(mode.map.title) : (existing?.title ?? ''));
  const [description, setDescription] = useState(mode.kind === 'edit' ? (mode.map.description ?? '') : '');
  const [owner, setOwner] = useState(mode.kind === 'edit' ? (mode.map.owner ?? '') : '');
  const [months, setMonths] = useState(mode.kind === 'edit' ? String(mode.map.freshnessMonths) : String(DEFAULT_FRESHNESS_MONTHS));
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = { title: useId(), description: useId(), owner: useId(), months: useId(), problem: useId() };

  const send = (): Promise<MapRecord> => {
    if (mode.kind === 'duplicate') return duplicateMap(mode.map.id, title.trim());
    if (mode.kind === 'edit') return updateMap(mode.map.id, mode.map.version, { title: title.trim(), description: textOrNull(description), owner: textOrNull(owner), freshnessMonths: Number(months) });
    return createMap({ title: title.trim(), ...(description.trim() ? { description: description.trim() } : {}), ...(owner.trim() ? { owner: owner.trim() } : {}) });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const wrong = titleProblem(title);
    if (wrong) {
      setProblem(wrong);
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      onDone(await send());
    } catch (e) {
      setProblem(e instanceof AtlasError ? `${e.message} ${e.hint}` : (e as Error).message);
      setBusy(false);
    }
  };

  return (
    <Dialog title={HEADINGS[mode.kind]} onClose={onClose} busy={busy} testId="map-form">
      <form className="map-form" onSubmit={(e) => void submit(e)} noValidate>
        {mode.kind === 'duplicate' && <p className="muted">The copy gets every node and tie of “{mode.map.title}” and its saved layout; the two maps then change separately.</p>}
        <label htmlFor={ids.title}>Title</label>
        <input id={ids.title} value={title} maxLength={MAP_TITLE_LENGTH} onChange={(e) => setTitle(e.target.value)} aria-invalid={problem !== null} aria-describedby={problem ? ids.problem : undefined} data-testid="map-form-title" required />
        {mode.kind !== 'duplicate' && (
          <>
            <label htmlFor={ids.description}>Description</label>
            <textarea id={ids.description} value={description} rows={3} maxLength={MAP_DESCRIPTION_LENGTH} onChange={(e) => setDescription(e.target.value)} placeholder="Whose network this is, and what it is for" data-testid="map-form-description" />
            <label htmlFor={ids.owner}>Kept by</label>
            <input id={ids.owner} value={owner} onChange={(e) => setOwner(e.target.value)} placeholder="A group or a role, e.g. the core group" data-testid="map-form-owner" />
            {mode.kind === 'edit' && (
              <>
                <label htmlFor={ids.months}>Facts stay fresh for (months)</label>
                <input id={ids.months} type="number" min={FRESHNESS_MONTHS_MIN} max={FRESHNESS_MONTHS_MAX} step={1} value={months} onChange={(e) => setMonths(e.target.value)} data-testid="map-form-freshness" />
              </>
            )}
          </>
        )}
        <FormError id={ids.problem} message={problem} />
        <div className="dialog-foot">
          <button type="button" className="secondary" onClick={onClose} disabled={busy}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy} data-testid="map-form-submit">
            {busy ? 'Saving…' : BUTTONS[mode.kind]}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
