/** "Export": the map as you see it (PNG, SVG), or the whole atlas as a file for Gephi, yEd or a spreadsheet. */
import { downloadAsPNG } from '@sigma/export-image';
import { useEffect, useRef, useState } from 'react';
import type Sigma from 'sigma';
import { downloadExport, saveBlob } from './download';
import { sceneFromSigma, sceneToSvg } from './svg';
import './interchange.css';

interface Props {
  getSigma: () => Sigma | null;
}

interface Choice {
  id: string;
  label: string;
  hint: string;
  run: (sigma: Sigma | null, stamp: string) => Promise<void>;
}

const needsMap = (sigma: Sigma | null): Sigma => {
  if (!sigma) throw new Error('The map is not drawn yet; wait for it to appear, then try again.');
  return sigma;
};

const CHOICES: Choice[] = [
  { id: 'png', label: 'Map as PNG', hint: 'a picture of the current view', run: (s, stamp) => downloadAsPNG(needsMap(s), { fileName: `alliance-atlas-${stamp}`, backgroundColor: '#ffffff' }) },
  { id: 'svg', label: 'Map as SVG', hint: 'the current view as a vector drawing', run: async (s, stamp) => saveBlob(new Blob([sceneToSvg(sceneFromSigma(needsMap(s)))], { type: 'image/svg+xml' }), `alliance-atlas-${stamp}.svg`) },
  { id: 'gexf', label: 'GEXF for Gephi', hint: 'with positions, colours and communities', run: () => downloadExport('/api/export/gexf', 'alliance-atlas.gexf') },
  { id: 'graphml', label: 'GraphML', hint: 'for yEd, Cytoscape or networkx', run: () => downloadExport('/api/export/graphml', 'alliance-atlas.graphml') },
  { id: 'xlsx', label: 'Spreadsheet (XLSX)', hint: 'elements and connections sheets', run: () => downloadExport('/api/export/xlsx', 'alliance-atlas.xlsx') },
  { id: 'csv-elements', label: 'CSV: elements', hint: 'one row per organisation, person, theme…', run: () => downloadExport('/api/export/csv?table=elements', 'alliance-atlas-elements.csv') },
  { id: 'csv-connections', label: 'CSV: connections', hint: 'one row per tie', run: () => downloadExport('/api/export/csv?table=connections', 'alliance-atlas-connections.csv') },
  { id: 'json', label: 'JSON (graphology)', hint: 'for scripts and sigma.js', run: () => downloadExport('/api/export/json', 'alliance-atlas.json') },
];

export function ExportMenu({ getSigma }: Props) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const root = useRef<HTMLDivElement>(null);

  // A click elsewhere or Escape closes the menu, as menus do.
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => { if (!root.current?.contains(event.target as Node)) setOpen(false); };
    const onKey = (event: KeyboardEvent) => { if (event.key === 'Escape') setOpen(false); };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const choose = async (choice: Choice) => {
    setBusy(choice.id);
    setError(null);
    try {
      await choice.run(getSigma(), new Date().toISOString().slice(0, 10));
      setOpen(false);
    } catch (caught) {
      setError((caught as Error).message);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="interchange-export" ref={root}>
      <button type="button" className="secondary" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)} data-testid="export-menu">
        Export ▾
      </button>
      {open && (
        <div className="interchange-menu" role="menu" aria-label="Export">
          {CHOICES.map((choice, index) => (
            <button key={choice.id} type="button" role="menuitem" className={index === 2 ? 'interchange-menu-divided' : ''} disabled={busy !== null} onClick={() => void choose(choice)} data-testid={`export-${choice.id}`}>
              <span>{busy === choice.id ? 'Preparing…' : choice.label}</span>
              <small>{choice.hint}</small>
            </button>
          ))}
          {error && <p className="interchange-error" role="alert">{error}</p>}
        </div>
      )}
    </div>
  );
}
