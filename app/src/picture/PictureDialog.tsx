/**
 * "Map as a picture": the title, the size (screen, A4 landscape at 150 or 300 dpi) and the format
 * (PNG or SVG); the file has the title, the date, a legend and a source line around the map.
 */
import { useState } from 'react';
import type Sigma from 'sigma';
import { colouring, TIE_KINDS } from '../core/appearance';
import { Dialog } from '../components/Dialog';
import { FormButtons } from '../components/FormButtons';
import { FormError } from '../components/FormError';
import { saveBlob } from '../interchange/download';
import { sceneFromSigma } from '../interchange/svg';
import { useAtlas, useStore } from '../stores';
import { DEFAULT_PICTURE_SIZE, PICTURE_SIZES, pictureSize } from './frame';
import { canvasToPng, framedCanvas, type FrameText } from './pngPicture';
import { framedSvg } from './svgPicture';
import { legendRows, pictureFileName, sourceOf, subtitleOf } from './words';
import './picture.css';

export type PictureFormat = 'png' | 'svg';

interface Props {
  format: PictureFormat;
  getSigma: () => Sigma | null;
  onClose: () => void;
}

export function PictureDialog({ format: initial, getSigma, onClose }: Props) {
  const { record, mapId, appearance, data, filters } = useAtlas();
  const map = useStore(record);
  const colours = useStore(appearance.colours).value;
  const choice = useStore(appearance.choice);
  const counts = useStore(data.counts);
  const visibility = useStore(filters.visibility);
  const visible = useStore(filters.visibleCounts);
  const { asOf } = useStore(filters.filters);
  const [title, setTitle] = useState(map.title);
  const [sizeId, setSizeId] = useState(DEFAULT_PICTURE_SIZE.id);
  const [format, setFormat] = useState<PictureFormat>(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const save = async () => {
    const sigma = getSigma();
    if (!sigma) return setError('The map is not drawn yet; wait for it to appear, then try again.');
    setBusy(true);
    setError(null);
    try {
      const today = new Date().toISOString().slice(0, 10);
      const facts = { title: title.trim() || map.title, mapTitle: map.title, owner: map.owner, shown: visibility ? visible.nodes : counts.nodes, total: counts.nodes, asOf, address: window.location.href, today };
      const text: FrameText = { title: facts.title, subtitle: subtitleOf(facts), source: sourceOf(facts), legend: legendRows(colouring(choice.colour).label, colours.legend, TIE_KINDS) };
      const size = pictureSize(sizeId);
      const blob = format === 'png' ? await canvasToPng(await framedCanvas(sigma, size, text)) : new Blob([framedSvg(sceneFromSigma(sigma), size, text)], { type: 'image/svg+xml' });
      saveBlob(blob, pictureFileName(mapId, size.id, today, format));
      onClose();
    } catch (caught) {
      setError((caught as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title="Map as a picture" onClose={onClose} busy={busy} testId="picture-dialog">
      <form
        className="picture-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <label>
          Title
          <input value={title} maxLength={120} onChange={(e) => setTitle(e.target.value)} data-testid="picture-title" />
        </label>
        <fieldset>
          <legend>Size</legend>
          {PICTURE_SIZES.map((s) => (
            <label key={s.id} className="picture-choice">
              <input type="radio" name="picture-size" value={s.id} checked={sizeId === s.id} onChange={() => setSizeId(s.id)} data-testid={`picture-size-${s.id}`} />
              {s.label}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Format</legend>
          <label className="picture-choice">
            <input type="radio" name="picture-format" value="png" checked={format === 'png'} onChange={() => setFormat('png')} data-testid="picture-format-png" />
            PNG: a picture for slides, documents and the web
          </label>
          <label className="picture-choice">
            <input type="radio" name="picture-format" value="svg" checked={format === 'svg'} onChange={() => setFormat('svg')} data-testid="picture-format-svg" />
            SVG: a vector drawing that stays sharp at any size
          </label>
        </fieldset>
        <p className="picture-note">The picture shows the map as you see it now, with its title, today's date, a legend and where it came from.</p>
        <FormError message={error} />
        <FormButtons label="Save picture" busyLabel="Drawing…" busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
