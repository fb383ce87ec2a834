/**
 * Turns a text file's bytes into a string, or explains why it cannot: spreadsheets saved as
 * UTF-16 ("Unicode text") or in a legacy encoding like Windows-1252 are common and must not
 * turn names into mojibake silently.
 */
import { InterchangeError } from './errors.ts';

export function decodeText(bytes: Uint8Array, what: string): string {
  const saveAs = what.startsWith('CSV') ? 'Save it again as UTF-8 (in Excel: "CSV UTF-8 (Comma delimited)")' : 'Save or export it again as UTF-8';
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    throw new InterchangeError(`${what}: the file is UTF-16 ("Unicode text"). ${saveAs} and import that.`);
  }
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    throw new InterchangeError(`${what}: this is a zip archive (an XLSX workbook?), not text. Choose the XLSX format for workbooks.`);
  }
  const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start));
  } catch {
    const offset = firstInvalidUtf8(bytes, start);
    const line = bytes.subarray(0, offset).filter((b) => b === 0x0a).length + 1;
    throw new InterchangeError(`${what}: the file is not valid UTF-8 (line ${line}, near byte ${offset}); it was probably saved as Latin-1/Windows-1252. ${saveAs} and import that.`);
  }
  if (text.includes('\u0000')) {
    throw new InterchangeError(`${what}: the file contains NUL bytes, so it is binary rather than text. Check that you chose the right file and format.`);
  }
  return text;
}

/** The 1-based position of the byte where decoding first fails (the culprit is it or the one before). */
function firstInvalidUtf8(bytes: Uint8Array, start: number): number {
  let low = start;
  let high = bytes.length;
  // Binary search for the shortest prefix that fails (allowing for a sequence cut at the end).
  while (high - low > 1) {
    const mid = (low + high) >> 1;
    try {
      // stream: a multi-byte character cut by the prefix's end is not an error.
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start, mid), { stream: true });
      low = mid;
    } catch {
      high = mid;
    }
  }
  return low + 1;
}
