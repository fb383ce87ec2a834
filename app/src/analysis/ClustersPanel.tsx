import { useState } from 'react';
import type { ClusterResult, ClusterSummary } from '../../../graph-service/src/analysis/index.ts';
import { Item, ShortList } from './Item';
import { usePointer } from './highlight';
import { listNames, modularityWords, plural } from './words';

export const RESOLUTIONS = [0.25, 0.5, 0.75, 1, 1.5, 2, 3];

interface Props {
  clusters: ClusterResult;
  resolution: number;
  onResolution: (value: number) => void;
}

export function ClustersPanel({ clusters, resolution, onResolution }: Props) {
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? clusters.clusters : clusters.clusters.slice(0, 8);
  const step = Math.max(0, RESOLUTIONS.indexOf(resolution));
  return (
    <section className="analysis-section" aria-labelledby="analysis-clusters-heading" data-testid="analysis-clusters">
      <h3 id="analysis-clusters-heading">Clusters</h3>
      <p className="analysis-note">Groups of organisations more tied to each other than to the rest, mostly by working ties, a little by shared events and alliances; the map is coloured by them. Each says what holds it together.</p>
      <p className="analysis-figure" data-testid="analysis-modularity">
        Modularity <strong>{clusters.modularity.toFixed(2)}</strong>: {modularityWords(clusters.modularity)}
      </p>
      <label className="analysis-control">
        <span>Cluster size</span>
        <span className="analysis-range">
          <span aria-hidden="true">larger</span>
          <input
            type="range"
            min={0}
            max={RESOLUTIONS.length - 1}
            step={1}
            value={step}
            aria-valuetext={`resolution ${RESOLUTIONS[step]}`}
            data-testid="analysis-resolution"
            onChange={(e) => onResolution(RESOLUTIONS[Number(e.target.value)])}
          />
          <span aria-hidden="true">smaller</span>
        </span>
      </label>
      {clusters.clusters.length === 0 ? (
        <p className="analysis-empty">No clusters: too few ties between organisations.</p>
      ) : (
        <ShortList total={clusters.clusters.length} shown={shown.length} onMore={() => setShowAll(true)} what="clusters">
          {shown.map((c) => (
            <ClusterItem key={c.id} cluster={c} />
          ))}
        </ShortList>
      )}
      {clusters.alone.length > 0 && (
        <ul className="analysis-list">
          <Item
            itemKey="alone"
            nodeIds={clusters.alone.map((a) => a.id)}
            select={null}
            title={`${plural(clusters.alone.length, 'organisation')} on their own`}
            reason="No tie of any kind to another organisation."
            testId="analysis-alone"
          />
        </ul>
      )}
    </section>
  );
}

function ClusterItem({ cluster }: { cluster: ClusterSummary }) {
  const [open, setOpen] = useState(false);
  const pointer = usePointer();
  const memberIds = cluster.members.map((m) => m.id);
  const parts: string[] = [cluster.holdsTogether];
  if (cluster.coreMembers.length) parts.push(`Core group: ${listNames(cluster.coreMembers.map((m) => m.name), 2)}.`);
  if (cluster.bridges.length) parts.push(`Bridges: ${listNames(cluster.bridges.map((b) => b.name), 2)}.`);
  else parts.push('No working tie to other clusters.');
  if (!cluster.funded) parts.push('No funding recorded.');
  return (
    <>
      <Item
        itemKey={cluster.id}
        nodeIds={memberIds}
        select={null}
        colour={cluster.colour}
        title={cluster.name}
        badge={cluster.size}
        reason={parts.join(' ')}
        testId="analysis-cluster-item"
      />
      <li className="analysis-members">
        <button type="button" className="analysis-link" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
          {open ? 'Hide members' : `Show the ${plural(cluster.size, 'member')}`}
        </button>
        {open && (
          <ul className="analysis-member-list">
            {cluster.members.map((m) => (
              <li key={m.id}>
                <button type="button" className="analysis-link" onClick={() => pointer.choose(`${cluster.id}:${m.id}`, [m.id], m.id)}>
                  {m.name}
                </button>
                {m.tier && <span className="analysis-tier"> {m.tier}</span>}
              </li>
            ))}
          </ul>
        )}
      </li>
    </>
  );
}
