/**
 * Fuzzing imports with malformed files, into a seed map and into a new map: every one must end in
 * a clear message (named after the format, saying what to do) and leave the database exactly as
 * it was, with no map made.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InterchangeError } from '../../graph-service/src/interchange/errors.ts';
import type { ImportFile } from '../../graph-service/src/interchange/read.ts';
import type { Format } from '../../graph-service/src/interchange/types.ts';
import { ExportService } from '../../graph-service/src/services/exportService.ts';
import { ImportRejectedError } from '../../graph-service/src/errors.ts';
import { ImportService } from '../../graph-service/src/services/importService.ts';
import { contentHash, differences, snapshot, type Snapshot } from '../fixtures/interchange/database.ts';
import { resetAndSeed, testDatabase } from '../support/db.ts';

const db = testDatabase();
const imports = new ImportService(db);
/** The seed map the fuzzed files are imported into; its export gives the valid files that are cut and corrupted. */
const MAP = 'battersea-alliance';
const valid = new Map<Format, Buffer>();
let hash: string;
let before: Snapshot;

beforeAll(async () => {
  await resetAndSeed(db);
  const exports = new ExportService(db);
  for (const format of ['csv', 'xlsx', 'gexf', 'graphml', 'json'] as const) {
    const file = await exports.export(MAP, format, { table: 'connections' });
    valid.set(format, Buffer.from(file.body));
  }
  hash = await contentHash(db);
  before = await snapshot(db, MAP);
});
afterAll(async () => {
  await db.driver.close();
});

/** What a clear message looks like: it names the format or step, and is not a bare JavaScript error. */
const CLEAR = /^(CSV|XLSX|GEXF|GraphML|JSON|interchange|import)\b/;
const UNCLEAR = /undefined|null|NaN|\[object|TypeError|Cannot read|is not a function|Reporting|caused Error/;

/** Alternates between the seed map and a new map, so both commits are fuzzed. */
let attempt = 0;

async function expectRefusedCleanly(file: ImportFile, beside: ImportFile[] = []): Promise<void> {
  let error: unknown;
  try {
    await (attempt++ % 2 === 0 ? imports.commit(MAP, [...beside, file]) : imports.commitToNewMap({ title: 'Fuzzed' }, [...beside, file]));
  } catch (caught) {
    error = caught;
  }
  expect(error, `${file.format} ${file.name} was committed`).toBeDefined();
  expect(error instanceof InterchangeError || error instanceof ImportRejectedError, String(error)).toBe(true);
  const message = (error as Error).message;
  expect(message).toMatch(CLEAR);
  expect(message).not.toMatch(UNCLEAR);
  if (error instanceof ImportRejectedError) {
    const reasons = [...error.plan.problems, ...error.plan.rows.flatMap((r) => r.reasons)];
    expect(reasons.length).toBeGreaterThan(0);
    for (const reason of reasons) expect(reason).not.toMatch(UNCLEAR);
  }
  const now = await contentHash(db);
  if (now !== hash) expect(differences(before, await snapshot(db, MAP)), 'the database changed').toEqual([]);
  expect(now).toBe(hash);
}

const RUNS = { numRuns: 25 };

describe('malformed files are refused with a clear message and change nothing', () => {
  it('random bytes, read as each format', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 400 }), fc.constantFrom<Format>('csv', 'xlsx', 'gexf', 'graphml', 'json'), async (bytes, format) => {
      await expectRefusedCleanly({ bytes, format, name: `random.${format}` });
    }), RUNS);
  });

  it('text files cut short (XML without its end, JSON mid-value, XLSX without its zip directory)', async () => {
    await fc.assert(fc.asyncProperty(fc.constantFrom<Format>('gexf', 'graphml', 'json', 'xlsx'), fc.double({ min: 0.05, max: 0.95, noNaN: true }), async (format, fraction) => {
      const whole = valid.get(format)!;
      await expectRefusedCleanly({ bytes: whole.subarray(0, Math.floor(whole.length * fraction)), format, name: `cut.${format}` });
    }), RUNS);
  });

  it('files with bytes that are not UTF-8 (as a Latin-1 spreadsheet would save them)', async () => {
    await fc.assert(fc.asyncProperty(fc.constantFrom<Format>('csv', 'gexf', 'graphml', 'json'), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0x80, max: 0xff }), async (format, fraction, byte) => {
      const whole = valid.get(format)!;
      const at = Math.floor(whole.length * fraction);
      // A lone byte of 0x80–0xFF before an ASCII character is never valid UTF-8.
      const bytes = Buffer.concat([whole.subarray(0, at), Buffer.from([byte, 0x41]), whole.subarray(at)]);
      await expectRefusedCleanly({ bytes, format, name: `latin1.${format}` });
    }), RUNS);
  });

  it('spreadsheet rows with bad cells: formulas, unknown types, missing ends, contact details, bad dates', async () => {
    const badCell = fc.oneof(
      fc.tuple(fc.constantFrom('=', '+', '@', '-'), fc.stringMatching(/^[A-Z(][A-Za-z0-9()"]{0,12}$/)).map(([a, b]) => ({ column: 'label', value: `${a}${b}` })),
      fc.stringMatching(/^[a-z]{3,10}$/).map((word) => ({ column: 'type', value: `zz${word}` })),
      fc.emailAddress().map((value) => ({ column: 'description', value })),
      fc.integer({ min: 100_000_000, max: 999_999_999 }).map((n) => ({ column: 'description', value: `call 07${n}` })),
      fc.stringMatching(/^\d{2}\/\d{2}\/\d{4}$/).map((value) => ({ column: 'since', value })),
    );
    await fc.assert(fc.asyncProperty(fc.array(badCell, { minLength: 1, maxLength: 5 }), async (cells) => {
      const rows = cells.map((cell, i) => {
        const row: Record<string, string> = { label: `Fuzz Org ${i}`, type: 'Organisation', description: '', since: '' };
        row[cell.column] = cell.value;
        return ['label', 'type', 'description', 'since'].map((c) => `"${row[c].replace(/"/g, '""')}"`).join(',');
      });
      const csv = ['label,type,description,since', ...rows].join('\n');
      await expectRefusedCleanly({ bytes: Buffer.from(csv), format: 'csv', name: 'bad-rows.csv' });
    }), RUNS);
  });

  it('connections to elements that exist nowhere', async () => {
    await fc.assert(fc.asyncProperty(fc.stringMatching(/^[a-z][a-z0-9-]{3,20}$/), async (missing) => {
      // With a table of elements beside them, ends must be in it or in the map (an edge list alone creates its ends).
      const elements = { bytes: Buffer.from('id,name,type\norg-fuzz-hall,Fuzz Hall,Organisation\n'), format: 'csv' as const, name: 'elements.csv', kind: 'elements' as const };
      const csv = `from,to,type\norg-fuzz-hall,zz-${missing},connected with\n`;
      await expectRefusedCleanly({ bytes: Buffer.from(csv), format: 'csv', name: 'ties.csv', kind: 'connections' }, [elements]);
    }), RUNS);
  });
});
