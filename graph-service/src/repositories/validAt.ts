/**
 * "Valid at a date" as a Cypher predicate: the model's `validAt` (model/dates.ts) for a node or tie
 * variable and a date parameter. Stored dates are YYYY, YYYY-MM or YYYY-MM-DD (the write rules see
 * to it). The date counts from its first day, and so does `since`; `until` holds through its last
 * day, which is the date's first day cut to `until`'s length: "2022" as an `until` holds through
 * 2022. A missing `since` or `until` leaves that side open; no date keeps everything.
 */

/** The first day a YYYY, YYYY-MM or YYYY-MM-DD text covers: "2019" + "-01-01", "2019-05" + "-01". */
function firstDay(text: string): string {
  return `(${text} + substring('-01-01', size(${text}) - 4))`;
}

export function validAtCypher(variable: string, dateParameter = '$at'): string {
  const day = firstDay(dateParameter);
  return `(${dateParameter} IS NULL OR ((${variable}.since IS NULL OR ${firstDay(`${variable}.since`)} <= ${day})
          AND (${variable}.until IS NULL OR ${variable}.until >= left(${day}, size(${variable}.until)))))`;
}
