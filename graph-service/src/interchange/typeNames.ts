/**
 * Forgiving type names: spreadsheets say "Organization", "org" or "funding" where the model says
 * Organisation and FUNDS. The accepted names are the model's synonyms; anything not recognised is
 * refused with the list of the model's names.
 */
import { MODEL, type AtlasModel, type NodeLabel, type TieType } from '../model/model.ts';

/** Lower case, letters only: "Member of", "member_of" and "MEMBER-OF" all become "memberof". */
export function typeKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z]/g, '');
}

export type TypeMatch<T> = { ok: true; value: T } | { ok: false; reason: string };

/** A matcher over the names and synonyms of a model's entries, refusing others as "not a <what>". */
function matcher<T extends string>(entries: Readonly<Record<string, { synonyms: readonly string[] }>>, what: string): (text: string) => TypeMatch<T> {
  const lookup = new Map<string, T>();
  for (const [name, entry] of Object.entries(entries)) for (const synonym of [name, ...entry.synonyms]) lookup.set(typeKey(synonym), name as T);
  const names = Object.keys(entries).join(', ');
  return (text) => {
    const found = lookup.get(typeKey(text));
    return found ? { ok: true, value: found } : { ok: false, reason: `type "${text}" is not ${what}; use one of ${names}` };
  };
}

export function nodeLabelMatcher(model: AtlasModel = MODEL): (text: string) => TypeMatch<NodeLabel> {
  return matcher(model.nodeLabels, 'an element type');
}

export function tieTypeMatcher(model: AtlasModel = MODEL): (text: string) => TypeMatch<TieType> {
  return matcher(model.tieTypes, 'a connection type');
}

export const matchNodeLabel = nodeLabelMatcher();
export const matchTieType = tieTypeMatcher();

/**
 * What a file without types is proposed as (networkx, igraph and edge lists have none): an
 * Organisation, and the model's plain tie between two of them. A free-word connection type with
 * no model type becomes that plain tie too, keeping its word as the tie's description.
 */
export const PROPOSED_NODE_TYPE: NodeLabel = 'Organisation';
export const PLAIN_TIE_TYPE: TieType = 'CONNECTED_WITH';
