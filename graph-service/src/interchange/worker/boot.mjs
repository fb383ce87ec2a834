// The workers' entry: the service is TypeScript run through tsx, and a worker thread does not
// inherit the loader of the thread that made it (whoever started the process), so it registers it.
import { register } from 'tsx/esm/api';

register();
const tasks = await import('./tasks.ts');

export const read = tasks.read;
export const write = tasks.write;
