/**
 * `npm run import` and `npm run export` with maps, run as a user runs them, on the run's Neo4j:
 * a plain network goes into a new map named after its file, `--new-map` names it, `--map` imports
 * into an existing map, and an unknown map is refused with a message that says what to do.
 * The command line scripts well: --help on every command, exit codes by kind of failure, paths
 * relative to where it runs (INIT_CWD), `-` for standard input and output, `| head` without a
 * crash, --json; and Les Misérables through our import and GraphML/GEXF export keeps igraph's
 * modularity of a fixed partition to 1e-9.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { EXIT } from '../../scripts/exitCodes.ts';
import { resetAndSeed, SEED_MAP, testDatabase } from '../support/db.ts';
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

async function cli(script: string, args: string[], extra: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], { env: { ...env, ...extra }, cwd: process.cwd(), maxBuffer: 64 * 1024 * 1024 });
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
    // Marriages are CONNECTED_WITH ties, which read the same both ways: the graph is undirected.
    expect(gexf).toMatch(/<graph defaultedgetype="undirected" mode="dynamic" timeformat="date">/);
    expect(gexf).toMatch(/start="1430-01-01"/);
    expect(gexf).not.toContain('org-ridolfi');
    // A wrong argument: exit code 2 (scripts/exitCodes.ts), nothing opened.
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--as-of must be a real date/);
  });
});

/** A command fed `input` on standard input, its standard output read by `reader` (e.g. head), as a shell pipeline runs it. */
function pipeline(script: string, args: string[], input?: string, reader?: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    if (reader) {
      const head = spawn(reader[0], reader.slice(1), { stdio: ['pipe', 'pipe', 'inherit'] });
      child.stdout.pipe(head.stdin);
      head.stdin.on('error', () => {});
      head.stdout.on('data', (chunk) => { stdout += chunk; });
    } else child.stdout.on('data', (chunk) => { stdout += chunk; });
    child.stdin.end(input ?? '');
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('a command line people can script', () => {
  it('answers --help on every command with its usage and exit 0, and a wrong flag with exit 2', async () => {
    const commands = ['import', 'export', 'seed', 'user', 'backup', 'restore', 'start', 'neo4j'];
    const helps = await Promise.all(commands.map((c) => cli(c, ['--help'])));
    for (const [index, help] of helps.entries()) {
      expect(help.code, `${commands[index]}: ${help.stderr}`).toBe(0);
      expect(help.stdout, commands[index]).toMatch(/usage: npm (run|start)/i);
    }
    const wrong = await Promise.all(commands.map((c) => cli(c, ['--no-such-flag'])));
    for (const [index, answer] of wrong.entries()) {
      expect(answer.code, `${commands[index]}: ${answer.stderr}`).toBe(EXIT.badArguments);
      expect(answer.stderr, commands[index]).not.toMatch(/\n\s+at /);
    }
  }, 240_000);

  it('reads paths where it runs, - as standard input and output, --json for scripts, 65 for a file it cannot read', async () => {
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'atlas-cwd-'));
    writeFileSync(path.join(elsewhere, 'broken.gexf'), '<gexf><graph><nodes><node id="a"');
    const [relative, stdout, json, stdin, broken] = await Promise.all([
      cli('export', ['--map', SEED_MAP, 'gexf', '--out', 'here.gexf'], { INIT_CWD: elsewhere }),
      cli('export', ['--map', SEED_MAP, 'json', '--style', 'node-link', '--out', '-']),
      cli('export', ['--map', SEED_MAP, 'csv', '--out', 'tables.csv', '--json'], { INIT_CWD: elsewhere }),
      pipeline('import', ['-', '--new-map', 'From standard input', '--json'], 'name,type\nLantern Trust,Organisation\nHarbour Advice,Organisation\n'),
      cli('import', ['broken.gexf', '--new-map', 'Broken'], { INIT_CWD: elsewhere }),
    ]);
    expect(relative.code, relative.stderr).toBe(0);
    expect(existsSync(path.join(elsewhere, 'here.gexf'))).toBe(true);
    expect(existsSync(path.join(process.cwd(), 'here.gexf'))).toBe(false);
    expect(stdout.code, stdout.stderr).toBe(0);
    expect(existsSync(path.join(process.cwd(), '-'))).toBe(false);
    const nodeLink = JSON.parse(stdout.stdout);
    expect(nodeLink.nodes.length).toBe(nodeLink.nodes.filter((n: { id?: string }) => typeof n.id === 'string').length);
    expect(nodeLink.links).toEqual(nodeLink.edges);
    expect(json.code, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout).files.map((f: { file: string }) => f.file)).toEqual(['tables-elements.csv', 'tables-connections.csv']);
    expect(stdin.code, stdin.stderr).toBe(0);
    expect(JSON.parse(stdin.stdout)).toMatchObject({ map: 'from-standard-input', written: { nodesCreated: 2 } });
    expect(broken.code, broken.stderr).toBe(EXIT.invalidFile);
    expect(broken.stderr).toMatch(/GEXF/);
    rmSync(elsewhere, { recursive: true, force: true });
  }, 240_000);

  it('stops quietly when the reader of its output stops (| head -c 100)', async () => {
    const piped = await pipeline('export', ['--map', SEED_MAP, 'graphml', '--out', '-'], undefined, ['head', '-c', '100']);
    expect(piped.stdout).toHaveLength(100);
    expect(piped.stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(piped.code).toBe(0);
  }, 120_000);

  it('keeps Les Misérables\' weights through our import and GraphML/GEXF export: igraph\'s modularity of a fixed partition as on the original', async () => {
    const made = await run('/usr/bin/python3', [path.join('tests/unit/interchange/lesMiserables.py'), dir]);
    const original = JSON.parse(made.stdout) as { modularity: number; nodes: number; ties: number };
    const imported = await cli('import', [path.join(dir, 'original.graphml'), '--new-map', 'Les Miserables', '--node-type', 'Organisation', '--tie-type', 'CONNECTED_WITH', '--json']);
    expect(imported.code, imported.stderr.slice(0, 2000)).toBe(0);
    const map = JSON.parse(imported.stdout).map as string;
    for (const format of ['graphml', 'gexf']) {
      const file = path.join(dir, `les-miserables.${format}`);
      const exported = await cli('export', ['--map', map, format, '--out', file]);
      expect(exported.code, exported.stderr).toBe(0);
      const read = JSON.parse((await run('/usr/bin/python3', ['tests/unit/interchange/readBack.py', format, file, path.join(dir, 'partition.json')])).stdout);
      for (const reader of [read.networkx, read.igraph]) {
        expect([reader.nodes, reader.ties, reader.weights, reader.directed], `${format} ${reader.version}`).toEqual([original.nodes, original.ties, original.ties, false]);
        expect(Math.abs(reader.modularity - original.modularity), `${format} ${reader.version}`).toBeLessThan(1e-9);
      }
    }
  }, 240_000);
});
