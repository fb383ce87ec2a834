/**
 * The answer of GET /api/maps/:map/compare, as the service's contract describes it. Written out here
 * until the contract's time schemas are on this branch; then these become `Static<typeof …>` of them.
 */
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
  madeAt?: NodeRef;
}

export interface GrowthFigures {
  date: string;
  organisations: number;
  workingTies: number;
  isolated: number;
  components: number;
  averageDegree: number;
  clustering: number;
  /** Working ties between different clusters. */
  bridgingTies: number;
  /** Share (0..1) of organisations within two steps of a core member. */
  nearCore: number;
  nearCoreCount: number;
  coreMembers: number;
  undatedTies: number;
}

export interface Changes {
  ties: TieChange[];
  organisations: NodeRef[];
  members: { tier: string; organisations: NodeRef[] }[];
}

export interface CompareAnswer {
  from: string;
  to: string;
  before: GrowthFigures;
  after: GrowthFigures;
  added: Changes;
  ended: Changes;
  summary: string[];
  scope: { description: string; undatedTies: number; undatedNodes: number };
}

/** Two dates to compare, YYYY, YYYY-MM or YYYY-MM-DD. */
export interface CompareRange {
  from: string;
  to: string;
}
