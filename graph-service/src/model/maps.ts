/**
 * Maps: each network in the atlas (an alliance, a programme, an analyst's import) is a map of its
 * own. Every node and tie carries its map's id in `map`; ids are unique within a map, and a tie's
 * two ends are always in its map. The map itself is a `:Map` node beside the data (not an Entity).
 */
import { slug } from './rules/ids.ts';

/** The property every node and tie carries: the id of the map it belongs to. */
export const MAP_PROPERTY = 'map';

/** A map id: lower-case kebab-case, as it appears in URLs (`/maps/battersea-alliance`). */
export const MAP_ID_PATTERN = '^[a-z0-9][a-z0-9-]{0,62}$';
export const MAP_ID = new RegExp(MAP_ID_PATTERN);

export const MAP_TITLE_LENGTH = 120;
export const MAP_DESCRIPTION_LENGTH = 4000;
export const MAP_OWNER_LENGTH = 200;
/** The default appearance is the app's settings as JSON; this bounds its stored text. */
export const MAP_APPEARANCE_LENGTH = 20_000;
/** Saved positions: at most this many nodes (a map of 10,000 organisations has about 16,000 nodes). */
export const MAP_LAYOUT_NODES = 50_000;

/** The app's appearance settings (colour by, size by, labels, ...), kept as it sends them. */
export type MapAppearance = Record<string, unknown>;
/** Saved node positions: node id → [x, y]. */
export type MapPositions = Record<string, [number, number]>;

/** A map's own record, as stored on its `:Map` node. */
export interface MapRecord {
  id: string;
  title: string;
  description?: string;
  /** Who keeps the map (a group or a person's role, in words, until accounts exist). */
  owner?: string;
  /** Archived maps are read-only and left out of the switcher unless asked for. */
  archived: boolean;
  /** A published map is seen by anyone (people never by the public); an unpublished one by its members only. */
  published: boolean;
  /** Where a duplicated map came from. */
  copiedFrom?: string;
  /** The map's default appearance in the app, when someone saved one. */
  appearance?: MapAppearance;
  /** How many months a fact stays fresh after it was confirmed (model/freshness.ts); 12 unless the map's admins set it. */
  freshnessMonths: number;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** The id for a new map from its title: "Team Hackney" → "team-hackney"; numbered when taken. */
export function mapIdFor(title: string, taken: (id: string) => boolean): string {
  const stem = (slug(title) || 'map').slice(0, 56).replace(/-+$/, '');
  let id = stem;
  for (let n = 2; taken(id); n++) id = `${stem}-${n}`;
  return id;
}

/** What a new map is made from: its id and title, and optionally its description and owner. */
export interface MapDefinition {
  id: string;
  title: string;
  description?: string;
  owner?: string;
}

/** A map made of source documents (the seed's maps): a record whose `source` names one of them first belongs to it. */
export interface DocumentMap extends MapDefinition {
  documents: string[];
}

/** The document a record's `source` names first: "000_d1e74d9a1716da8d.txt §1; 003_….txt" → "000_d1e74d9a1716da8d.txt". */
export function firstDocument(source: unknown): string | undefined {
  if (typeof source !== 'string') return undefined;
  return /^\s*([^\s;,]+)/.exec(source)?.[1];
}
