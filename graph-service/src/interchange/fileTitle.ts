/** The title a new map gets from the file it is imported from, when nobody names it. */
import { MAP_TITLE_LENGTH } from '../model/maps.ts';

/** "florentine_families.edges.csv" → "Florentine families edges": the name without its extension, words spaced. */
export function mapTitleFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const words = base.replace(/\.[A-Za-z0-9]+$/, '').replace(/[-_.\s]+/g, ' ').trim();
  const title = words ? words[0].toUpperCase() + words.slice(1) : 'Imported map';
  return title.slice(0, MAP_TITLE_LENGTH).trim();
}
