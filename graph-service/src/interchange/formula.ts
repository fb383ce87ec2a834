/**
 * Spreadsheet formula injection (CWE-1236). A cell that starts with = + - @, a tab or a carriage
 * return may be run as a formula when a spreadsheet opens the file. Atlas never evaluates cells:
 * - on import such text is refused, unless it is a plain number (e.g. -5) or starts with an
 *   apostrophe, the spreadsheet convention for "this is text", which is then removed;
 * - on export such text gets a leading apostrophe, so it re-imports unchanged.
 */

const TRIGGER = /^[=+\-@\t\r]/;
const ESCAPED = /^'+[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

export type FormulaCheck = { kind: 'text'; value: string } | { kind: 'escaped'; value: string } | { kind: 'formula' };

/** Classifies text from a cell: plain text, text escaped with an apostrophe, or a would-be formula. */
export function checkFormula(text: string): FormulaCheck {
  if (ESCAPED.test(text)) return { kind: 'escaped', value: text.slice(1) };
  if (TRIGGER.test(text) && !PLAIN_NUMBER.test(text.trim())) return { kind: 'formula' };
  return { kind: 'text', value: text };
}

/** Makes text safe to open in a spreadsheet; the inverse of the 'escaped' case above. */
export function neutraliseFormula(text: string): string {
  return TRIGGER.test(text) || ESCAPED.test(text) ? `'${text}` : text;
}
