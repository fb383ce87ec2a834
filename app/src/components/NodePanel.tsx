import { useMapAccess } from '../account';
import { useEffect, useMemo, useRef, useState } from 'react';
import { AtlasError, deleteTie, fetchNode, type Entity, type TieEntity } from '../core/api';
import { DEPTHS, type Depth } from '../core/focus';
import { NODE_TYPE_STYLES } from '../core/appearance';
import type { NodeDetails, PropertyValue } from '../core/graph';
import { humanise } from '../core/graph/format';
import { tiesFromGraph } from '../core/graph/utils';
import { groupTies } from '../core/ties';
import { EventSection, datedWords } from '../compare';
import { AddToSelection, NodeAnswers } from '../answers';
import { useAtlas, type DataState } from '../stores';
import { DERIVED_PROPERTIES, NODE_FIELDS } from '../../../graph-service/src/model/rules/reserved';
import { CopiedFrom, CopyToMap } from '../maps';
import { ContactCard, FreshnessNote } from '../directory/FreshnessNote';
import { HistorySection, noteLatestChange, StillTrue } from '../history';
import { NodeEditForm } from './NodeEditForm';
import { Segmented } from './Segmented';
import { TieEditor } from './TieEditor';
import { NodeActions } from '../edit/NodeActions';
import { tieAnchorId } from '../core/edit';

interface Props {
  nodeId: string;
  data: DataState;
  depth: Depth;
  onDepth: (depth: Depth) => void;
  /** Fetches the node's neighbourhood from the service and merges it in; resolves to a sentence for the user. */
  onExpand: () => Promise<string>;
  onFindPath: () => void;
  onSelect: (node: string) => void;
  onSaved: (entity: Entity) => void;
  onTieAdded: (tie: TieEntity) => void;
  onTieRemoved: (tieId: string) => void;
  onClose: () => void;
}

const DEPTH_OPTIONS = DEPTHS.map((d) => [d, String(d)] as const);

/** Keys shown in their own places, or bookkeeping a reader has no use for: not in the "more" list. */
const SHOWN = new Set<string>(['id', 'label', 'nodeType', 'x', 'y', 'copiedFrom', ...NODE_FIELDS, ...DERIVED_PROPERTIES]);

function show(value: PropertyValue | undefined): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  return String(value);
}

/**
 * Details of one node. It starts from the fetched graph, so it opens at once,
 * then swaps in the service's fuller record. Give it `key={nodeId}`: another node starts afresh.
 */
export function NodePanel({ nodeId, data, depth, onDepth, onExpand, onFindPath, onSelect, onSaved, onTieAdded, onTieRemoved, onClose }: Props) {
  const [details, setDetails] = useState<NodeDetails | null>(null);
  const [error, setError] = useState<AtlasError | null>(null);
  const [editing, setEditing] = useState(false);
  const [editingTies, setEditingTies] = useState(false);
  const [tieNote, setTieNote] = useState<string | null>(null);
  const [reloadToken, setReloadToken] = useState(0);
  const [expandNote, setExpandNote] = useState<string | null>(null);
  const [expanding, setExpanding] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { mapId } = useAtlas();
  const may = useMapAccess();

  // biome-ignore lint/correctness/useExhaustiveDependencies: `reloadToken` is the trigger: after a save the service's record is read again
  useEffect(() => {
    const controller = new AbortController();
    setDetails(null);
    setError(null);
    fetchNode(mapId, nodeId, controller.signal)
      .then(setDetails)
      .catch((e: Error) => {
        if (e.name !== 'AbortError') setError(e instanceof AtlasError ? e : new AtlasError(e.message, ''));
      });
    return () => controller.abort();
  }, [mapId, nodeId, reloadToken]);

  const fallback = data.graph.hasNode(nodeId) ? data.graph.getNodeAttributes(nodeId) : null;
  const node = details?.node ?? (fallback ? { ...fallback, id: nodeId } : null);
  const ties = useMemo(() => details?.ties ?? tiesFromGraph(data.graph, nodeId), [details, data, nodeId]);
  const groups = useMemo(() => groupTies(ties), [ties]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // A dialog opened from the panel takes its own Escape.
      if (e.key !== 'Escape' || e.defaultPrevented || (e.target instanceof Element && e.target.closest('dialog'))) return;
      // Escape leaves the edit form first, then closes the panel.
      if (editing) setEditing(false);
      else if (editingTies) setEditingTies(false);
      else onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose, editing, editingTies]);

  /** Deletes with the version the panel read; a tie changed meanwhile is reported, not removed. */
  const removeTie = async (tieId: string, name: string, version: unknown) => {
    if (!window.confirm(`Remove this tie with ${name}? It is deleted from the Atlas for everyone.`)) return;
    try {
      await deleteTie(mapId, tieId, Number(version ?? 0));
      onTieRemoved(tieId);
      setTieNote(`Removed the tie with ${name}.`);
      setReloadToken((n) => n + 1);
    } catch (e) {
      setTieNote(e instanceof AtlasError ? `${e.message} ${e.hint}` : (e as Error).message);
    }
  };

  const expand = async () => {
    setExpanding(true);
    setExpandNote(await onExpand());
    setExpanding(false);
  };

  if (!node) return null;
  const style = NODE_TYPE_STYLES[node.nodeType] ?? NODE_TYPE_STYLES.Organisation;
  // An event's own date says when it was; anything else shows its dates and how they are known, or "undated".
  const period = node.nodeType === 'Event' && node.date ? null : datedWords(node.since, node.until, node.dateBasis);
  const extra = Object.entries(node)
    .filter(([key]) => !SHOWN.has(key))
    .map(([key, value]) => [humanise(key), show(value)] as const)
    .filter((entry): entry is readonly [string, string] => entry[1] !== null);

  return (
    <aside className="panel" data-testid="node-panel" aria-label={`Details of ${node.name}`}>
      <div className="panel-head">
        <p className="panel-type" style={{ color: style.ring }}>
          <span aria-hidden="true">{style.icon}</span> {style.singular}
        </p>
        <button type="button" className="icon-button" onClick={onClose} aria-label="Close details" title="Close (Esc)">
          ×
        </button>
      </div>
      <h2 ref={headingRef} tabIndex={-1}>
        {node.name}
      </h2>
      {show(node.aliases) && <p className="aliases">Also known as {show(node.aliases)}</p>}
      {node.description && <p className="description">{node.description}</p>}
      {node.copiedFrom && <CopiedFrom value={node.copiedFrom} />}

      <fieldset className="focus-controls bare" aria-label="Neighbourhood">
        <span className="focus-label">Show ties up to</span>
        <Segmented label="Neighbourhood depth" options={DEPTH_OPTIONS} value={depth} onChange={onDepth} testId={(d) => `depth-${d}`} />
        <span className="focus-label">{depth === 1 ? 'step' : 'steps'} away</span>
      </fieldset>
      <div className="button-row">
        <button type="button" className="secondary small" onClick={() => void expand()} disabled={expanding} title="Bring in what the Atlas knows around this, even if this map left it out" data-testid="expand">
          {expanding ? 'Expanding…' : 'Expand'}
        </button>
        <button type="button" className="secondary small" onClick={onFindPath}>
          Find a path from here
        </button>
        <AddToSelection nodeId={nodeId} />
        {node.nodeType === 'Organisation' && may.edit && <CopyToMap map={mapId} nodeId={nodeId} name={node.name} />}
        {!editing && details && may.changeNode(nodeId) && (
          <button type="button" className="secondary small" onClick={() => setEditing(true)} data-testid="edit-button">
            Edit
          </button>
        )}
        {may.confirm && <StillTrue map={mapId} kind="node" id={nodeId} label={node.name} onConfirmed={() => setReloadToken((n) => n + 1)} />}
        <NodeActions details={details} onChanged={() => setReloadToken((n) => n + 1)} />
      </div>
      {expandNote && (
        <p className="field-note" role="status" data-testid="expand-note">
          {expandNote}
        </p>
      )}

      {editing && details && (
        <NodeEditForm
          key={`${nodeId}:${String(details.node.version)}`}
          entity={details.node}
          onCancel={() => {
            setEditing(false);
            headingRef.current?.focus();
          }}
          onSaved={(entity) => {
            setEditing(false);
            setReloadToken((n) => n + 1);
            onSaved(entity);
            void noteLatestChange(mapId, nodeId);
            headingRef.current?.focus();
          }}
        />
      )}

      <EventSection nodeId={nodeId} onSelect={onSelect} />
      <NodeAnswers nodeId={nodeId} onSelect={onSelect} />

      <dl className="facts">
        {period && <FactRow label="When" value={period} />}
        {node.source && (
          <>
            <dt>Source</dt>
            <dd className="source">{node.source}</dd>
          </>
        )}
        {show(node.lastConfirmed) && <FactRow label="Last confirmed" value={[String(node.lastConfirmed), show(node.confirmedBy)].filter(Boolean).join(' by ')} />}
        {extra.map(([key, value]) => (
          <FactRow key={key} label={key} value={value} />
        ))}
      </dl>
      <FreshnessNote
        node={node}
        onConfirmed={(entity) => {
          setReloadToken((n) => n + 1);
          onSaved(entity);
        }}
      />
      {details && <ContactCard contact={details.contact} />}

      {error && (
        <p className="panel-warning" role="status">
          {error.message} Showing what the map already knows.
        </p>
      )}

      <h3 className="ties-title">
        Ties <span className="legend-count">{ties.length}</span>
        {details && !editingTies && (may.edit || may.changeNode(nodeId)) && (
          <button type="button" className="secondary small ties-edit" onClick={() => setEditingTies(true)} data-testid="edit-ties">
            Add or remove ties
          </button>
        )}
      </h3>
      {tieNote && (
        <p className="field-note" role="status" data-testid="tie-note">
          {tieNote}
        </p>
      )}
      {editingTies && (
        <TieEditor
          nodeId={nodeId}
          nodeType={node.nodeType}
          data={data.graph}
          onCancel={() => setEditingTies(false)}
          onAdded={(tie) => {
            onTieAdded(tie);
            setTieNote('Tie added.');
            setReloadToken((n) => n + 1);
          }}
        />
      )}
      {groups.length === 0 && <p className="muted">No ties recorded yet.</p>}
      {groups.map((group) => (
        <section key={group.key} className="tie-group">
          <h4>{group.heading}</h4>
          <ul>
            {group.ties.map(({ tie, verb, qualifier, detail, source }) => (
              <li key={tie.id} id={tieAnchorId(tie.id)} tabIndex={-1}>
                <span className="tie-verb">{verb}</span>{' '}
                <button type="button" className="link" onClick={() => onSelect(tie.other.id)} title={`Show ${tie.other.name}`}>
                  <span className="tie-icon" style={{ color: NODE_TYPE_STYLES[tie.other.nodeType]?.ring }} aria-hidden="true">
                    {NODE_TYPE_STYLES[tie.other.nodeType]?.icon}
                  </span>
                  {tie.other.name}
                </button>
                {qualifier && <span className="tie-qualifier"> ({qualifier})</span>}
                {detail && <span className="tie-detail"> — {detail}</span>}
                <span className="tie-meta compare-meta" data-testid="tie-dates">
                  {[datedWords(tie.properties.since, tie.properties.until, tie.properties.dateBasis), source && `source: ${source}`].filter(Boolean).join(' · ')}
                </span>
                {editingTies && may.changeTie(nodeId, tie.other.id) && (
                  <button type="button" className="link danger small" onClick={() => void removeTie(tie.id, tie.other.name, tie.properties.version)} aria-label={`Remove the tie with ${tie.other.name}`}>
                    Remove
                  </button>
                )}
                {!editingTies && may.confirm && <StillTrue map={mapId} kind="tie" id={tie.id} label={`the tie with ${tie.other.name}`} />}
              </li>
            ))}
          </ul>
        </section>
      ))}
      {may.readHistory && <HistorySection map={mapId} nodeId={nodeId} reloadToken={reloadToken} onChanged={() => setReloadToken((n) => n + 1)} />}
    </aside>
  );
}

function FactRow({ label, value }: { label: string; value: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  );
}
