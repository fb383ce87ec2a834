/** Files written by other tools (networkx, Gephi, yEd, a spreadsheet program) read into the two tables. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readImport } from '../../../graph-service/src/interchange/read.ts';
import { readXlsx, writeXlsx } from '../../../graph-service/src/interchange/xlsx.ts';
import { spreadsheetWorkbook } from '../../fixtures/interchange/workbook.ts';

const fixture = (name: string) => ({ bytes: readFileSync(new URL(`../../fixtures/interchange/${name}`, import.meta.url)), name });
const ok = <T extends { problems: string[] }>(rows: T[]) => rows.every((r) => r.problems.length === 0);

describe('files from other tools', () => {
  it('reads a GEXF written by networkx: declared attributes, viz position and colour', async () => {
    const input = await readImport([fixture('networkx.gexf')]);
    expect(input.problems).toEqual([]);
    expect(ok(input.elements) && ok(input.connections)).toBe(true);
    const lantern = input.elements.find((e) => e.id === 'lantern')!;
    expect(lantern).toMatchObject({ name: 'Lantern Trust', label: 'Organisation', description: 'Food bank and advice' });
    expect(lantern.properties).toEqual({ volunteers: 12, x: 10.5, y: -3.25, color: '#7fb3e6' });
    expect(input.elements.find((e) => e.id === 'food')!.label).toBe('Theme');
    expect(input.connections.map((c) => [c.from, c.type, c.to, c.id])).toEqual([
      ['lantern', 'CONNECTED_WITH', 'kingfisher', undefined],
      ['lantern', 'WORKS_ON', 'food', undefined],
      ['lantern', 'LOCATED_IN', 'riverside', undefined],
      ['kingfisher', 'LOCATED_IN', 'riverside', undefined],
    ]);
    expect(input.connections[1].properties).toEqual({ lead: true });
  });

  it('reads a GEXF 1.3 written by Gephi: liststring aliases, derived modularity dropped, every weight kept', async () => {
    const input = await readImport([fixture('gephi.gexf')]);
    expect(input.problems).toEqual([]);
    expect(input.elements.map((e) => [e.id, e.name, e.label])).toEqual([
      ['n0', 'Compass Community Hub', 'Organisation'], ['n1', 'Beacon Arts Collective', 'Organisation'], ['n2', 'Hillcrest Alliance', 'Alliance'],
    ]);
    expect(input.elements[0].aliases).toEqual(['Compass Hub', 'The Compass']);
    expect(input.elements[0].properties).toEqual({ x: -41.25, y: 88.5, color: '#7fb3e6' });
    // The file names each tie's type, so a plain tie keeps its type's direction (none) in a directed file.
    expect(input.connections.map((c) => [c.type, c.since, c.properties])).toEqual([['MEMBER_OF', '2019', { weight: 1 }], ['CONNECTED_WITH', undefined, { weight: 1 }]]);
  });

  it('reads a GraphML written by networkx with <key> declarations', async () => {
    const input = await readImport([fixture('networkx.graphml')]);
    expect(input.problems).toEqual([]);
    expect(input.elements.find((e) => e.id === 'kingfisher')).toMatchObject({ name: 'Kingfisher Youth Club', label: 'Organisation', properties: { volunteers: 4 } });
    expect(input.connections.find((c) => c.type === 'WORKS_ON')!.properties).toEqual({ lead: true });
  });

  it('reads a GraphML saved by yEd: labels, geometry and fill from the node graphics', async () => {
    const input = await readImport([fixture('yed.graphml')]);
    expect(input.problems).toEqual([]);
    expect(input.elements.map((e) => [e.id, e.name, e.label, e.properties])).toEqual([
      ['n0', 'Willow Estate Tenants', 'Organisation', { x: 250, y: 120, color: '#FFCC00' }],
      ['n1', 'Housing', 'Theme', { x: 480, y: 120, color: '#99CCFF' }],
    ]);
    // yEd numbers its edges e0, e1...; such invented ids are not kept, so the tie gets Atlas's own id.
    expect(input.connections[0]).toMatchObject({ id: undefined, type: 'WORKS_ON', from: 'n0', to: 'n1' });
  });

  it('reads an XLSX as a spreadsheet program saves it: shared strings, dates, rich text and cached formula values', async () => {
    const input = await readImport([{ bytes: await spreadsheetWorkbook(), name: 'groups.xlsx' }]);
    expect(input.problems).toEqual([]);
    expect(input.notes).toEqual([
      'sheet "Organisations" cell G2 is a formula; its saved value was imported, the formula itself was not',
      'sheet "Organisations" cell G3 is a formula; its saved value was imported, the formula itself was not',
    ]);
    const willow = input.elements[0];
    expect(willow).toMatchObject({ name: 'Willow Food Bank', label: 'Organisation', description: 'Food parcels every Friday' });
    expect(willow.properties).toEqual({ founded: '2015-03-01', volunteers: 12, paidStaff: 3, totalPeople: 15, website: 'willow.example' });
    expect(input.connections.map((c) => [c.from, c.type, c.to, c.since, c.properties])).toEqual([
      ['Willow Food Bank', 'CONNECTED_WITH', 'Meadow Youth Club', '2021-06-01', { notes: 'Refer young people for food parcels' }],
      ['Willow Food Bank', 'WORKS_ON', 'Housing', undefined, {}],
    ]);
  });

  it('refuses XLSX formulas without a saved value and error cells, with the cell address', async () => {
    const noResult = await readXlsx(await spreadsheetWorkbook({ formulaWithoutResult: true }));
    expect(noResult.problems).toEqual(['sheet "Organisations" cell G2 is a formula with no saved result; open the file in a spreadsheet program and save it, or paste the values in place of the formulas']);
    const error = await readXlsx(await spreadsheetWorkbook({ errorCell: true }));
    expect(error.problems).toEqual(['sheet "Organisations" cell G3 holds the error #N/A; fix or clear it']);
  });

  it('explains old .xls files and files that are not workbooks', async () => {
    await expect(readXlsx(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]))).rejects.toThrow(/Excel 97-2003 \(\.xls\).*Save it as \.xlsx/);
    await expect(readXlsx(new TextEncoder().encode('id,label'))).rejects.toThrow(/not an XLSX workbook/);
    await expect(readXlsx(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).rejects.toThrow(/could not be opened/);
  });

  it('writes XLSX with neutralised formulas that a spreadsheet shows as text', async () => {
    const bytes = await writeXlsx([{ name: 'Elements', headers: ['label', 'n'], rows: [['=1+1', 2], ['@SUM(A1)', null]] }]);
    const read = await readXlsx(bytes);
    expect(read.tables[0].rows.map((r) => r.cells)).toEqual([["'=1+1", 2], ["'@SUM(A1)", null]]);
  });
});
