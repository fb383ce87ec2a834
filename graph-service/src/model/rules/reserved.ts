/** Property names the service keeps for itself: one list for API writes, imports, the seed and exports. */

/** Set by the service (or the seed loader), never by a caller, an import or a seed file. */
export const RESERVED_PROPERTIES: ReadonlySet<string> = new Set([
  'id', 'nodeType', 'tieType', 'label', 'type', 'from', 'to',
  'createdAt', 'updatedAt', 'version', 'seedHash', 'seedVersion', 'aliasText', '__lock', 'mergedIds', 'map',
]);

/** Of those, the ones every write derives afresh: exports leave them out and imports pass over them. */
export const DERIVED_PROPERTIES: ReadonlySet<string> = new Set(['createdAt', 'updatedAt', 'version', 'aliasText', 'seedHash', 'seedVersion', '__lock', 'map']);

/** Of those, the ones no answer ever shows (a node's map is the one its URL names). */
export const HIDDEN_PROPERTIES: ReadonlySet<string> = new Set(['seedHash', 'seedVersion', 'aliasText', '__lock', 'map']);

/** The dates every record may carry. */
export const DATE_FIELDS = ['since', 'until', 'lastConfirmed'] as const;
/**
 * Provenance: where a fact comes from, when it held, how those dates are known (`dateBasis`,
 * model/time.ts: "attended on 8 Oct 2021", or why there is no date), and who last confirmed it
 * (`confirmedBy`, beside `lastConfirmed`); every node and tie carries it.
 */
export const PROVENANCE_FIELDS = ['source', ...DATE_FIELDS, 'dateBasis', 'confirmedBy'] as const;
/** A node's fields with a place of their own in a write, so they cannot also come in `properties`. */
export const NODE_FIELDS = ['name', 'description', 'aliases', ...PROVENANCE_FIELDS] as const;
/** A tie's fields with a place of their own: its provenance. */
export const TIE_FIELDS = PROVENANCE_FIELDS;

/** A property name: letters, digits and _, starting with a letter, at most 64. */
export const PROPERTY_NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
export const PROPERTY_NAME_PATTERN = PROPERTY_NAME.source;
