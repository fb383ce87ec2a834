/**
 * What changed, in plain sentences a core group can read out: "Between 7 Oct 2021 and 31 Mar 2022,
 * organisations went from 30 to 42 …", "6 of the 28 presenters at Battersea Together gained their
 * first working tie to a core-group member". Figures come from figures.ts, names from the map.
 */
import { tieTypeEntry } from '../../model/model.ts';
import { asOfDay } from '../../model/time.ts';
import { plural } from '../context.ts';
import type { ScopeGraph } from '../scope.ts';
import { dateWords, listWords } from '../scopeWords.ts';
import type { Changes, NodeRef } from './compare.ts';
import type { GrowthFigures, Snapshot } from './figures.ts';

export interface GrowthWordsInput {
  data: ScopeGraph;
  from: string;
  to: string;
  before: Snapshot;
  after: Snapshot;
  added: Changes;
  ended: Changes;
  /** Whether undated ties were counted as holding. */
  undated: boolean;
}

const percent = (share: number) => `${Math.round(share * 100)}%`;
const names = (refs: NodeRef[]) => listWords(refs.map((r) => r.name), 'and');

/** "organisations went from 30 to 42", "working ties stayed at 20". */
function movement(what: string, from: number, to: number): string {
  return from === to ? `${what} stayed at ${from.toLocaleString('en-GB')}` : `${what} went from ${from.toLocaleString('en-GB')} to ${to.toLocaleString('en-GB')}`;
}

/** The headline figures between two points, one sentence each. */
export function figureWords(before: GrowthFigures, after: GrowthFigures, fromWords: string, toWords: string): string[] {
  const sentences = [
    `Between ${fromWords} and ${toWords}, ${movement('organisations', before.organisations, after.organisations)}, ${movement('working ties', before.workingTies, after.workingTies)} and ${movement('isolated organisations', before.isolated, after.isolated)}.`,
  ];
  if (before.organisations > 0 || after.organisations > 0) {
    sentences.push(`Organisations within two working ties of the core group: ${percent(before.nearCore)} (${before.nearCoreCount}) then ${percent(after.nearCore)} (${after.nearCoreCount}); ties bridging clusters: ${before.bridgingTies} then ${after.bridgingTies}.`);
  }
  return sentences;
}

/** Organisations (not core members) with a working tie to a core member on `after` and none on `before`. */
function firstCoreTies(before: Snapshot, after: Snapshot): Set<string> {
  const tiedToCore = (snapshot: Snapshot) => {
    const g = snapshot.context.network.structural;
    const core = snapshot.context.network.facts.core;
    const tied = new Set<string>();
    for (const c of core) {
      const i = g.index.get(c);
      if (i === undefined) continue;
      for (let k = g.offsets[i]; k < g.offsets[i + 1]; k++) if (!core.has(g.ids[g.adjacency[k]])) tied.add(g.ids[g.adjacency[k]]);
    }
    return tied;
  };
  const had = tiedToCore(before);
  return new Set([...tiedToCore(after)].filter((id) => !had.has(id)));
}

interface EventGroup {
  event: string;
  date: string;
  /** Organisations that took part, and the word for them ("presenters" when the record says they presented). */
  organisations: Set<string>;
  word: string;
}

/** Events dated between the two days (after `from`, up to `to`) and the organisations at each. */
function eventsBetween(data: ScopeGraph, from: string, to: string): EventGroup[] {
  const start = asOfDay(from) ?? '';
  const end = asOfDay(to) ?? '';
  const groups: EventGroup[] = [];
  data.forEachNode((event, attrs) => {
    const day = asOfDay(attrs.date);
    if (attrs.nodeType !== 'Event' || day === undefined || day < start || day > end) return;
    const attendees = new Set<string>();
    const presenters = new Set<string>();
    data.forEachInEdge(event, (_, tie, source) => {
      if (tieTypeEntry(tie.tieType)?.network !== 'attendance' || data.getNodeAttribute(source, 'nodeType') !== 'Organisation') return;
      attendees.add(source);
      if (typeof tie.role === 'string' && /^present/i.test(tie.role)) presenters.add(source);
    });
    if (attendees.size === 0) return;
    groups.push(presenters.size > 0 ? { event, date: day, organisations: presenters, word: 'presenters' } : { event, date: day, organisations: attendees, word: 'organisations taking part' });
  });
  return groups.sort((a, b) => a.date.localeCompare(b.date) || a.event.localeCompare(b.event));
}

/** Who gained their first working tie to the core group, overall and among each event's presenters or participants. */
function coreTieWords(input: GrowthWordsInput): string[] {
  const gained = firstCoreTies(input.before, input.after);
  if (gained.size === 0) return ['No organisation gained its first working tie to a core-group member.'];
  const name = input.after.context.network.facts.name;
  const sentences = [`${plural(gained.size, 'organisation')} gained ${gained.size === 1 ? 'its' : 'their'} first working tie to a core-group member: ${listWords([...gained].map(name).sort(), 'and', 5)}.`];
  for (const group of eventsBetween(input.data, input.from, input.to)) {
    const count = [...group.organisations].filter((id) => gained.has(id)).length;
    if (count === 0) continue;
    const event = String(input.data.getNodeAttribute(group.event, 'name') ?? group.event);
    sentences.push(`${count} of the ${group.organisations.size} ${group.word} at ${event} (${dateWords(group.date)}) gained their first tie to a core member.`);
  }
  return sentences;
}

function changeWords({ added, ended }: GrowthWordsInput): string[] {
  const sentences = [`${plural(added.ties.length, 'tie')} began and ${plural(ended.ties.length, 'tie')} ended.`];
  if (added.organisations.length) sentences.push(`${plural(added.organisations.length, 'organisation')} came into the network: ${names(added.organisations)}.`);
  if (ended.organisations.length) sentences.push(`${plural(ended.organisations.length, 'organisation')} left it: ${names(ended.organisations)}.`);
  for (const { tier, organisations } of added.members) sentences.push(`${plural(organisations.length, 'organisation')} became ${tier === 'core' ? 'core-group' : tier} members: ${names(organisations)}.`);
  for (const { tier, organisations } of ended.members) sentences.push(`${plural(organisations.length, 'organisation')} stopped being ${tier === 'core' ? 'core-group' : tier} members: ${names(organisations)}.`);
  return sentences;
}

/** Says how undated ties were treated on the later date. */
export function undatedWords(figures: GrowthFigures, counted: boolean): string[] {
  if (figures.undatedTies === 0) return [];
  return [counted ? `${plural(figures.undatedTies, 'tie')} with no known start ${figures.undatedTies === 1 ? 'is' : 'are'} counted as holding.` : `${plural(figures.undatedTies, 'tie')} with no known start ${figures.undatedTies === 1 ? 'is' : 'are'} left out of these figures.`];
}

/** The compare in plain words: figures, what began and ended, first ties to the core group, undated ties. */
export function growthWords(input: GrowthWordsInput): string[] {
  return [
    ...figureWords(input.before.figures, input.after.figures, dateWords(input.from), dateWords(input.to)),
    ...changeWords(input),
    ...coreTieWords(input),
    ...undatedWords(input.after.figures, input.undated),
  ];
}
