/**
 * `npm run bench [-- name…]`: runs every bench/*.bench.ts (or those whose file name contains one
 * of the given names), one after another so they do not compete for the machine's cores.
 * Benchmarks print medians and percentiles; they never pass or fail on time.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
/** Benchmark names; options (`--duration 30s`, `--readers=50`) are left for the benchmarks to read from process.argv. */
function names(args: string[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--') continue;
    if (args[i].startsWith('--')) {
      if (!args[i].includes('=') && i + 1 < args.length && !args[i + 1].startsWith('--')) i++;
      continue;
    }
    found.push(args[i]);
  }
  return found;
}
const wanted = names(process.argv.slice(2));
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.includes(w)))
  .sort();

if (files.length === 0) {
  console.error(`bench: no benchmark matches ${wanted.join(', ')}. Available: ${readdirSync(here).filter((f) => f.endsWith('.bench.ts')).join(', ')}`);
  process.exit(1);
}

for (const file of files) {
  console.log(`\n=== ${file} ===`);
  const started = Date.now();
  const module = (await import(pathToFileURL(path.join(here, file)).href)) as { default: () => Promise<void> };
  await module.default();
  console.log(`(${file} took ${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
process.exit(0);
