/**
 * Lists the API is built on that the app needs as values: plain data (no TypeBox), so the app
 * imports them without pulling the schemas into its bundle.
 */

/** What an import row becomes, in the order the plan's summary counts them and the app lists them. */
export const OUTCOMES = ['created', 'updated', 'unchanged', 'merged', 'rejected'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** The file formats import and export speak. */
export const FORMATS = ['csv', 'xlsx', 'gexf', 'graphml', 'json'] as const;
export type Format = (typeof FORMATS)[number];
