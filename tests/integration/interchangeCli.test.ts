/**
 * `npm run import` and `npm run export` with maps, run as a user runs them, on the run's Neo4j:
 * a plain network goes into a new map named after its file, `--new-map` names it, `--map` imports
 * into an existing map, and an unknown map is refused with a message that says what to do.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { resetAndSeed, testDatabase } from '../support/db.ts';
import { contentHash, snapshot } from '../fixtures/interchange/database.ts';

const run = promisify(execFile);
const db = testDatabase();
const neo4j = inject('neo4j');
const env = { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_USERNAME: neo4j.username, NEO4J_PASSWORD: neo4j.password, NEO4J_DATABASE: neo4j.database };
let dir: string;

beforeAll(async () => {
  await resetAndSeed(db);
  dir = mkdtempSync(path.join(tmpdir(), 'atlas-cli-'));
  writeFileSync(path.join(dir, 'florentine-families.csv'), 'name,type\nMedici,Organisation\nBarbadori,Organisation\nRidolfi,Organisation\n');
  writeFileSync(path.join(dir, 'marriages.csv'), 'from,to,type\nMedici,Barbadori,CONNECTED_WITH\nMedici,Ridolfi,CONNECTED_WITH\n');
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await db.driver.close();
});

async function cli(script: 'import' | 'export', args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], { env, cwd: process.cwd() });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

// Each run loads the service's code afresh (seconds), so independent runs go side by side.
describe('npm run import and export with maps', () => {
  it('puts a plain network into a new map named after the file or --new-map, then --map adds to it', async () => {
    const file = path.join(dir, 'florentine-families.csv');
    const ties = path.join(dir, 'marriages.csv');
    const [plain, named] = await Promise.all([cli('import', [file, '--connections', ties]), cli('import', ['--new-map', 'Medici circle', file, '--connections', ties])]);
    expect(plain.code, plain.stderr).toBe(0);
    expect(plain.stdout).toMatch(/Committed into a new map "Florentine families": 3 elements created, 0 updated; 2 connections created/);
    expect(plain.stdout).toMatch(/The new map's id is florentine-families/);
    expect(named.code, named.stderr).toBe(0);
    expect(named.stdout).toMatch(/The new map's id is medici-circle/);
    for (const map of ['florentine-families', 'medici-circle']) {
      const made = await snapshot(db, map);
      expect([...made.nodes.keys()].sort(), map).toEqual(['org-barbadori', 'org-medici', 'org-ridolfi']);
      expect(made.ties.size, map).toBe(2);
    }

    const more = path.join(dir, 'more.csv');
    writeFileSync(more, 'name,type\nMedici,Organisation\nTornabuoni,Organisation\n');
    const circle = await contentHash(db, 'medici-circle');
    const added = await cli('import', ['--map', 'florentine-families', more]);
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toMatch(/Committed into the map "florentine-families": 1 elements created, 0 updated/);
    expect((await snapshot(db, 'florentine-families')).nodes.size).toBe(4);
    expect(await contentHash(db, 'medici-circle')).toBe(circle);
  });

  it('refuses an unknown map with a message that says what to do, changing nothing', async () => {
    const before = await contentHash(db);
    const [imported, exported] = await Promise.all([
      cli('import', ['--map', 'no-such-map', path.join(dir, 'florentine-families.csv')]),
      cli('export', ['--map', 'no-such-map', 'json']),
    ]);
    expect(imported.code).toBe(1);
    expect(imported.stderr).toMatch(/there is no map "no-such-map".*--new-map "Title"/);
    expect(exported.code).toBe(1);
    expect(exported.stderr).toMatch(/there is no map "no-such-map"/);
    expect(await contentHash(db)).toBe(before);
  });

  it('exports one map', async () => {
    const out = path.join(dir, 'out.json');
    const res = await cli('export', ['--map', 'medici-circle', 'json', '--out', out]);
    expect(res.code, res.stderr).toBe(0);
    const exported = JSON.parse(readFileSync(out, 'utf8'));
    expect(exported.nodes.map((n: { key: string }) => n.key).sort()).toEqual(['org-barbadori', 'org-medici', 'org-ridolfi']);
  });

  it('exports the network on a date with --as-of, and refuses a date not on the calendar', async () => {
    const ties = path.join(dir, 'dated-marriages.csv');
    writeFileSync(ties, 'from,to,type,since,until,dateBasis\nMedici,Barbadori,CONNECTED_WITH,1430,,married 1430\nMedici,Ridolfi,CONNECTED_WITH,1434,1440,married 1434\n');
    const made = await cli('import', ['--new-map', 'Dated circle', path.join(dir, 'florentine-families.csv'), '--connections', ties]);
    expect(made.code, made.stderr).toBe(0);
    const out = path.join(dir, 'dated.gexf');
    const [res, bad] = await Promise.all([
      cli('export', ['--map', 'dated-circle', '--as-of', '1432', 'gexf', '--out', out]),
      cli('export', ['--map', 'dated-circle', '--as-of', '1432-02-30', 'gexf']),
    ]);
    expect(res.code, res.stderr).toBe(0);
    const gexf = readFileSync(out, 'utf8');
    expect(gexf).toMatch(/<graph defaultedgetype="directed" mode="dynamic" timeformat="date">/);
    expect(gexf).toMatch(/start="1430-01-01"/);
    expect(gexf).not.toContain('org-ridolfi');
    // A wrong argument: exit code 2 (scripts/exitCodes.ts), nothing opened.
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--as-of must be a real date/);
  });
});
