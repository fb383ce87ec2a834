import { type Ref, useState } from 'react';
import { GraphView } from '../components/GraphView';
import { NodePanel } from '../components/NodePanel';
import { TableView } from '../components/TableView';
import { CompareController } from '../compare';
import { SelectionPanel } from '../answers';
import { AppearanceController } from '../controllers/AppearanceController';
import { CameraController } from '../controllers/CameraController';
import { EmphasisController, emphasisReducers, type EmphasisHolder } from '../controllers/EmphasisController';
import { EventsController } from '../controllers/EventsController';
import { LabelCollisionController } from '../controllers/LabelCollisionController';
import { LayoutController } from '../controllers/LayoutController';
import { ReadyController } from '../controllers/ReadyController';
import { ResizeController } from '../controllers/ResizeController';
import { TimeController } from '../controllers/TimeController';
import { GapSummary } from '../gapSummary/GapSummary';
import { NO_TIME_LOOK } from '../core/time';
import { sigmaSettings, type AtlasSigma } from '../rendering/sigma';
import { usePanelFocus } from '../hooks/usePanelFocus';
import { useAtlas, useStore } from '../stores';
import { MapSummary } from '../summary/MapSummary';
import { TimelineBar } from '../time/TimelineBar';
import { createPlayback } from '../time/playback';

/** The map with its controllers (they render nothing), and what sits over it: the table, the node panel. */
export function MapStage({ ref }: { ref: Ref<AtlasSigma | null> }) {
  const atlas = useAtlas();
  const selected = useStore(atlas.selection.node);
  // Made once: sigma reads the emphasis through the holder, so a change needs no new settings.
  const [canvas] = useState(() => {
    const holder: EmphasisHolder = { current: atlas.emphasis.get() };
    const time = { ...NO_TIME_LOOK(), undated: atlas.filters.visibility.get()?.undated ?? null };
    return { holder, time, playback: createPlayback(), settings: sigmaSettings(atlas.display.graph, emphasisReducers(holder, atlas.display.graph, time)) };
  });
  return (
    <div className={`map has-timeline ${selected ? 'has-panel' : ''}`}>
      <GraphView ref={ref} graph={atlas.display.graph} settings={canvas.settings}>
        <ResizeController />
        <AppearanceController />
        <TimeController look={canvas.time} />
        <EmphasisController holder={canvas.holder} />
        <ReadyController />
        <EventsController />
        <LayoutController />
        <CameraController />
        <CompareController />
        <LabelCollisionController />
      </GraphView>
      <MapSummary />
      <GapSummary />
      <NoMatches />
      <TableMode />
      <TimelineBar playback={canvas.playback} />
      {selected && <SelectedPanel node={selected} />}
      <SelectionPanel />
    </div>
  );
}

/** Said over the map when the filters leave nothing. */
function NoMatches() {
  const { filters, table } = useAtlas();
  const visibility = useStore(filters.visibility);
  const mode = useStore(table.mode);
  if (!visibility || visibility.nodes.size > 0 || mode !== 'map') return null;
  return (
    <div className="map-empty" role="status">
      <p>No node passes these filters.</p>
      <button type="button" className="secondary" onClick={filters.clear}>
        Clear all filters
      </button>
    </div>
  );
}

function TableMode() {
  const { table, selection } = useAtlas();
  const mode = useStore(table.mode);
  const rows = useStore(table.rows);
  const labels = useStore(table.labels);
  const selected = useStore(selection.node);
  if (mode !== 'table') return null;
  return <TableView rows={rows} measureLabel={labels.measure} groupLabel={labels.group} selected={selected} onSelect={selection.goTo} />;
}

function SelectedPanel({ node }: { node: string }) {
  const atlas = useAtlas();
  const { data, selection } = atlas;
  usePanelFocus(node);
  const findPathFromHere = () => {
    atlas.path.query.set(null);
    atlas.tab.set('path');
  };
  return (
    <NodePanel
      key={node}
      nodeId={node}
      data={useStore(data.state)}
      depth={useStore(selection.depth)}
      onDepth={selection.depth.set}
      onExpand={atlas.expandSelected}
      onFindPath={findPathFromHere}
      onSelect={selection.goTo}
      onSaved={data.updateNode}
      onTieAdded={data.addTie}
      onTieRemoved={data.removeTie}
      onClose={selection.close}
    />
  );
}
