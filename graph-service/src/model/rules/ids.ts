/** How ids are made and what they may look like: one rule for API writes, imports and the seed. */
import { MODEL, type AtlasModel, type NodeLabel } from '../model.ts';
import { SIZES } from './sizes.ts';

/** A node id: letters, digits and : _ . -, starting with a letter or digit. */
export const NODE_ID_PATTERN = `^[A-Za-z0-9][A-Za-z0-9:_.-]{0,${SIZES.nodeId - 1}}$`;
/** Ids an import may give a connection row: node id characters and the "->" of tie ids. */
export const TIE_ROW_ID = new RegExp(`^[A-Za-z0-9][A-Za-z0-9:_.>-]{0,${SIZES.nodeId - 1}}$`);
/** The curated seed keeps to lower-case kebab-case ids. */
export const SEED_ID = /^[a-z0-9][a-z0-9-]*$/;

const SLUG_LENGTH = 60;

/** "St. Mark's Centre" and "st marks centre" are the same name: accents, case, apostrophes and punctuation aside, "&" read as "and". */
export function normaliseName(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/&/g, ' and ').replace(/['’`]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
}

/** "Unicode Group & Co" → "unicode-group-and-co"; empty when nothing Latin is left. */
export function slug(name: string): string {
  return normaliseName(name).replace(/ /g, '-').slice(0, SLUG_LENGTH).replace(/-+$/, '');
}

/** The readable id for a new node: its kind's prefix and its name's slug ("org-providence-house"). */
export function idStem(label: NodeLabel, name: string, model: AtlasModel = MODEL): string {
  return `${model.nodeLabels[label].idPrefix}-${slug(name) || 'unnamed'}`;
}

/** The first free id for a new node: the stem, then the stem numbered from 2. */
export function freeNodeId(label: NodeLabel, name: string, taken: (id: string) => boolean, model: AtlasModel = MODEL): string {
  const stem = idStem(label, name, model);
  let id = stem;
  for (let n = 2; taken(id); n++) id = `${stem}-${n}`;
  return id;
}

/** Ids to try in order when the taken ones are only known to the database: readable, numbered, then random. */
export function nodeIdCandidates(label: NodeLabel, name: string, random: () => number = Math.random): string[] {
  const stem = idStem(label, name);
  return [stem, ...Array.from({ length: 20 }, (_, i) => `${stem}-${i + 2}`), `${stem}-${Math.floor(random() * 36 ** 6).toString(36)}`];
}

/** A tie's id from its type and ends: `MEMBER_OF:org-a->alliance-b`. */
export function tieId(type: string, from: string, to: string): string {
  return `${type}:${from}->${to}`;
}

/**
 * Every tie id begins with its type ("MEMBER_OF:…"), so ids of two types never meet and each
 * type's (map, id) uniqueness constraint is enough for the database to refuse a duplicate tie id,
 * whatever the path that writes it.
 */
export function hasTypePrefix(type: string, id: string): boolean {
  return id.startsWith(`${type}:`);
}

/** An id a file gives a tie, made to begin with the tie's type (the same file gives the same id every time). */
export function typedTieId(type: string, id: string): string {
  return hasTypePrefix(type, id) ? id : `${type}:${id}`;
}

/** Ids to try for a new tie: the plain one, then numbered ones for parallel ties of the same type. */
export function tieIdCandidates(type: string, from: string, to: string): string[] {
  const base = tieId(type, from, to);
  return [base, ...Array.from({ length: 49 }, (_, i) => `${base}~${i + 2}`)];
}
