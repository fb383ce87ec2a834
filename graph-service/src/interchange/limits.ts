/**
 * Upload size limits per format. Spreadsheets of a few thousand rows are well under a megabyte;
 * these leave room for 100,000-row files while keeping one request's memory bounded.
 */
import type { Format } from './types.ts';
import { FileTooLargeError } from './errors.ts';

const MiB = 1024 * 1024;

export const SIZE_LIMITS: Record<Format, number> = {
  csv: 20 * MiB,
  // An XLSX is compressed: 10 MiB unpacks to far more cells than 20 MiB of CSV.
  xlsx: 10 * MiB,
  gexf: 40 * MiB,
  graphml: 40 * MiB,
  json: 40 * MiB,
};

export function formatSize(bytes: number): string {
  return bytes >= MiB ? `${(bytes / MiB).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}

export function checkSize(format: Format, bytes: number, name = 'the file'): void {
  if (bytes > SIZE_LIMITS[format]) {
    throw new FileTooLargeError(`interchange: ${name} is ${formatSize(bytes)}; ${format.toUpperCase()} imports are limited to ${formatSize(SIZE_LIMITS[format])}. Split it into smaller files and import them one after another.`);
  }
}
