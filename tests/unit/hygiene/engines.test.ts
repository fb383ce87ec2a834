/**
 * package.json's `engines` promises a Node range; every installed package must accept all of it,
 * so an upgrade that needs a newer Node fails here instead of on a user's machine.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

interface Manifest {
  name: string;
  version: string;
  engines?: { node?: string };
}

const ROOT = path.resolve(import.meta.dirname, '../../..');
const read = (file: string): Manifest => JSON.parse(readFileSync(file, 'utf8'));

/** Every package under a node_modules folder, scoped and nested ones included. */
function installed(folder: string): Manifest[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .flatMap((entry) => {
      const dir = path.join(folder, entry.name);
      if (entry.name.startsWith('@')) return installed(dir);
      const manifest = path.join(dir, 'package.json');
      return [...(existsSync(manifest) ? [read(manifest)] : []), ...installed(path.join(dir, 'node_modules'))];
    });
}

describe('engines', () => {
  const ours = read(path.join(ROOT, 'package.json')).engines?.node ?? '';
  const packages = installed(path.join(ROOT, 'node_modules'));

  it('names a Node range that includes the Node running the tests', () => {
    expect(semver.validRange(ours), ours).not.toBeNull();
    expect(semver.satisfies(process.versions.node, ours), `Node ${process.versions.node} is outside ${ours}`).toBe(true);
  });

  it('asks for no Node that an installed package refuses', () => {
    expect(packages.length).toBeGreaterThan(100);
    const refusing = packages
      .filter((p) => p.engines?.node && semver.validRange(p.engines.node) && !semver.subset(ours, p.engines.node))
      .map((p) => `${p.name}@${p.version} needs ${p.engines?.node}`);
    expect(refusing).toEqual([]);
  });
});
