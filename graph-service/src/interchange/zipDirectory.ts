/**
 * What an XLSX (a zip) would unpack to, read from its central directory before anything is
 * unpacked, so a zip bomb is refused for a few microseconds' work. Hand-written because the zip
 * libraries at hand (JSZip, unzipper) inflate or stream entries rather than just list the directory,
 * and the directory is a fixed little-endian layout (PKWARE APPNOTE 4.3.12-4.3.16, zip64 4.3.14).
 */
import { InterchangeError } from './errors.ts';

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;

export interface ZipDirectory {
  entries: number;
  unpackedBytes: number;
}

function damaged(what: string): InterchangeError {
  return new InterchangeError(`${what}: the workbook could not be opened: its zip directory is missing or damaged (the file may be cut short). Open it in a spreadsheet program, save it as .xlsx again and retry.`);
}

export function readZipDirectory(bytes: Uint8Array, what: string): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is the last 22 bytes, unless a comment (up to 65,535 bytes) follows it.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) { end = at; break; }
  }
  if (end < 0) throw damaged(what);
  let entries = view.getUint16(end + 10, true);
  let size = view.getUint32(end + 12, true);
  let offset = view.getUint32(end + 16, true);
  if ((entries === 0xffff || size === 0xffffffff || offset === 0xffffffff) && end >= 20 && view.getUint32(end - 20, true) === ZIP64_LOCATOR) {
    const record = Number(view.getBigUint64(end - 12, true));
    if (record + 56 > bytes.length || view.getUint32(record, true) !== ZIP64_END) throw damaged(what);
    entries = Number(view.getBigUint64(record + 32, true));
    size = Number(view.getBigUint64(record + 40, true));
    offset = Number(view.getBigUint64(record + 48, true));
  }
  if (offset + size > bytes.length) throw damaged(what);
  let unpackedBytes = 0;
  let at = offset;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) throw damaged(what);
    let unpacked = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (unpacked === 0xffffffff) {
      // The zip64 extra field (id 1) holds the real size first.
      for (let extra = at + 46 + nameLength; extra + 4 <= at + 46 + nameLength + extraLength;) {
        const id = view.getUint16(extra, true);
        const length = view.getUint16(extra + 2, true);
        if (id === 1 && length >= 8 && extra + 12 <= bytes.length) { unpacked = Number(view.getBigUint64(extra + 4, true)); break; }
        extra += 4 + length;
      }
    }
    unpackedBytes += unpacked;
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { entries, unpackedBytes };
}
