/** The portable backup's values keep their Neo4j types, and anything else is refused by name. */
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { backupFileName, decodeProperties, encodeProperties } from '../../graph-service/src/backup/format.ts';
import { periodMs } from '../../graph-service/src/backup/schedule.ts';

describe('the backup format', () => {
  it('round-trips integers (past 2^53 too), whole floats, NaN, lists and text through JSON', () => {
    const props = { big: neo4j.int('9007199254740993'), small: neo4j.int(7), whole: 2, half: 0.5, nan: Number.NaN, list: [neo4j.int(1), neo4j.int(2)], floats: [1, 2.5], text: '', flag: false };
    const back = decodeProperties(JSON.parse(JSON.stringify(encodeProperties(props, 'node x'))), 'line 2');
    expect(String(back.big)).toBe('9007199254740993');
    expect(neo4j.isInt(back.small)).toBe(true);
    expect([back.whole, back.half, back.nan]).toEqual([2, 0.5, Number.NaN]);
    expect(neo4j.isInt(back.whole)).toBe(false);
    expect((back.list as unknown[]).every((i) => neo4j.isInt(i))).toBe(true);
    expect([back.floats, back.text, back.flag]).toEqual([[1, 2.5], '', false]);
  });

  it('refuses a value type Atlas never writes, naming the property', () => {
    expect(() => encodeProperties({ when: new neo4j.types.Date(2026, 1, 1) }, 'node n-1 (Entity)')).toThrow(/node n-1 \(Entity\) property "when" holds a value of type Date/);
    expect(() => decodeProperties({ x: { $x: 1 } }, 'line 3')).toThrow(/line 3 property "x" is not a value this format writes/);
  });

  it('names backups so that their names sort by time, and reads periods', () => {
    expect(backupFileName(new Date(Date.UTC(2026, 11, 2, 19, 30)))).toBe('atlas-2026-12-02T19-30-00Z.atlas-backup.jsonl.gz');
    expect([periodMs('30m'), periodMs('24h'), periodMs('7d')]).toEqual([1_800_000, 86_400_000, 604_800_000]);
    expect(() => periodMs('0h')).toThrow(/a period is a number and m, h or d/);
  });
});
