import { useState } from 'react';
import { AnalysisPanels } from '../analysis';
import { ComparePanel } from '../compare';
import { ReviewQueue } from '../directory/ReviewQueue';
import { AppearancePanel } from '../components/AppearancePanel';
import { FilterPanel } from '../components/FilterPanel';
import { LayoutControls } from '../components/LayoutControls';
import { PathFinder } from '../components/PathFinder';
import { Sidebar, type SidebarTab } from '../components/Sidebar';
import { ViewsPanel } from '../presentation';
import { useAtlas, useStore } from '../stores';

/** Colour, size and layout; filters; the path finder; clusters and gaps; two dates compared. */
export function AtlasSidebar() {
  const atlas = useAtlas();
  const tab = useStore(atlas.tab);
  const filtering = useStore(atlas.filters.filtering);
  const tabs: SidebarTab[] = [
    { id: 'map', label: 'Map', content: <MapTab /> },
    { id: 'filters', label: filtering ? 'Filters •' : 'Filters', content: <FiltersTab /> },
    { id: 'path', label: 'Path', content: <PathTab /> },
    { id: 'analysis', label: 'Clusters & gaps', content: <AnalysisTab /> },
    { id: 'compare', label: 'Compare', content: <ComparePanel /> },
    { id: 'review', label: 'Review', content: <ReviewQueue /> },
    { id: 'views', label: 'Views', content: <ViewsPanel /> },
  ];
  return <Sidebar tabs={tabs} active={tab} onActivate={atlas.tab.set} />;
}

function MapTab() {
  const { appearance, data, layout, selection, spotlightGroup, record, saveLayoutForEveryone } = useAtlas();
  const archived = useStore(record).archived;
  const choice = useStore(appearance.choice);
  const colours = useStore(appearance.colours);
  const pending = useStore(appearance.pending);
  const counts = useStore(data.counts);
  const status = useStore(layout.status);
  return (
    <>
      <MapLook />
      <AppearancePanel {...choice} colours={colours.value} counts={counts} pending={pending} onColour={appearance.setColour} onSize={appearance.setSize} onSpotlight={spotlightGroup} onSelect={selection.goTo} />
      <LayoutControls status={status} onRun={layout.again} onStop={layout.stop} onReset={layout.startOver} onFit={layout.fit} onShare={saveLayoutForEveryone} shareBlocked={archived ? 'This map is archived: unarchive it to change its layout.' : null} />
    </>
  );
}

/** Offers the colour and size now as the map's default look, once they differ from it. */
function MapLook() {
  const { lookIsDefault, saveLookForMap, record } = useAtlas();
  const isDefault = useStore(lookIsDefault);
  const archived = useStore(record).archived;
  const [note, setNote] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  if (isDefault && !note) return null;
  const save = async () => {
    setSaving(true);
    setNote(await saveLookForMap());
    setSaving(false);
  };
  return (
    <div className="map-look">
      {!isDefault && (
        <button type="button" className="secondary small" onClick={() => void save()} disabled={saving || archived} title={archived ? 'This map is archived: unarchive it to change its look.' : undefined} data-testid="map-look-save">
          {saving ? 'Saving…' : 'Make this colour and size the map’s default'}
        </button>
      )}
      {note && (
        <p className="field-note" role="status" data-testid="map-look-note">
          {note}
        </p>
      )}
    </div>
  );
}

function FiltersTab() {
  const { data, filters } = useAtlas();
  return <FilterPanel filters={useStore(filters.filters)} options={useStore(data.options)} counts={useStore(data.counts)} visible={useStore(filters.visibleCounts)} onChange={filters.set} />;
}

function PathTab() {
  const { data, path, selection } = useAtlas();
  const { graph } = useStore(data.state);
  return <PathFinder data={graph} query={useStore(path.query)} selected={useStore(selection.node)} result={useStore(path.result)} onFind={path.query.set} onSelect={selection.goTo} />;
}

/** The analysis runs on what the map shows: the data with the current filters. */
function AnalysisTab() {
  const { data, filters, selection, mapId, analysis } = useAtlas();
  return <AnalysisPanels data={useStore(data.state)} filters={useStore(filters.filters)} visibility={useStore(filters.visibility)} map={mapId} analysis={analysis} onSelect={selection.goTo} onHighlight={selection.spotlightNodes} />;
}
