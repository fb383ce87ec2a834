/**
 * Atlas keeps people by name and role only: never a personal e-mail address or phone number.
 * API writes, imports and the seed refuse values that look like one, and imports refuse columns
 * whose header names contact details.
 */

// UK numbers in their usual groupings (0xxxx xxx xxx, 020 xxxx xxxx) and international ones.
// The local part of an address may hold any of !#$%&'*+/=?^`{|}~ (RFC 5322), so it is matched loosely.
const CONTACT_VALUE = /[^\s@<>()[\]\\,;:"]+@[\w-]+(\.[\w-]+)+|\b0\d{3,4}[\s-]?\d{3}[\s-]?\d{3,4}\b|\b0\d{2}[\s-]?\d{4}[\s-]?\d{4}\b|\+\d{1,3}[\s-]?\d[\d\s-]{7,}\d/;
const CONTACT_HEADER = /^(e-?mail|email address|phone|phone number|telephone|tel|mobile|mobile number|cell|fax|whats ?app|contact number|contact details|home address|personal address)s?$/i;

export const PERSONAL_DATA_MESSAGE = 'looks like an e-mail address or phone number; Atlas keeps people by name and role only';

export function looksLikeContactDetails(value: string): boolean {
  return CONTACT_VALUE.test(value);
}

export function isContactHeader(header: string): boolean {
  return CONTACT_HEADER.test(header.trim().replace(/[_.]/g, ' ').replace(/\s+/g, ' '));
}
