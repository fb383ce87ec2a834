/**
 * Who came to an event, split by whether each has a working tie to the core group: the general
 * form of "which presenters at the event have no tie to a core member". Every tie type whose
 * `network` role is attendance (attended, hosted) counts, with the role it records ("presented").
 * A working tie is one of the organisation network's structural ties (projection.ts); a person
 * counts through the organisations they work for.
 */
import { distancesFrom, listNames, plural, type AnalysisContext } from '../context.ts';
import { endedOn } from '../dates.ts';
import { networkRole } from '../facts.ts';
import { neighbourIds } from '../indexed.ts';
import { MODEL, tieTypeEntry, type NodeLabel, type TieType } from '../../model/model.ts';

/** Of the core group itself, tied to one of its members by a working tie, or neither. */
export const CORE_LINKS = ['core', 'tied', 'untied'] as const;
export type CoreLink = (typeof CORE_LINKS)[number];

export interface AttendanceRole {
  tieType: TieType;
  /** How the tie reads from the event: "Attended by", "Hosted by". */
  wording: string;
  /** How it reads from the attendee: "Attended", "Hosted". */
  verb: string;
  /** The role the tie records, when it does: "presented". */
  role?: string;
}

export interface Attendee {
  id: string;
  name: string;
  nodeType: NodeLabel;
  roles: AttendanceRole[];
  link: CoreLink;
  /** Working ties to the nearest core-group member: 0 for a member, -1 when no chain reaches one. */
  steps: number;
  /** The core-group members it has a working tie to (for a person: through its organisations). */
  coreTies: { id: string; name: string }[];
  reason: string;
}

/** One way of being at the event (a tie type: attended, hosted) and how its people split. */
export interface AttendanceGroup {
  tieType: TieType;
  wording: string;
  total: number;
  counts: Record<CoreLink, number>;
}

export interface EventAnswers {
  attendees: Attendee[];
  counts: Record<CoreLink, number>;
  /** By tie type, in the model's order: "Attended by 28: 22 with no working tie…", "Hosted by 1". */
  groups: AttendanceGroup[];
  /** The roles recorded at the event, most common first, with how many had each. */
  roles: { role: string; count: number }[];
  summary: string;
}

interface Standing {
  link: CoreLink;
  steps: number;
  coreTies: string[];
}

export function eventAnswers(context: AnalysisContext, eventId: string): EventAnswers {
  const { data, network } = context;
  const model = context.options.model;
  const { structural, facts } = network;
  const coreIndex = [...facts.core].map((c) => structural.index.get(c)).filter((i): i is number => i !== undefined);
  const distance = distancesFrom(structural, coreIndex);

  const standingOf = (org: string): Standing => {
    const i = structural.index.get(org);
    if (i === undefined) return { link: 'untied', steps: -1, coreTies: [] };
    if (facts.core.has(org)) return { link: 'core', steps: 0, coreTies: [] };
    const coreTies = neighbourIds(structural, i).filter((n) => facts.core.has(n)).sort();
    return { link: coreTies.length ? 'tied' : 'untied', steps: distance[i], coreTies };
  };
  const employersOf = (person: string) =>
    data.outEdges(person).filter((e) => networkRole(data.getEdgeAttribute(e, 'tieType'), model) === 'employment').map((e) => data.target(e)).filter((o) => facts.isOrganisation.has(o));

  const ended = endedOn(facts.asOf);
  const roles = new Map<string, AttendanceRole[]>();
  data.forEachInEdge(eventId, (_, attrs, source) => {
    if (networkRole(attrs.tieType, model) !== 'attendance' || ended(attrs.until)) return;
    const role = typeof attrs.role === 'string' && attrs.role.trim() ? attrs.role.trim() : undefined;
    const list = roles.get(source) ?? [];
    const wording = tieTypeEntry(attrs.tieType, model)?.wording;
    list.push({ tieType: attrs.tieType, wording: wording?.in ?? attrs.tieType, verb: wording?.out ?? attrs.tieType, ...(role ? { role } : {}) });
    roles.set(source, list);
  });

  const attendees: Attendee[] = [];
  for (const [id, own] of roles) {
    const nodeType = data.getNodeAttribute(id, 'nodeType');
    let standing: Standing;
    let reason: string;
    if (nodeType === 'Person') {
      const employers = employersOf(id);
      const best = employers.map(standingOf).sort(byCloseness)[0];
      standing = best ?? { link: 'untied', steps: -1, coreTies: [] };
      const through = employers.map(facts.name).sort();
      reason = employers.length === 0 ? 'Works for no organisation on the map.' : `Works for ${listNames(through)}: ${personWords(standing, facts.name)}`;
    } else {
      standing = standingOf(id);
      reason = facts.isOrganisation.has(id) ? organisationWords(standing, facts.name) : 'Not an open organisation on the day analysed.';
    }
    attendees.push({ id, name: facts.name(id), nodeType, roles: own, link: standing.link, steps: standing.steps, coreTies: standing.coreTies.map((c) => ({ id: c, name: facts.name(c) })), reason });
  }
  attendees.sort((a, b) => CORE_LINKS.indexOf(a.link) - CORE_LINKS.indexOf(b.link) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));

  const counts = countLinks(attendees);
  const groups: AttendanceGroup[] = [];
  for (const tieType of Object.keys(model?.tieTypes ?? MODEL.tieTypes) as TieType[]) {
    const members = attendees.filter((a) => a.roles.some((r) => r.tieType === tieType));
    if (members.length) groups.push({ tieType, wording: members[0].roles.find((r) => r.tieType === tieType)?.wording ?? tieType, total: members.length, counts: countLinks(members) });
  }
  const roleCounts = new Map<string, number>();
  for (const a of attendees) for (const r of new Set(a.roles.flatMap((x) => (x.role ? [x.role] : [])))) roleCounts.set(r, (roleCounts.get(r) ?? 0) + 1);
  const roleList = [...roleCounts].map(([role, count]) => ({ role, count })).sort((x, y) => y.count - x.count || x.role.localeCompare(y.role));
  return { attendees, counts, groups, roles: roleList, summary: eventSummary(facts.name(eventId), groups, facts.core.size) };
}

function countLinks(attendees: Attendee[]): Record<CoreLink, number> {
  const counts = { core: 0, tied: 0, untied: 0 } satisfies Record<CoreLink, number>;
  for (const a of attendees) counts[a.link]++;
  return counts;
}

/** Closest to the core group first: a member, then tied, then by steps (unreachable last). */
function byCloseness(x: Standing, y: Standing): number {
  const rank = (s: Standing) => CORE_LINKS.indexOf(s.link) * 1000 + (s.steps === -1 ? 999 : s.steps);
  return rank(x) - rank(y);
}

function organisationWords(s: Standing, name: (id: string) => string): string {
  if (s.link === 'core') return 'A core-group member.';
  if (s.link === 'tied') return `Works with ${listNames(s.coreTies.map(name))} of the core group.`;
  if (s.steps === -1) return 'No chain of working ties reaches any core-group member.';
  return `No working tie to a core-group member; the nearest is ${plural(s.steps, 'tie')} away.`;
}

function personWords(s: Standing, name: (id: string) => string): string {
  if (s.link === 'core') return 'of the core group.';
  if (s.link === 'tied') return `tied to ${listNames(s.coreTies.map(name))} of the core group.`;
  return 'none of them has a working tie to a core-group member.';
}

/** "At Battersea Together, attended by 28: 22 have no working tie to a core-group member, 3 work with one, 3 are in the core group. Hosted by 1: …" */
function eventSummary(event: string, groups: AttendanceGroup[], coreSize: number): string {
  if (groups.length === 0) return `No one is recorded at ${event}.`;
  const split = ({ total, counts }: AttendanceGroup) => {
    if (coreSize === 0) return `${total}`;
    const parts: string[] = [];
    if (counts.untied) parts.push(`${counts.untied} ${counts.untied === 1 ? 'has' : 'have'} no working tie to a core-group member`);
    if (counts.tied) parts.push(`${counts.tied} ${counts.tied === 1 ? 'works' : 'work'} with one`);
    if (counts.core) parts.push(`${counts.core} ${counts.core === 1 ? 'is' : 'are'} in the core group`);
    return `${total}: ${parts.join(', ')}`;
  };
  const text = groups.map((g) => `${g.wording} ${split(g)}`).join('. ');
  return `At ${event}: ${text.charAt(0).toLowerCase()}${text.slice(1)}.${coreSize === 0 ? ' The map records no core group.' : ''}`;
}
