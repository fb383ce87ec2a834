/**
 * A map's graph as the app loads it, served the way a static file is: read from Neo4j once per map
 * revision (mapRevisionRepository.ts) and kind of caller, kept serialised and gzip-compressed in a
 * cache bounded by bytes, with an ETag made from what it was read for, so a second visit that still
 * has its copy gets a 304 after one index lookup. Compressed here, once per revision, rather than by
 * a compression plugin that would compress the same bytes again on every request.
 */
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { NoMapError } from '../errors.ts';
import type { NodeLabel } from '../model/model.ts';
import type { AsOf } from '../model/time.ts';
import type { MapRevisionRepository } from '../repositories/mapRevisionRepository.ts';

const gzipped = promisify(gzip);

/** What a graph answer was read for: the map, what the caller may not see, the filters, the date. */
export interface GraphRead {
  map: string;
  hidden: NodeLabel[];
  alliance?: string;
  area?: string;
  asOf: AsOf;
}

export interface GraphPayload {
  etag: string;
  json: Buffer;
  gzip: Buffer;
}

export const GRAPH_PAYLOAD_DEFAULTS = { maxBytes: 128 * 1024 * 1024 };

export class GraphPayloads {
  /** Oldest first: a hit moves its entry to the end, and the oldest go when the bytes run over. */
  private readonly entries = new Map<string, GraphPayload>();
  private bytes = 0;
  private readonly maxBytes: number;

  constructor(private readonly revisions: MapRevisionRepository, options: Partial<typeof GRAPH_PAYLOAD_DEFAULTS> = {}) {
    this.maxBytes = { ...GRAPH_PAYLOAD_DEFAULTS, ...options }.maxBytes;
  }

  /** The ETag the answer to this read has now (one lookup of the map's revision). */
  async etag(read: GraphRead): Promise<string> {
    const revision = await this.revisions.revision(read.map);
    if (revision === undefined) throw new NoMapError(read.map);
    const key = JSON.stringify([read.map, revision, [...read.hidden].sort(), read.alliance ?? null, read.area ?? null, read.asOf.date, read.asOf.undated]);
    return `"${createHash('sha256').update(key).digest('base64url').slice(0, 32)}"`;
  }

  /** The answer for an ETag from `etag`: from the cache, or made by `serialise` and kept. */
  async payload(etag: string, serialise: () => Promise<string | Buffer | ArrayBuffer>): Promise<GraphPayload> {
    const kept = this.entries.get(etag);
    if (kept) {
      this.entries.delete(etag);
      this.entries.set(etag, kept);
      return kept;
    }
    const serialised = await serialise();
    const json = typeof serialised === 'string' ? Buffer.from(serialised) : Buffer.from(serialised as ArrayBuffer);
    const made = { etag, json, gzip: await gzipped(json) };
    this.keep(made);
    return made;
  }

  private keep(payload: GraphPayload): void {
    const size = payload.json.length + payload.gzip.length;
    if (size > this.maxBytes) return;
    this.entries.set(payload.etag, payload);
    this.bytes += size;
    for (const [etag, old] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(etag);
      this.bytes -= old.json.length + old.gzip.length;
    }
  }
}

/** Whether an If-None-Match header names this ETag (a list, weak forms and `*` included). */
export function stillCurrent(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '') === etag;
  });
}

/** Whether the caller takes gzip (an Accept-Encoding that names it without q=0). */
export function takesGzip(acceptEncoding: string | undefined): boolean {
  return (acceptEncoding ?? '').split(',').some((part) => {
    const [coding, ...params] = part.trim().split(';');
    return coding.trim().toLowerCase() === 'gzip' && !params.some((p) => /^\s*q=0(\.0*)?\s*$/.test(p));
  });
}
