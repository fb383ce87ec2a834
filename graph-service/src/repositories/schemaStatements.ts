/** How a constraint or an index is written: one form for every node label and relationship type of the store. */

/** `(n:Label)` for a node label, `()-[n:TYPE]-()` for a relationship type. */
type Pattern = { node: string } | { tie: string };

const written = (pattern: Pattern) => ('node' in pattern ? `(n:${pattern.node})` : `()-[n:${pattern.tie}]-()`);
const key = (properties: readonly string[]) =>
  properties.length === 1 ? `n.${properties[0]}` : `(${properties.map((property) => `n.${property}`).join(', ')})`;

/** A uniqueness constraint (which also gives the properties an index). */
export function uniqueConstraint(name: string, pattern: Pattern, ...properties: string[]): string {
  return `CREATE CONSTRAINT ${name} IF NOT EXISTS FOR ${written(pattern)} REQUIRE ${key(properties)} IS UNIQUE`;
}

/** A range index on one property or a composite of several. */
export function propertyIndex(name: string, pattern: Pattern, ...properties: string[]): string {
  return `CREATE INDEX ${name} IF NOT EXISTS FOR ${written(pattern)} ON (${properties.map((property) => `n.${property}`).join(', ')})`;
}
