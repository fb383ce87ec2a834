/**
 * The time rule (model/time.ts) as Cypher, written once for every read on a date: how a tie stands
 * on the day (`factStatusOn`) and how a node stands by its own dates and all its ties (`nodeStatus`).
 * tests/integration/asOfRule.test.ts runs these fragments beside the model on a grid of cases, and
 * asOfGraph.test.ts compares whole maps, so the two cannot drift apart.
 *
 * Parameters: `$day` is the date's first day as YYYY-MM-DD (null: the whole record, everything
 * holds), `$undated` whether undated facts count, `$hidden` the labels the caller may not see.
 * Stored dates are YYYY, YYYY-MM or YYYY-MM-DD (the write rules see to it), so a date compares with
 * the day cut to its own length: `since` "2021-10" has begun on every day whose first seven
 * characters are "2021-10" or later, and `until` "2022" holds through every day of 2022.
 */
import { asOfDay, type AsOf, type FactStatus } from '../model/time.ts';

/** The parameters every fragment below reads, from what the caller asked for. */
export function asOfParameters(asOf: AsOf): { day: string | null; undated: boolean } {
  return { day: asOfDay(asOf.date) ?? null, undated: asOf.undated };
}

/** A stored date as text (a year may have been stored as a number), or null when there is none. */
function dateText(expression: string): string {
  return `toString(${expression})`;
}

/** How a fact with `since`/`until` (a node or tie variable) stands on `$day`: the model's `factStatusOn`. */
export function factStatusCypher(variable: string): string {
  const since = dateText(`${variable}.since`);
  const until = dateText(`${variable}.until`);
  return `(CASE
    WHEN $day IS NULL THEN 'holds'
    WHEN ${until} IS NOT NULL AND ${until} < left($day, size(${until})) THEN 'ended'
    WHEN ${since} IS NULL THEN 'undated'
    WHEN ${since} <= left($day, size(${since})) THEN 'holds'
    ELSE 'not-begun' END)`;
}

/** Whether a status (a Cypher expression) is counted on the date: the model's `counts`. */
export function countsCypher(status: string): string {
  return `(${status} = 'holds' OR ($undated AND ${status} = 'undated'))`;
}

/**
 * How a node stands on `$day` by its own dates and the statuses of all its ties to nodes the caller
 * may see (every kind, so hiding a kind of tie never moves a node in time): the model's `nodeStatus`.
 * The ties are read by one COLLECT subquery that expands the node's own relationships only.
 */
export function nodeStatusCypher(variable: string): string {
  // Names of its own, so the subquery never binds a variable of the query it sits in.
  const [tie, other, s] = [`${variable}_tie`, `${variable}_other`, `${variable}_on`];
  const ties = `COLLECT { MATCH (${variable})-[${tie}]-(${other}) WHERE NOT any(l IN labels(${other}) WHERE l IN $hidden) RETURN DISTINCT ${factStatusCypher(tie)} }`;
  // A one-item list binds the own status and the tie statuses once, since Cypher has no "let".
  return `(CASE WHEN $day IS NULL THEN 'holds' ELSE [${s} IN [{own: ${factStatusCypher(variable)}, ties: ${ties}}] |
    CASE
      WHEN ${s}.own IN ['ended', 'not-begun'] THEN ${s}.own
      WHEN 'holds' IN ${s}.ties OR ($undated AND 'undated' IN ${s}.ties) THEN 'holds'
      WHEN size(${s}.ties) = 0 THEN CASE WHEN ${s}.own = 'undated' AND $undated THEN 'holds' ELSE ${s}.own END
      WHEN 'undated' IN ${s}.ties THEN 'undated'
      WHEN 'not-begun' IN ${s}.ties THEN 'not-begun'
      ELSE 'ended' END][0] END)`;
}

/** The statuses a read keeps: those counted, and `undated` so the answer can say how many it left out. */
export const SHOWN_OR_UNDATED: FactStatus[] = ['holds', 'undated'];
