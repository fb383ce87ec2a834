/**
 * What changed between two dates: the network on each (figures.ts), the ties that began or ended
 * between them, the organisations that came in or left, alliance members by tier, and the change
 * in plain words (words.ts). Pure: the service's compare route and the app's worker run it alike.
 */
import { MADE_AT, DATE_BASIS } from '../../model/time.ts';
import { tieTypeEntry } from '../../model/model.ts';
import { buildFacetIndex, type ScopeFilters, type ScopeGraph, type ScopeSummary } from '../scope.ts';
import { snapshotOn, type GrowthFigures, type GrowthOptions, type Snapshot } from './figures.ts';
import { growthWords } from './words.ts';

export interface NodeRef {
  id: string;
  name: string;
  nodeType: string;
}

export interface TieChange {
  id: string;
  tieType: string;
  from: NodeRef;
  to: NodeRef;
  since?: string;
  until?: string;
  dateBasis?: string;
  /** The event or programme the tie was made at or through. */
  madeAt?: NodeRef;
}

export interface MemberChange {
  tier: string;
  organisations: NodeRef[];
}

export interface Changes {
  ties: TieChange[];
  organisations: NodeRef[];
  members: MemberChange[];
}

export interface Comparison {
  from: string;
  to: string;
  before: GrowthFigures;
  after: GrowthFigures;
  added: Changes;
  ended: Changes;
  summary: string[];
  /** What was analysed on the later date. */
  scope: ScopeSummary;
}

export class DateOrderError extends Error {}

export function nodeRef(data: ScopeGraph, id: string): NodeRef {
  const attrs = data.getNodeAttributes(id);
  return { id, name: String(attrs.name ?? attrs.label ?? id), nodeType: String(attrs.nodeType) };
}

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
const byName = (a: NodeRef, b: NodeRef) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id);

function tieChange(data: ScopeGraph, edge: string): TieChange {
  const attrs = data.getEdgeAttributes(edge);
  const madeAt = text(attrs[MADE_AT]);
  const optional = { since: text(attrs.since), until: text(attrs.until), dateBasis: text(attrs[DATE_BASIS]) };
  return {
    id: edge,
    tieType: attrs.tieType,
    from: nodeRef(data, data.source(edge)),
    to: nodeRef(data, data.target(edge)),
    ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined)),
    ...(madeAt && data.hasNode(madeAt) ? { madeAt: nodeRef(data, madeAt) } : {}),
  };
}

/** What one side holds that the other does not: ties, organisations, members grouped by tier. */
function difference(data: ScopeGraph, has: Snapshot, hasNot: Snapshot): Changes {
  const shown = has.scope.visibility;
  const other = hasNot.scope.visibility;
  if (!shown || !other) return { ties: [], organisations: [], members: [] };
  const edges = [...shown.edges].filter((e) => !other.edges.has(e));
  const ties = edges.map((e) => tieChange(data, e)).sort((a, b) => (a.since ?? '').localeCompare(b.since ?? '') || a.id.localeCompare(b.id));
  const organisations = [...shown.nodes]
    .filter((n) => !other.nodes.has(n) && data.getNodeAttribute(n, 'nodeType') === 'Organisation')
    .map((n) => nodeRef(data, n))
    .sort(byName);
  const tiers = new Map<string, NodeRef[]>();
  for (const tie of ties) {
    if (tieTypeEntry(tie.tieType)?.network !== 'membership' || tie.from.nodeType !== 'Organisation') continue;
    const tier = text(data.getEdgeAttribute(tie.id, 'tier')) ?? 'member';
    tiers.set(tier, [...(tiers.get(tier) ?? []), tie.from]);
  }
  const members = [...tiers].map(([tier, orgs]) => ({ tier, organisations: orgs.sort(byName) })).sort((a, b) => a.tier.localeCompare(b.tier));
  return { ties, organisations, members };
}

/**
 * The network on `from` against the network on `to` (each YYYY, YYYY-MM or YYYY-MM-DD, read as its
 * first day), under the same other filters. `from` after `to` is a DateOrderError.
 */
export function compareDates(data: ScopeGraph, filters: ScopeFilters, from: string, to: string, options: GrowthOptions = {}): Comparison {
  const facets = options.facets ?? buildFacetIndex(data);
  const before = snapshotOn(data, filters, from, { ...options, facets });
  const after = snapshotOn(data, filters, to, { ...options, facets });
  if (before.figures.date > after.figures.date) throw new DateOrderError(`"from" (${from}) is after "to" (${to}): give the earlier date as "from".`);
  const added = difference(data, after, before);
  const ended = difference(data, before, after);
  return {
    from,
    to,
    before: before.figures,
    after: after.figures,
    added,
    ended,
    summary: growthWords({ data, from, to, before, after, added, ended, undated: filters.undated }),
    scope: after.scope.summary,
  };
}
