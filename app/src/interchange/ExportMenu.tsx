/** "Export": the map as you see it (PNG, SVG), or the whole map as a file for Gephi, yEd or a spreadsheet. */
import { useRef, useState } from 'react';
import type Sigma from 'sigma';
import { mapPath } from '../core/api/request';
import { useDismiss } from '../hooks/useDismiss';
import { PictureDialog, type PictureFormat } from '../picture';
import { useAtlas, useStore } from '../stores';
import { downloadExport } from './download';
import { exportAddress, exportFileName } from './exportAddress';
import './interchange.css';

interface Props {
  /** The open map: the data files are its own. */
  map: string;
  getSigma: () => Sigma | null;
}

interface Choice {
  id: string;
  label: string;
  hint: string;
  run: (sigma: Sigma | null, stamp: string) => Promise<void>;
  /** A picture: opens the picture dialog (title, size, format) instead of saving at once. */
  picture?: PictureFormat;
}

const needsMap = (sigma: Sigma | null): Sigma => {
  if (!sigma) throw new Error('The map is not drawn yet; wait for it to appear, then try again.');
  return sigma;
};

/** Pictures of the view, and the map's own data as files (on the "as of" date when one is chosen); every file is named after the map. */
function choicesFor(map: string, time: { asOf: string | null; undated: boolean }): Choice[] {
  const file = (format: string, table?: 'elements' | 'connections') => () => downloadExport(mapPath(map, exportAddress(format, time, table)), exportFileName(map, format, time.asOf, table));
  return [
    { id: 'png', label: 'Map as PNG…', hint: 'the current view with title and legend, up to print size', picture: 'png', run: async (s) => void needsMap(s) },
    { id: 'svg', label: 'Map as SVG…', hint: 'the same, as a vector drawing', picture: 'svg', run: async (s) => void needsMap(s) },
    { id: 'gexf', label: 'GEXF for Gephi', hint: 'with positions, colours and communities', run: file('gexf') },
    { id: 'graphml', label: 'GraphML', hint: 'for yEd, Cytoscape or networkx', run: file('graphml') },
    { id: 'xlsx', label: 'Spreadsheet (XLSX)', hint: 'elements and connections sheets', run: file('xlsx') },
    { id: 'csv-elements', label: 'CSV: elements', hint: 'one row per organisation, person, theme…', run: file('csv', 'elements') },
    { id: 'csv-connections', label: 'CSV: connections', hint: 'one row per tie', run: file('csv', 'connections') },
    { id: 'json', label: 'JSON (graphology)', hint: 'for scripts and sigma.js', run: file('json') },
    { id: 'json-node-link', label: 'JSON (node-link)', hint: 'for networkx and d3', run: () => downloadExport(mapPath(map, exportAddress('json', time, undefined, 'node-link')), `${map}${time.asOf ? `-${time.asOf}` : ''}.node-link.json`) },
  ];
}

export function ExportMenu({ map, getSigma }: Props) {
  const { filters } = useAtlas();
  const { asOf, undated } = useStore(filters.filters);
  const choices = choicesFor(map, { asOf, undated });
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [picture, setPicture] = useState<PictureFormat | null>(null);
  const root = useRef<HTMLDivElement>(null);

  // A click elsewhere or Escape closes the menu, as menus do.
  useDismiss(open, root, () => setOpen(false));

  const choose = async (choice: Choice) => {
    setBusy(choice.id);
    setError(null);
    try {
      await choice.run(getSigma(), new Date().toISOString().slice(0, 10));
      setOpen(false);
      if (choice.picture) setPicture(choice.picture);
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
          {choices.map((choice, index) => (
            <button key={choice.id} type="button" role="menuitem" className={index === 2 ? 'interchange-menu-divided' : ''} disabled={busy !== null} onClick={() => void choose(choice)} data-testid={`export-${choice.id}`}>
              <span>{busy === choice.id ? 'Preparing…' : choice.label}</span>
              <small>{choice.hint}</small>
            </button>
          ))}
          {asOf && <p className="interchange-note" data-testid="export-as-of">Data files hold the network on {asOf}{undated ? ', undated ties counted' : ''}.</p>}
          {error && <p className="interchange-error" role="alert">{error}</p>}
        </div>
      )}
      {picture && <PictureDialog format={picture} getSigma={getSigma} onClose={() => setPicture(null)} />}
    </div>
  );
}
