/** The readers' limits before any parsing: zip directories, nesting depth, and the refusals' words. */
import { describe, expect, it } from 'vitest';
import { IMPORT_LIMITS } from '../../../graph-service/src/interchange/limits.ts';
import { jsonDepth, xmlShape } from '../../../graph-service/src/interchange/nesting.ts';
import { readImport, readTables } from '../../../graph-service/src/interchange/read.ts';
import { readZipDirectory } from '../../../graph-service/src/interchange/zipDirectory.ts';
import { forgedBomb, manyColumns, manyEntries, nestedJson, nestedXml, zip } from '../../fixtures/interchange/hostileFiles.ts';

describe('zip directories', () => {
  it('count entries and what they unpack to without unpacking', () => {
    const bytes = zip([{ name: 'a.xml', data: Buffer.alloc(1000, 0x20), deflate: true }, { name: 'b.xml', data: Buffer.from('<b/>') }]);
    expect(readZipDirectory(bytes, 'XLSX test')).toEqual({ entries: 2, unpackedBytes: 1004 });
    expect(readZipDirectory(forgedBomb(3_000_000_000), 'XLSX test').unpackedBytes).toBeGreaterThan(2_999_000_000);
  });

  it('refuse a directory that is cut off or missing', () => {
    const bytes = zip([{ name: 'a.xml', data: Buffer.from('<a/>') }]);
    expect(() => readZipDirectory(bytes.subarray(0, bytes.length - 30), 'XLSX test')).toThrow(/zip directory is missing or damaged/);
  });

  it('refuse a bomb and a zip of too many entries before unpacking, naming the limit', async () => {
    await expect(readTables({ bytes: forgedBomb(2 ** 31), format: 'xlsx' })).rejects.toThrow(/unpacks to 2048\.0 MiB; an XLSX may unpack to at most 150\.0 MiB/);
    await expect(readTables({ bytes: manyEntries(IMPORT_LIMITS.xlsxEntries + 1), format: 'xlsx' })).rejects.toThrow(/2,001 entries; an XLSX may hold at most 2,000/);
  });
});

describe('nesting', () => {
  it('measures JSON depth outside strings and XML depth outside comments and CDATA', () => {
    expect(jsonDepth('{"a":[1,{"b":"[[[{{{"}]}')).toBe(3);
    expect(jsonDepth('{"a":"\\"[[["}')).toBe(1);
    expect(xmlShape('<a><!-- <b><c> --><b x="1>2"><![CDATA[<d><e>]]><c/></b></a>', ['c']).depth).toBe(2);
    expect(xmlShape('<g><node id="1"/><node id="2"></node><edge/></g>', ['node', 'edge']).counts).toEqual({ node: 2, edge: 1 });
  });

  it('refuses JSON and XML nested past the limit, and reads them at it', async () => {
    await expect(readTables({ bytes: nestedJson(10_000), format: 'json' })).rejects.toThrow(/nests more than 64 levels deep/);
    await expect(readTables({ bytes: nestedXml('gexf', 10_000), format: 'gexf' })).rejects.toThrow(/nests more than 64 levels deep/);
    await expect(readTables({ bytes: nestedJson(IMPORT_LIMITS.depth - 4), format: 'json' })).resolves.toBeDefined();
  });
});

describe('columns and property names', () => {
  it('refuses a table of too many columns and an import of too many property names, saying how to split', async () => {
    await expect(readTables({ bytes: manyColumns(100_000), format: 'csv' })).rejects.toThrow(/100,000 columns; a table may have at most 250/);
    await expect(readImport([{ bytes: manyColumns(230), format: 'csv' }])).rejects.toThrow(/228 different property names; one import may bring at most 200/);
    await expect(readImport([{ bytes: manyColumns(150), format: 'csv' }])).resolves.toBeDefined();
  });
});
