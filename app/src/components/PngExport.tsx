import { downloadAsPNG } from '@sigma/export-image';
import { useState } from 'react';
import type Sigma from 'sigma';
import type { AtlasSigma } from './sigmaContext';

/** "Save picture": the current view as a PNG. Used while the interchange module's ExportMenu is not there. */
export function PngExport({ getSigma }: { getSigma: () => AtlasSigma | null }) {
  const [busy, setBusy] = useState(false);
  const save = async () => {
    const sigma = getSigma();
    if (!sigma) return;
    setBusy(true);
    try {
      // The library takes an untyped Sigma; ours is typed with the display attributes.
      await downloadAsPNG(sigma as unknown as Sigma, { fileName: `alliance-atlas-${new Date().toISOString().slice(0, 10)}`, backgroundColor: '#ffffff' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" className="secondary" onClick={() => void save()} disabled={busy} title="Save the map as you see it as a PNG picture">
      {busy ? 'Saving…' : 'Save picture'}
    </button>
  );
}
