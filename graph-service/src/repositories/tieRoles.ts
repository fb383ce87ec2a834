/**
 * Relationship types for Cypher patterns, from the model's network roles: a query that follows
 * "where something is" or "who is a member" follows every tie type the model gives that role, so
 * a new tie type joins those queries by its entry alone. The names come from the model's fixed
 * list, never from a request, and are quoted with backticks.
 */
import { MODEL, type AtlasModel, type NetworkRole, type TieType } from '../model/model.ts';
import { MADE_AT } from '../model/time.ts';

/** `A|B` for `[:A|B]`: the tie types with this role. */
export function relationshipTypes(role: NetworkRole, model: AtlasModel = MODEL): string {
  const types = Object.entries(model.tieTypes).filter(([, entry]) => entry.network === role).map(([type]) => `\`${type}\``);
  if (types.length === 0) throw new Error(`repositories: no tie type has the network role "${role}"; a query that follows it would match nothing.`);
  return types.join('|');
}

/** The patterns the read queries follow, worked out once. */
export const TIES = {
  theme: relationshipTypes('theme'),
  partnership: relationshipTypes('partnership'),
  membership: relationshipTypes('membership'),
  employment: relationshipTypes('employment'),
  funding: relationshipTypes('funding'),
  location: relationshipTypes('location'),
  containment: relationshipTypes('containment'),
} as const;

/** The tie types that may say which event or programme they were made at (`madeAt`), from the model's entries. */
export function madeAtTieTypes(model: AtlasModel = MODEL): TieType[] {
  return Object.entries(model.tieTypes).filter(([, entry]) => MADE_AT in entry.properties).map(([type]) => type as TieType);
}
