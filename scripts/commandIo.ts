/**
 * How every command meets the shell: paths are relative to where the command was run (npm runs
 * scripts from the repository root and says where it was started in INIT_CWD), `-` is standard
 * input or output, results go to standard output (as one JSON object with --json) and progress to
 * standard error, so `npm run export -- ... --out - | head` and `--json | jq` work.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The directory the user ran the command in. */
export const workingDirectory = (): string => process.env.INIT_CWD ?? process.cwd();

/** A path the user typed, as they meant it: relative to where they ran the command. */
export function userPath(name: string): string {
  return path.resolve(workingDirectory(), name);
}

/** A path to show the user: relative to where they ran the command when it is inside it. */
export function shownPath(file: string): string {
  const relative = path.relative(workingDirectory(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

/** The bytes of a file the user named, or of standard input for `-`. */
export function readInput(name: string): Buffer {
  return name === '-' ? readFileSync(0) : readFileSync(userPath(name));
}

/** Writes a file the user named, or standard output for `-`; answers where it went. */
export function writeOutput(name: string, body: string | Buffer, mode?: number): string {
  if (name === '-') {
    process.stdout.write(body);
    return 'standard output';
  }
  const file = userPath(name);
  writeFileSync(file, body, mode === undefined ? undefined : { mode });
  return shownPath(file);
}

/**
 * What a command prints for the user: lines on standard output, or with --json nothing until the
 * end, then one JSON object. When a file goes to standard output, lines go to standard error.
 */
export class Report {
  private readonly data: Record<string, unknown> = {};

  constructor(private readonly json: boolean, private readonly stdoutTaken = false) {}

  line(text: string): void {
    if (this.json || this.stdoutTaken) console.error(text);
    else console.log(text);
  }

  set(values: Record<string, unknown>): void {
    Object.assign(this.data, values);
  }

  /** Prints the JSON object (with --json); call once, when the work is done. */
  done(): void {
    if (this.json) process.stdout.write(`${JSON.stringify(this.data)}\n`);
  }
}

/**
 * A progress line on standard error every few seconds while `work` runs, so a long import or
 * export is never silent; nothing when it ends quickly.
 */
export async function withProgress<T>(what: string, work: () => Promise<T>, everyMs = 5000): Promise<T> {
  const started = Date.now();
  const timer = setInterval(() => console.error(`${what}: still working (${Math.round((Date.now() - started) / 1000)} s)...`), everyMs);
  timer.unref();
  try {
    return await work();
  } finally {
    clearInterval(timer);
    if (Date.now() - started >= everyMs) console.error(`${what}: done in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  }
}
