/**
 * Turns decoded cells into the values Atlas stores: text, numbers, true/false, lists and dates,
 * refusing would-be formulas and contact details with a reason the user can act on.
 */
import { DATE_HINT, isDate } from '../model/dates.ts';
import type { PropertyValue } from '../model/model.ts';
import { checkFormula } from './formula.ts';
import { SIZES } from '../model/rules/sizes.ts';
import { looksLikeContactDetails } from '../model/rules/personalData.ts';
import type { CellValue } from './types.ts';

export const MAX_CELL_LENGTH = SIZES.propertyText;
const NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;
const LIST_SEPARATOR = /\s*[|;]\s*/;

export type Cell<T> = { value?: T; problem?: string };

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Text of a cell after the formula and contact checks; `escaped` when an apostrophe marked it as text. */
export function cellText(cell: CellValue, column: string): Cell<string> & { escaped?: boolean } {
  if (cell === null || cell === undefined) return {};
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? { problem: `"${column}" holds an invalid date` } : { value: isoDate(cell) };
  const raw = Array.isArray(cell) ? cell.join(' | ') : String(cell);
  const text = raw.trim();
  if (text === '') return {};
  if (text.length > MAX_CELL_LENGTH) return { problem: `"${column}" is ${text.length} characters long; the limit is ${MAX_CELL_LENGTH}` };
  if (looksLikeContactDetails(text)) return { problem: `"${column}" looks like an e-mail address or phone number; Atlas keeps people by name and role only` };
  if (typeof cell !== 'string') return { value: text };
  const formula = checkFormula(text);
  if (formula.kind === 'formula') {
    return { problem: `"${column}" starts with "${text[0] === '\t' ? 'a tab' : text[0]}", which a spreadsheet would run as a formula; put an apostrophe (') in front to keep it as text` };
  }
  return formula.kind === 'escaped' ? { value: formula.value, escaped: true } : { value: formula.value };
}

export function cellList(cell: CellValue, column: string): Cell<string[]> {
  if (Array.isArray(cell)) {
    const items: string[] = [];
    for (const item of cell) {
      const text = cellText(item, column);
      if (text.problem) return { problem: text.problem };
      if (text.value) items.push(text.value);
    }
    return { value: items };
  }
  const text = cellText(cell, column);
  if (text.problem || text.value === undefined) return { problem: text.problem };
  return { value: text.value.split(LIST_SEPARATOR).filter(Boolean) };
}

export function cellDate(cell: CellValue, column: string): Cell<string> {
  if (typeof cell === 'number' && Number.isInteger(cell) && cell >= 1000 && cell <= 9999) return { value: String(cell) };
  const text = cellText(cell, column);
  if (text.problem || text.value === undefined) return text;
  if (!isDate(text.value)) return { problem: `"${column}" is "${text.value}", which is not a date; write it as ${DATE_HINT}` };
  return { value: text.value };
}

/** Properties that are text even when they look like numbers (an event's date is often just a year). */
const TEXT_PROPERTIES = new Set(['date', 'year', 'period', 'postcode', 'phase']);

/**
 * A property's value: typed cells keep their type; in untyped (CSV) cells, text that reads as a
 * number or true/false becomes one, unless the property is one that holds text.
 */
export function cellProperty(cell: CellValue, column: string, list: boolean, typed = false): Cell<PropertyValue> {
  if (list || Array.isArray(cell)) return cellList(cell, column);
  if (typeof cell === 'number') return Number.isFinite(cell) ? { value: cell } : { problem: `"${column}" is not a finite number` };
  if (typeof cell === 'boolean') return { value: cell };
  const text = cellText(cell, column);
  if (text.problem || text.value === undefined || text.escaped || typeof cell !== 'string' || typed || TEXT_PROPERTIES.has(column.replace(/\[\]$/, '').trim().toLowerCase())) return text;
  if (/^(true|false)$/i.test(text.value)) return { value: text.value.toLowerCase() === 'true' };
  if (NUMBER.test(text.value) && text.value.length <= 15) return { value: Number(text.value) };
  return { value: text.value };
}
