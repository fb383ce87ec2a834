import { describe, expect, it } from 'vitest';
import { readCsv, writeCsv } from '../../../graph-service/src/interchange/csv.ts';
import { decodeText } from '../../../graph-service/src/interchange/decode.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
  it('strips a UTF-8 byte order mark', () => {
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('id,label')]), 'CSV')).toBe('id,label');
  });

  it('explains UTF-16 and how to save as UTF-8', () => {
    const utf16 = Uint8Array.from([0xff, 0xfe, ...Buffer.from('id,label', 'utf16le')]);
    expect(() => decodeText(utf16, 'CSV x.csv')).toThrow(/CSV x.csv: the file is UTF-16.*CSV UTF-8/);
  });

  it('explains Latin-1 with the position of the first bad byte', () => {
    const latin1 = Buffer.from('id,label\n1,Caf\xe9 Nero', 'latin1');
    expect(() => decodeText(latin1, 'CSV')).toThrow(/not valid UTF-8 \(line 2, near byte 16\); it was probably saved as Latin-1/);
  });

  it('refuses binary data', () => {
    expect(() => decodeText(Uint8Array.from([0x61, 0x00, 0x62]), 'CSV')).toThrow(/NUL bytes/);
  });
});

describe('readCsv', () => {
  it('reads comma, semicolon and tab separated files with line numbers', () => {
    for (const sep of [',', ';', '\t']) {
      const table = readCsv(utf8(`${['id', 'label', 'type'].join(sep)}\n\norg-a${sep}"A, Ltd"${sep}Organisation\n`));
      expect(table.headers).toEqual(['id', 'label', 'type']);
      expect(table.rows).toEqual([{ line: 3, cells: ['org-a', 'A, Ltd', 'Organisation'] }]);
      expect(table.kind).toBe('elements');
    }
  });

  it('tells a connections table from its headers, including Gephi\'s Source/Target', () => {
    expect(readCsv(utf8('from,to,type\na,b,FUNDS')).kind).toBe('connections');
    expect(readCsv(utf8('Source,Target,Type\na,b,FUNDS')).kind).toBe('connections');
  });

  it('reports a broken quote with its line', () => {
    expect(() => readCsv(utf8('id,label\na,"unclosed\nb,c'), { name: 'x.csv' })).toThrow(/CSV x.csv: line \d+: .*Check the quotes/);
  });

  it('refuses an empty file', () => {
    expect(() => readCsv(utf8('  \n'))).toThrow(/the file is empty/);
  });

  it('writes CSV that neutralises formulas and reads back to the same cells', () => {
    const text = writeCsv(['label', 'n'], [['=cmd', 3], ['plain, with comma', null]]);
    expect(text).toBe("label,n\n'=cmd,3\n\"plain, with comma\",\n");
    expect(readCsv(utf8(text)).rows.map((r) => r.cells)).toEqual([["'=cmd", '3'], ['plain, with comma', null]]);
  });
});
