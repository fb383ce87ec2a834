/**
 * "Valid at a date" as a Cypher predicate: the model's `validAt` (model/dates.ts) for a node or tie
 * variable and a date parameter. Stored dates are YYYY, YYYY-MM or YYYY-MM-DD (the write rules see
 * to it), so comparing each side at its own precision — `since` and `until` against the date cut
 * to their length — is the same as comparing first and last days: "2022" as an `until` holds
 * through 2022, and a missing `since` or `until` leaves that side open.
 */
export function validAtCypher(variable: string, dateParameter = '$at'): string {
  const at = dateParameter;
  return `(${at} IS NULL OR ((${variable}.since IS NULL OR ${variable}.since <= left(${at}, size(${variable}.since)))
          AND (${variable}.until IS NULL OR ${variable}.until >= left(${at}, size(${variable}.until)))))`;
}
