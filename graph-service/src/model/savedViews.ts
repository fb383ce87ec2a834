/**
 * Saved views: named views of a map (its filters, focus, colours and camera, as the app writes them
 * in the address, `?sel=…&colour=…`) with a text to show beside them, kept with the map so that
 * everyone who opens it can step through them. A view's state is the address's query string, so
 * the one parser of the address (app/src/core/navState) reads a saved view as it reads a link.
 */
import type { FieldProblem } from './problems.ts';

/** A view for another website's page: `?embed=1` opens the map read-only, alone (app and service read this name). */
export const EMBED_PARAM = 'embed';

export const SAVED_VIEW_NAME_LENGTH = 80;
export const SAVED_VIEW_TEXT_LENGTH = 2000;
/** The address's query string; a view's whole state fits in far less. */
export const SAVED_VIEW_STATE_LENGTH = 4000;
/** Views per map: a presentation, not an archive. */
export const SAVED_VIEWS_PER_MAP = 50;
/** A view's id: kebab-case from its name, unique in its map. */
export const SAVED_VIEW_ID_PATTERN = '^[a-z0-9][a-z0-9-]{0,80}$';

export interface SavedViewInput {
  name: string;
  /** What the presenter says about it; shown with the view. */
  text: string;
  /** The view state: the address's query string, starting with "?" (or empty for the map's default view). */
  state: string;
}

export interface SavedView extends SavedViewInput {
  id: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** What is wrong with a view, field by field (the contract already checked types and lengths). */
export function savedViewProblems(input: SavedViewInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!input.name.trim()) problems.push({ field: '/name', code: 'blank', message: 'Give the view a name, e.g. "Who works with whom in Battersea".' });
  if (input.state !== '' && !input.state.startsWith('?')) problems.push({ field: '/state', code: 'bad_format', message: 'The view state is the address\'s query string: it starts with "?" (e.g. "?sel=org-x&colour=cluster").' });
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point.
  if (/[\u0000-\u001f\u007f]/.test(input.state)) problems.push({ field: '/state', code: 'bad_format', message: 'The view state may not hold control characters (line breaks, tabs).' });
  return problems;
}

/** A new view's id from its name: "Gaps in Battersea" → "gaps-in-battersea", numbered when taken. */
export function savedViewId(name: string, taken: (id: string) => boolean): string {
  const stem = name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'view';
  let id = stem;
  for (let n = 2; taken(id); n++) id = `${stem}-${n}`;
  return id;
}
