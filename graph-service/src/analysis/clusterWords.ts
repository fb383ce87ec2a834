/**
 * Words for a cluster, from its members and the ties among them: a name from what most of them
 * share (a theme, a partnership or programme, an area; the most shared first), and one sentence on
 * what holds it together — its working ties inside, or, when it has none, the shared events or
 * alliance that put its members together instead.
 */
import { listNames, plural } from './context.ts';
import type { OrganisationNetwork } from './projection.ts';

export type SharedKind = 'theme' | 'partnership' | 'area';

export interface SharedFeature {
  kind: SharedKind;
  id: string;
  name: string;
  /** Members that share it. */
  organisations: number;
}

/** Ties broken in this order when two things score the same. */
const KIND_ORDER: SharedKind[] = ['theme', 'partnership', 'area'];

/**
 * What two or more members share and the rest of the map has less of, most telling first: a
 * feature scores its members sharing it × how much more common it is inside than outside, so the
 * borough nearly everyone is in names nothing and a theme most members work on names the cluster.
 */
export function sharedFeatures(network: OrganisationNetwork, members: string[]): SharedFeature[] {
  const { facts } = network;
  const sources: [SharedKind, Map<string, Set<string>>][] = [
    ['theme', facts.themesOf],
    ['partnership', facts.partnershipsOf],
    ['area', facts.areasOf],
  ];
  const inside = new Set(members);
  const outside = Math.max(1, facts.organisations.length - members.length);
  const scored: (SharedFeature & { score: number })[] = [];
  for (const [kind, of] of sources) {
    const count = new Map<string, [number, number]>();
    for (const id of facts.organisations) {
      for (const f of of.get(id) ?? []) {
        const c = count.get(f) ?? [0, 0];
        c[inside.has(id) ? 0 : 1]++;
        count.set(f, c);
      }
    }
    for (const [id, [n, rest]] of count) {
      const lift = n / members.length - rest / outside;
      if (n >= 2 && lift > 0) scored.push({ kind, id, name: facts.name(id), organisations: n, score: n * lift });
    }
  }
  return scored
    .sort((a, b) => b.score - a.score || b.organisations - a.organisations || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.name.localeCompare(b.name))
    .map(({ score: _score, ...feature }) => feature);
}

export function featureWords(f: SharedFeature): string {
  return f.kind === 'theme' ? f.name : f.kind === 'partnership' ? `${f.name} partners` : `${f.name} organisations`;
}

/** The ties among a cluster's members, by what makes them (the organisation network's contributions). */
export interface TiesInside {
  working: number;
  reported: number;
  funding: number;
  /** Pairs of members one person works for. */
  people: number;
  /** Names of partnerships, events and alliances that join members, most pairs first. */
  partnerships: string[];
  events: string[];
  alliances: string[];
}

export function tiesInside(network: OrganisationNetwork, members: string[]): TiesInside {
  const inside = new Set(members);
  const { graph, facts } = network;
  const ties = { working: 0, reported: 0, funding: 0, people: 0 };
  const via = { partnership: new Map<string, number>(), event: new Map<string, number>(), alliance: new Map<string, number>() };
  graph.forEachEdge((_e, tie, a, b) => {
    if (!inside.has(a) || !inside.has(b)) return;
    if (tie.structural) ties.working++;
    const kinds = new Set(tie.contributions.map((c) => c.kind));
    if (kinds.has('connected')) ties.reported++;
    if (kinds.has('funding')) ties.funding++;
    if (kinds.has('people')) ties.people++;
    for (const c of tie.contributions) {
      const tally = c.kind === 'partnership' || c.kind === 'event' || c.kind === 'alliance' ? via[c.kind] : null;
      if (tally && c.via) tally.set(c.via, (tally.get(c.via) ?? 0) + 1);
    }
  });
  const most = (m: Map<string, number>) => [...m.entries()].sort((x, y) => y[1] - x[1] || facts.name(x[0]).localeCompare(facts.name(y[0]))).map(([id]) => facts.name(id));
  return { ...ties, partnerships: most(via.partnership), events: most(via.event), alliances: most(via.alliance) };
}

/** One sentence on what holds the members together: working ties by kind, else the shared context that put them in one cluster. */
export function holdsTogether(ties: TiesInside, size: number, shared: SharedFeature[]): string {
  const theme = shared.find((f) => f.kind === 'theme');
  const themeWords = theme ? ` ${theme.organisations} of ${size} work on ${theme.name}.` : '';
  if (ties.working > 0) {
    const parts: string[] = [];
    if (ties.partnerships.length) parts.push(`partners in ${listNames(ties.partnerships, 2)}`);
    if (ties.reported) parts.push(plural(ties.reported, 'reported tie'));
    if (ties.people) parts.push(`${plural(ties.people, 'pair')} sharing staff`);
    if (ties.funding) parts.push(plural(ties.funding, 'funding link'));
    return `${plural(ties.working, 'working tie')} inside: ${parts.join(', ')}.${themeWords}`;
  }
  if (ties.events.length) return `These organisations share ${ties.events.length === 1 ? 'an event' : 'events'} (${listNames(ties.events, 2)}), not working ties.${themeWords}`;
  if (ties.alliances.length) return `These organisations share membership of ${listNames(ties.alliances, 2)}, not working ties.${themeWords}`;
  return `Nothing on the map holds these organisations together yet.${themeWords}`;
}

/**
 * Names from the most telling shared feature; without one, from the event or alliance most of
 * them share, else "Around" the key member. Clusters that would share a name add their next
 * feature, then a number.
 */
export function nameClusters(clusters: { name: string; keyMember: string; shared: SharedFeature[]; ties: TiesInside }[], name: (id: string) => string): void {
  for (const c of clusters) {
    c.name = c.shared[0] ? featureWords(c.shared[0]) : c.ties.events[0] ? `Met at ${c.ties.events[0]}` : c.ties.alliances[0] ? `${c.ties.alliances[0]} members` : `Around ${name(c.keyMember)}`;
  }
  const seen = new Map<string, number>();
  for (const c of clusters) seen.set(c.name, (seen.get(c.name) ?? 0) + 1);
  const used = new Set<string>();
  for (const c of clusters) {
    if ((seen.get(c.name) ?? 0) > 1 && c.shared[1]) c.name = `${c.name} · ${c.shared[1].name}`;
    const base = c.name;
    for (let n = 2; used.has(c.name); n++) c.name = `${base} (${n})`;
    used.add(c.name);
  }
}
