/**
 * Shapes shared by the analysis: what it reads (the stakeholder graph as graphology holds it, as
 * `/api/graph` serialises it) and what it answers. Pure types: used by the service and the app's
 * web worker alike.
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { NodeLabel, TieType } from '../model/model.ts';

/** Node attributes the analysis reads; the app's and the service's graphs both satisfy it. */
export interface AtlasNodeAttributes extends Attributes {
  nodeType: NodeLabel;
  name?: string;
  label?: string;
  lastConfirmed?: string;
  until?: string;
  source?: string;
}

/** Tie attributes the analysis reads (tier on MEMBER_OF, lead on WORKS_ON, provenance on all). */
export interface AtlasEdgeAttributes extends Attributes {
  tieType: TieType;
  tier?: string;
  lead?: boolean;
  lastConfirmed?: string;
  until?: string;
  source?: string;
}

/** The stakeholder graph: any graphology graph (the data is a directed multigraph). */
export type AtlasGraph = AbstractGraph<AtlasNodeAttributes, AtlasEdgeAttributes>;

/** How one kind of relationship adds to the tie between two organisations. */
export type ContributionKind = 'connected' | 'funding' | 'partnership' | 'people' | 'event' | 'alliance';

export interface Contribution {
  kind: ContributionKind;
  weight: number;
  /** The node it goes through: the partnership, event or alliance (never a person: see projection.ts). */
  via?: string;
  /** For funding: who funds whom, and whether directly, through a partnership or an alliance. */
  funder?: string;
  route?: 'direct' | 'partnership' | 'alliance';
}

/** Edge of the organisation network. */
export interface OrgTie {
  weight: number;
  /** True when at least one contribution is a working relationship (not only shared context). */
  structural: boolean;
  contributions: Contribution[];
}

export interface OrgNode {
  name: string;
  /** Tier of the organisation's strongest alliance membership, if any. */
  tier?: string;
  core: boolean;
}

export interface ClusterSummary {
  /**
   * Stable id: the id of the previous run's cluster it overlaps most, else "cluster-" + the id of
   * its key member (its most central organisation).
   */
  id: string;
  keyMember: string;
  name: string;
  colour: string;
  size: number;
  members: { id: string; name: string; core: boolean; tier?: string }[];
  themes: { id: string; name: string; organisations: number; leads: number }[];
  areas: { id: string; name: string; organisations: number }[];
  coreMembers: { id: string; name: string }[];
  /** Members with working ties into other clusters, most ties first. */
  bridges: { id: string; name: string; ties: number; clusters: { id: string; name: string; ties: number }[] }[];
  /** Working ties inside the cluster, and to other clusters. */
  internalTies: number;
  externalTies: number;
  funded: boolean;
  /** What two or more members share (theme, partnership, area), most shared first: the name comes from it. */
  shared: { kind: 'theme' | 'partnership' | 'area'; id: string; name: string; organisations: number }[];
  /** One sentence on what holds the cluster together, from the ties among its members. */
  holdsTogether: string;
}

export interface ClusterResult {
  resolution: number;
  seed: number;
  /** Newman–Girvan modularity of the partition on the weighted organisation network. */
  modularity: number;
  /** Clusters of two or more organisations, largest first. */
  clusters: ClusterSummary[];
  /** Organisations with no tie of any kind to another organisation (a cluster of their own). */
  alone: { id: string; name: string }[];
  /** organisation id → cluster id (alone organisations map to null). */
  byNode: Record<string, string | null>;
}

/** One finding in a gap list: what it is about, which nodes to highlight, and why, in one line. */
export interface GapItem {
  /** Stable within the list, e.g. the node id or "a|b" for a pair. */
  id: string;
  title: string;
  reason: string;
  /** Nodes to select/highlight on the map; the first is the one to select. */
  nodeIds: string[];
  /** Larger is more urgent; lists come sorted by it. */
  score: number;
  /** Extra figures for the UI and report (counts, values). */
  details?: Record<string, string | number | boolean | string[]>;
}

export interface GapParameter {
  name: string;
  label: string;
  description: string;
  type: 'integer' | 'number';
  default: number;
  min: number;
  max: number;
}

export interface GapList {
  detector: string;
  title: string;
  description: string;
  /** All findings (the UI shows counts and the first few). */
  items: GapItem[];
  parameters: Record<string, number>;
}

export interface HealthSummary {
  organisations: number;
  /** Working ties between organisations (pairs, in the organisation network). */
  ties: number;
  density: number;
  components: number;
  largestComponent: number;
  averageDegree: number;
  /** Mean of local clustering coefficients (networkx average_clustering; degree < 2 counts 0). */
  averageClustering: number;
  /** Global clustering: 3 × triangles / connected triples. */
  transitivity: number;
  modularity: number;
  clusters: number;
  isolated: number;
}
