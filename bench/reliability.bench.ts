/**
 * `npm run bench -- reliability [--duration 30s]`: the soak (bench/reliability/soak.ts), then the
 * fault scenarios of bench/reliability/faults.ts when that file is there (it exports a default
 * function taking the same options). Figures only; nothing passes or fails on time.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { durationMs, runSoak, SOAK_DEFAULTS } from './reliability/soak.ts';

const FAULTS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'reliability/faults.ts');

export default async function reliability(): Promise<void> {
  const { values } = parseArgs({ args: process.argv.slice(2), strict: false, options: { duration: { type: 'string' }, readers: { type: 'string' }, writers: { type: 'string' } } });
  const options = {
    ...SOAK_DEFAULTS,
    ...(typeof values.duration === 'string' ? { durationMs: durationMs(values.duration) } : {}),
    ...(typeof values.readers === 'string' ? { readers: Number(values.readers) } : {}),
    ...(typeof values.writers === 'string' ? { writers: Number(values.writers) } : {}),
  };
  console.log('--- soak ---');
  await runSoak(options);
  if (existsSync(FAULTS)) {
    console.log('--- faults ---');
    const faults = (await import(pathToFileURL(FAULTS).href)) as { default: (options: typeof SOAK_DEFAULTS) => Promise<void> };
    await faults.default(options);
  } else {
    console.log('(bench/reliability/faults.ts is not here yet: the fault scenarios run once it is.)');
  }
}
