/**
 * What the app says and decides about maps, pure so it is tested without a browser: which map `/`
 * opens, a map's headline figures in words, what deleting one removes, and a new map's title.
 */
import { MAP_TITLE_LENGTH } from '../../../../graph-service/src/model/maps';
import type { MapFigures, MapRecord, MapSummary } from '../api/maps';
import { plural } from '../graph/utils';

/** `/` opens the only map there is; with none or several it lists them. */
export function openingChoice(maps: MapSummary[]): { open: string } | { list: MapSummary[] } {
  const live = maps.filter((m) => !m.archived);
  return live.length === 1 && maps.length === 1 ? { open: live[0].id } : { list: sortMaps(maps) };
}

/** By title, archived ones last: the order of the opening page and the switcher. */
export function sortMaps<M extends Pick<MapRecord, 'title' | 'archived'>>(maps: M[]): M[] {
  return [...maps].sort((a, b) => Number(a.archived) - Number(b.archived) || a.title.localeCompare(b.title, 'en-GB'));
}

/** The four headline figures, worded for a funder's overview: the count, then what it counts. */
export function figureWords(figures: MapFigures): { count: string; what: string }[] {
  const figure = (n: number, one: string, many: string) => ({ count: n.toLocaleString('en-GB'), what: n === 1 ? one : many });
  return [
    figure(figures.organisations, 'organisation', 'organisations'),
    figure(figures.workingTies, 'working tie', 'working ties'),
    figure(figures.isolated, 'isolated organisation', 'isolated organisations'),
    figure(figures.clusters, 'cluster', 'clusters'),
  ];
}

/** What the delete dialog says will go, before anyone presses the button. */
export function deleteWarning(map: Pick<MapRecord, 'title'>, figures?: MapFigures): string {
  const contents = figures ? `${plural(figures.organisations, 'organisation', 'organisations')}, ${plural(figures.workingTies, 'working tie', 'working ties')} and every other node and tie in it` : 'every node and tie in it';
  return `Deleting “${map.title}” removes the map and ${contents}, with its description and saved layout, for everyone. Other maps are not touched. This cannot be undone.`;
}

/** The delete button waits until the map's title is typed (spaces and letter case aside). */
export function confirmsTitle(typed: string, title: string): boolean {
  const fold = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB');
  return fold(typed) !== '' && fold(typed) === fold(title);
}

/** Why a title cannot be used, or null. */
export function titleProblem(title: string): string | null {
  if (!title.trim()) return 'Give the map a title.';
  if (title.trim().length > MAP_TITLE_LENGTH) return `Shorten the title to ${MAP_TITLE_LENGTH} characters or fewer.`;
  return null;
}

/** A new map's title from an imported file's name: "florentine_families.csv" → "Florentine families". */
export function titleFromFileName(name: string): string {
  const stem = name.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '').replace(/[-_.]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (!stem) return 'Imported map';
  return `${stem.charAt(0).toLocaleUpperCase('en-GB')}${stem.slice(1)}`.slice(0, MAP_TITLE_LENGTH);
}

/** The title a duplicate is offered: "Copy of Team Hackney". */
export function duplicateTitle(title: string): string {
  return `Copy of ${title}`.slice(0, MAP_TITLE_LENGTH);
}
