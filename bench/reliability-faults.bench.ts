/**
 * `npm run bench -- reliability-faults`: the fault scenarios alone (bench/reliability/faults.ts);
 * `npm run bench -- reliability` runs them with the soak.
 */
import { runFaults } from './reliability/faults.ts';

export default async function reliabilityFaults(): Promise<void> {
  await runFaults((process.env.FAULTS ?? '').split(',').filter(Boolean));
}
