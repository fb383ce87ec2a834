import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { MapRevisionRepository } from '../../../graph-service/src/repositories/mapRevisionRepository.ts';
import { GraphPayloads, stillCurrent, takesGzip, type GraphRead } from '../../../graph-service/src/services/graphPayloads.ts';
import { WHOLE_RECORD } from '../../../graph-service/src/model/time.ts';

/** Revisions as a table the test sets: the cache's only question to the store. */
function revisions(table: Record<string, string>): MapRevisionRepository {
  return { revision: async (map: string) => table[map] } as MapRevisionRepository;
}
const read = (map: string, more: Partial<GraphRead> = {}): GraphRead => ({ map, hidden: [], asOf: WHOLE_RECORD, ...more });

describe('graph payloads', () => {
  it('gives a new ETag when the revision, the caller kind, a filter or the date changes, and the same one otherwise', async () => {
    const table = { a: 'r1', b: 'r1' };
    const payloads = new GraphPayloads(revisions(table));
    const first = await payloads.etag(read('a'));
    expect(await payloads.etag(read('a'))).toBe(first);
    const others = [
      await payloads.etag(read('b')),
      await payloads.etag(read('a', { hidden: ['Person'] })),
      await payloads.etag(read('a', { area: 'area-x' })),
      await payloads.etag(read('a', { asOf: { date: '2022-03-31', undated: false } })),
    ];
    table.a = 'r2';
    others.push(await payloads.etag(read('a')));
    expect(new Set([first, ...others]).size).toBe(6);
  });

  it('refuses a map that is not there', async () => {
    await expect(new GraphPayloads(revisions({})).etag(read('gone'))).rejects.toThrow('No map has the id "gone"');
  });

  it('serialises once per ETag, compresses, and lets the oldest go past its bytes', async () => {
    const payloads = new GraphPayloads(revisions({}), { maxBytes: 2_500 });
    let made = 0;
    const body = (n: number) => async () => {
      made++;
      return JSON.stringify({ n, pad: 'x'.repeat(900) });
    };
    const one = await payloads.payload('"1"', body(1));
    await payloads.payload('"1"', body(1));
    expect(made).toBe(1);
    expect(JSON.parse(gunzipSync(one.gzip).toString())).toEqual(JSON.parse(one.json.toString()));
    await payloads.payload('"2"', body(2));
    await payloads.payload('"3"', body(3));
    expect(made).toBe(3);
    await payloads.payload('"1"', body(1));
    expect(made).toBe(4);
    await payloads.payload('"3"', body(3));
    expect(made).toBe(4);
  });

  it('reads If-None-Match and Accept-Encoding as HTTP writes them', () => {
    expect(stillCurrent('"a", W/"b"', '"b"')).toBe(true);
    expect(stillCurrent('*', '"b"')).toBe(true);
    expect(stillCurrent('"a"', '"b"')).toBe(false);
    expect(stillCurrent(undefined, '"b"')).toBe(false);
    expect(takesGzip('gzip, deflate, br')).toBe(true);
    expect(takesGzip('br;q=1.0, GZIP;q=0.5')).toBe(true);
    expect(takesGzip('gzip;q=0')).toBe(false);
    expect(takesGzip(undefined)).toBe(false);
  });
});
