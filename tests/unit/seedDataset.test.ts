import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSeed, SeedError, seedMap } from '../../seed/dataset.ts';

const dataset = readSeed();
const byId = new Map(dataset.nodes.map((n) => [n.id, n]));
const named = (name: string) => dataset.nodes.find((n) => n.name === name || n.aliases?.includes(name));

describe('the curated seed dataset', () => {
  it('parses and passes every check (ids unique, ties valid, sources present)', () => {
    expect(dataset.nodes.length).toBeGreaterThan(80);
    expect(dataset.ties.length).toBeGreaterThan(100);
    for (const record of [...dataset.nodes, ...dataset.ties]) expect(record.source, JSON.stringify(record)).toMatch(/\d{3}_[0-9a-f]+\.txt/);
  });

  it('makes the four maps of the brief, each document in one map', () => {
    expect(dataset.maps.map((m) => [m.id, m.title, m.owner, m.documents.map((d) => d.slice(0, 3))])).toEqual([
      ['battersea-alliance', 'Battersea Alliance', 'Battersea Alliance core group', ['000', '001']],
      ['mutualgain-west-london', 'MutualGain West London', 'MutualGain', ['003']],
      ['team-hackney', 'Team Hackney', 'Team Hackney', ['002']],
      ['empowered-communities-southampton', 'Empowered Communities Southampton', 'IVAR / Southampton event hosts', ['004']],
    ]);
    for (const map of dataset.maps) expect(map.description?.length, map.id).toBeGreaterThan(80);
  });

  it('puts into each map its documents\' nodes and ties and the nodes those ties name, as they are', () => {
    for (const map of dataset.maps) {
      const ids = new Set(map.nodes.map((n) => n.id));
      expect(ids.size, map.id).toBe(map.nodes.length);
      for (const tie of map.ties) expect(ids.has(tie.from) && ids.has(tie.to), `${map.id} ${tie.id}`).toBe(true);
      for (const tie of map.ties) expect(map.documents, tie.id).toContain(tie.source.split(' ')[0]);
      for (const node of map.nodes) expect(node).toBe(byId.get(node.id));
    }
    expect(dataset.maps.reduce((n, m) => n + m.ties.length, 0)).toBe(dataset.ties.length);
    const hackney = seedMap(dataset, 'team-hackney');
    expect(hackney.nodes.find((n) => n.id === 'theme-youth')?.source).toMatch(/^000_/);
    expect(() => seedMap(dataset, 'no-such-map')).toThrow(/no map no-such-map/);
  });

  it('keeps no e-mail addresses or phone numbers', () => {
    const text = JSON.stringify(dataset);
    expect(text).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
    expect(text).not.toMatch(/0\d{3,4}[\s-]?\d{3}[\s-]?\d{3,4}/);
  });

  it('has the Battersea core group, each a core member leading its theme', () => {
    const alliance = dataset.nodes.find((n) => n.label === 'Alliance' && /Battersea/.test(n.name))!;
    const core = dataset.ties.filter((t) => t.type === 'MEMBER_OF' && t.to === alliance.id && t.tier === 'core').map((t) => byId.get(t.from)!.name);
    expect(core).toHaveLength(5);
    for (const name of ['Providence House', 'Caius House', "Carney's Community", "St Peter's Battersea"]) expect(core).toContain(name);
    for (const t of dataset.ties.filter((t) => t.type === 'MEMBER_OF' && t.tier === 'core')) {
      expect(dataset.ties.some((w) => w.type === 'WORKS_ON' && w.from === t.from && w.lead === true), t.from).toBe(true);
    }
  });

  it('has Big Local SW11 funding the alliance £25k a year', () => {
    const funder = named('Big Local SW11')!;
    const funding = dataset.ties.find((t) => t.type === 'FUNDS' && t.from === funder.id && byId.get(t.to)?.label === 'Alliance');
    expect(funding).toMatchObject({ amount: 25000, currency: 'GBP' });
  });

  it('has all 28 organisations that presented at Battersea Together', () => {
    const event = dataset.nodes.find((n) => n.label === 'Event' && n.name.startsWith('Battersea Together') && !/follow/i.test(n.name))!;
    const attendees = dataset.ties.filter((t) => t.type === 'ATTENDED' && t.to === event.id && byId.get(t.from)?.label === 'Organisation');
    expect(attendees.length).toBeGreaterThanOrEqual(28);
  });

  it('rejects a dataset with a dangling tie, naming the problem', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'seed-'));
    writeFileSync(path.join(dir, 'bad.yaml'), 'document: x.txt\nnodes:\n  - {id: org-a, label: Organisation, name: A, source: "x.txt"}\nties:\n  - {type: FUNDS, from: org-a, to: org-missing, source: "x.txt"}\n');
    expect(() => readSeed(dir)).toThrow(SeedError);
    expect(() => readSeed(dir)).toThrow(/org-missing is not a defined node/);
  });

  it('rejects a record whose source names another document first, and a document in no map', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'seed-'));
    writeFileSync(path.join(dir, 'bad.yaml'), 'document: x.txt\nnodes:\n  - {id: org-a, label: Organisation, name: A, source: "y.txt §1"}\n');
    expect(() => readSeed(dir)).toThrow(/source must name x.txt first/);
    expect(() => readSeed(dir)).toThrow(/x.txt is in no map/);
  });

  it('rejects a tie between the wrong kinds of node and contact details', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'seed-'));
    writeFileSync(path.join(dir, 'bad.yaml'), 'document: x.txt\nnodes:\n  - {id: org-a, label: Organisation, name: A, source: "x.txt"}\n  - {id: person-b, label: Person, name: B, source: "x.txt", note: "call 07445 983904"}\nties:\n  - {type: WORKS_FOR, from: org-a, to: person-b, source: "x.txt"}\n');
    expect(() => readSeed(dir)).toThrow(/cannot start at a Organisation/);
    expect(() => readSeed(dir)).toThrow(/phone number/);
  });
});
