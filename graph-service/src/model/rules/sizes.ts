/** How long text may be and how many items a list may hold, for API writes, imports and the seed alike. */
export const SIZES = {
  name: 300,
  description: 10_000,
  source: 1_000,
  /** Each alias is a name. */
  alias: 300,
  aliases: 50,
  /** A text property, and one cell of an import. */
  propertyText: 10_000,
  listItem: 1_000,
  listItems: 100,
  properties: 50,
  nodeId: 200,
  tieId: 500,
} as const;
