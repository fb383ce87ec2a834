/**
 * The portable backup's format: gzip'd JSON lines, a header, one line per node, one per tie, and
 * an end line with the counts (so a cut-off file is refused). Property values keep their Neo4j
 * types exactly: an integer is a JSON number (or {"$i": text} past 2^53), a float is {"$f": n}
 * ("NaN", "Infinity" as text), lists are arrays of those. Any other type is refused when backing
 * up, rather than written in a form that would come back different.
 */
import neo4j, { type Integer } from 'neo4j-driver';
import type { NodeRow } from '../db/rows.ts';

export const BACKUP_FORMAT = 'alliance-atlas-backup';
export const BACKUP_VERSION = 1;
/** The file name a backup gets: sorted by name is sorted by time. */
export const BACKUP_SUFFIX = '.atlas-backup.jsonl.gz';

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  createdAt: string;
}

export type Encoded = string | boolean | number | { $i: string } | { $f: number | string } | Encoded[];

export interface NodeLine extends NodeRow<Encoded> {
  n: number;
}

export interface TieLine {
  t: string;
  from: number;
  to: number;
  props: Record<string, Encoded>;
}

export interface EndLine {
  end: true;
  nodes: number;
  ties: number;
}

export class BackupFormatError extends Error {
  constructor(message: string) {
    super(`backup: ${message}`);
    this.name = 'BackupFormatError';
  }
}

function encodeValue(value: unknown, where: string): Encoded {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (neo4j.isInt(value)) {
    const int = value as Integer;
    return int.inSafeRange() ? int.toNumber() : { $i: int.toString() };
  }
  if (typeof value === 'number') return { $f: Number.isFinite(value) ? value : String(value) };
  if (Array.isArray(value)) return value.map((item) => encodeValue(item, where));
  const kind = value === null || value === undefined ? String(value) : (value as object).constructor?.name ?? typeof value;
  throw new BackupFormatError(`${where} holds a value of type ${kind}, which Atlas never writes; remove it (or convert it to text) and back up again.`);
}

export function encodeProperties(props: Record<string, unknown>, where: string): Record<string, Encoded> {
  const out: Record<string, Encoded> = {};
  for (const key of Object.keys(props).sort()) out[key] = encodeValue(props[key], `${where} property "${key}"`);
  return out;
}

function decodeValue(value: unknown, where: string): unknown {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map((item) => decodeValue(item, where));
  if (value && typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length === 1 && keys[0] === '$i' && typeof (value as { $i: unknown }).$i === 'string' && /^-?\d+$/.test((value as { $i: string }).$i)) return neo4j.int((value as { $i: string }).$i);
    if (keys.length === 1 && keys[0] === '$f') {
      const f = (value as { $f: unknown }).$f;
      if (typeof f === 'number') return f;
      if (f === 'NaN' || f === 'Infinity' || f === '-Infinity') return Number(f);
    }
  }
  throw new BackupFormatError(`${where} is not a value this format writes (${JSON.stringify(value)?.slice(0, 60)}).`);
}

export function decodeProperties(props: unknown, where: string): Record<string, unknown> {
  if (!props || typeof props !== 'object' || Array.isArray(props)) throw new BackupFormatError(`${where} has no properties object.`);
  return Object.fromEntries(Object.entries(props).map(([key, value]) => [key, decodeValue(value, `${where} property "${key}"`)]));
}

/** The file name for a backup taken at `at`: atlas-2026-12-02T19-30-00Z plus the suffix. */
export function backupFileName(at: Date = new Date()): string {
  return `atlas-${at.toISOString().slice(0, 19).replaceAll(':', '-')}Z${BACKUP_SUFFIX}`;
}
