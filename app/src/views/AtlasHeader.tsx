import type { RefObject } from 'react';
import type Sigma from 'sigma';
import { AccountMenu, useMapAccess } from '../account';
import { Header } from '../components/Header';
import { Search } from '../components/Search';
import { Segmented } from '../components/Segmented';
import { ExportMenu, ImportDialog } from '../interchange';
import { AddNodeButton } from '../edit/AddNodeDialog';
import { UndoLastChange } from '../edit/UndoLastChange';
import { MapSwitcher } from '../maps';
import { ShareButton } from '../presentation';
import type { AtlasSigma } from '../rendering/sigma';
import { useAtlas, useStore } from '../stores';
import type { Mode } from '../stores/table';

const MODES: [Mode, string][] = [
  ['map', 'Map'],
  ['table', 'Table'],
];

/** The map menu, counts, search, map/table switch, export and import. */
export function AtlasHeader({ sigma, onReload }: { sigma: RefObject<AtlasSigma | null>; onReload: () => void }) {
  const { data, filters, selection, table, record, mapId } = useAtlas();
  const { graph } = useStore(data.state);
  const map = useStore(record);
  const counts = useStore(data.counts);
  const visibility = useStore(filters.visibility);
  const visible = useStore(filters.visibleCounts);
  const mode = useStore(table.mode);
  const may = useMapAccess();
  // The export menu takes an untyped Sigma; ours is typed with the display attributes.
  const getSigma = () => sigma.current as unknown as Sigma | null;
  return (
    <Header counts={counts} visible={visibility ? visible : null} switcher={<MapSwitcher current={map} onChanged={record.set} />} account={<AccountMenu members={may.manage ? { map: mapId, title: map.title } : undefined} />} tools={<Search data={graph} onSelect={selection.goTo} />}>
      <Segmented label="Show as" className="mode-switch" options={MODES} value={mode} onChange={table.mode.set} testId={(id) => `mode-${id}`} />
      <ShareButton />
      <ExportMenu map={mapId} getSigma={getSigma} />
      {may.edit && <ImportDialog map={map} onCommitted={onReload} />}
      {may.edit && <AddNodeButton />}
      <UndoLastChange />
    </Header>
  );
}
